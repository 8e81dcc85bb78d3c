package dev.petrel.selector;

import dev.petrel.protocol.BenchmarkMessages;
import dev.petrel.protocol.WireMessage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Matching a message against a selector parsed once, as a consumer's selector is: with the properties already
 * decoded, and with the decoding that the first selector a message meets pays for.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class SelectorBenchmark {

    /** The selectors measured, by a short name for the result table; the message matches both. */
    public enum Expression {
        COMPARISONS("JMSPriority > 4 AND region = 'EU' AND amount BETWEEN 10 AND 100"),
        LIKE_IN("customer LIKE 'acme-%' AND region IN ('EU', 'UK', 'CH')");

        private final String text;

        Expression(String text) {
            this.text = text;
        }
    }

    @Param
    public Expression expression;

    private Selector selector;
    private WireMessage message;
    private SelectorContext decoded;

    @Setup
    public void setUp() throws SelectorSyntaxException {
        selector = Selector.parse(expression.text);
        message = BenchmarkMessages.bytesMessage("ID:bench-1");
        decoded = SelectorContext.of(message, 1);
        // also decodes the context's properties once, so that evaluate() measures the expression alone; and a
        // selector that did not match could stop at its first term and flatter the figure
        if (!selector.matches(decoded)) {
            throw new IllegalStateException(selector + " does not match " + message);
        }
    }

    /** The expression alone: the same message matched against a further consumer's selector. */
    @Benchmark
    public boolean evaluate() {
        return selector.matches(decoded);
    }

    /** A new message's first selector: a new context, whose first property lookup decodes the properties. */
    @Benchmark
    public boolean decodeAndEvaluate() {
        return selector.matches(SelectorContext.of(message, 1));
    }
}
