package dev.petrel.jndi;

import static dev.petrel.jndi.JndiTestSupport.env;
import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.jms.PetrelConnectionFactory;
import dev.petrel.jms.PetrelQueue;
import dev.petrel.jms.PetrelTopic;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import jakarta.jms.Topic;
import java.io.Reader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.Properties;
import javax.naming.Context;
import javax.naming.InitialContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Properties from files: the shipped example, and {@code jndi.properties} on the class path. */
class JndiPropertiesFilesTest {

    private static final Path SHIPPED = Path.of("..", "conf", "jndi.properties");

    @Test
    void theShippedExampleParsesAndItsNamesResolveToTheRightObjects() throws Exception {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(SHIPPED)) {
            properties.load(in);
        }
        assertThat(properties.getProperty(Context.INITIAL_CONTEXT_FACTORY))
                .isEqualTo(PetrelInitialContextFactory.class.getName());

        Context ctx = new InitialContext(properties);

        assertThat(ctx.lookup("ConnectionFactory")).isInstanceOf(ConnectionFactory.class);
        assertThat(((PetrelConnectionFactory) ctx.lookup("ConnectionFactory")).options().uri())
                .isEqualTo("tcp://localhost:61616");
        assertThat(ctx.lookup("orders")).isInstanceOf(Queue.class).isEqualTo(new PetrelQueue("orders"));
        assertThat(((Queue) ctx.lookup("orders")).getQueueName()).isEqualTo("orders");
        assertThat(ctx.lookup("prices")).isInstanceOf(Topic.class).isEqualTo(new PetrelTopic("prices"));
        assertThat(((PetrelConnectionFactory) ctx.lookup("AuditConnectionFactory")).options().clientId())
                .isNotBlank();
    }

    @Test
    void jndiPropertiesOnTheClassPathMergeWithTheEnvironmentWhichWins(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("jndi.properties"), String.join("\n",
                Context.INITIAL_CONTEXT_FACTORY + "=" + PetrelInitialContextFactory.class.getName(),
                Context.PROVIDER_URL + "=tcp://from-file:1",
                "queue.fileQueue=file.queue", ""));
        Hashtable<String, Object> env = env(Context.PROVIDER_URL, "tcp://from-env:2", "topic.envTopic", "env.topic");

        withClassPath(dir, () -> {
            Context merged = new InitialContext(env);
            assertThat(merged.lookup("fileQueue")).isEqualTo(new PetrelQueue("file.queue"));
            assertThat(merged.lookup("envTopic")).isEqualTo(new PetrelTopic("env.topic"));
            assertThat(((PetrelConnectionFactory) merged.lookup("ConnectionFactory")).options().uri())
                    .isEqualTo("tcp://from-env:2");

            Context fileOnly = new InitialContext();
            assertThat(((PetrelConnectionFactory) fileOnly.lookup("ConnectionFactory")).options().uri())
                    .isEqualTo("tcp://from-file:1");
        });
    }

    /** A block that may throw. */
    interface Block {
        void run() throws Exception;
    }

    /** Runs {@code block} with {@code dir} on the context class path, where JNDI looks for jndi.properties. */
    private static void withClassPath(Path dir, Block block) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, original)) {
            thread.setContextClassLoader(loader);
            block.run();
        } finally {
            thread.setContextClassLoader(original);
        }
    }
}
