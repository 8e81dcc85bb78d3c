package dev.petrel.selector;

import dev.petrel.selector.Token.Kind;
import java.util.List;

/** The parser's cursor over the tokens of one selector, and the errors that point into it. Single use. */
final class TokenStream {

    private final String source;
    private final List<Token> tokens;
    private int index;

    TokenStream(String source) throws SelectorSyntaxException {
        this.source = source;
        this.tokens = new Lexer(source).tokenize();
    }

    Token peek() {
        return tokens.get(index);
    }

    boolean at(Kind kind) {
        return peek().kind() == kind;
    }

    boolean at(Kind kind, Kind other) {
        return peek().kind() == kind || peek().kind() == other;
    }

    /** The current token, moving past it (never past the end). */
    Token next() {
        Token token = tokens.get(index);
        if (token.kind() != Kind.EOF) {
            index++;
        }
        return token;
    }

    boolean accept(Kind kind) {
        if (at(kind)) {
            index++;
            return true;
        }
        return false;
    }

    Token expect(Kind kind, String expected) throws SelectorSyntaxException {
        Token token = next();
        if (token.kind() != kind) {
            throw unexpected(token, expected);
        }
        return token;
    }

    /** "unexpected '>' at position 7; expected a value". */
    SelectorSyntaxException unexpected(Token token, String expected) {
        return error(token, unexpectedText(token, expected));
    }

    static String unexpectedText(Token token, String expected) {
        return "unexpected " + token.describe() + " at position " + token.position() + "; expected " + expected;
    }

    /** An error at a token; the detail names the position. */
    SelectorSyntaxException error(Token token, String detail) {
        return new SelectorSyntaxException(source, token.position(),
                token.kind() == Kind.EOF ? SelectorSyntaxException.END_OF_INPUT : token.text(), detail);
    }
}
