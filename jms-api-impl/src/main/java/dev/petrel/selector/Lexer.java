package dev.petrel.selector;

import dev.petrel.selector.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits a selector into tokens. Numeric literals are only delimited here; the parser validates and converts
 * them (it needs to know whether a minus sign precedes them). Runs once per selector, never per message.
 */
final class Lexer {

    private static final Map<String, Kind> KEYWORDS = Map.ofEntries(
            Map.entry("TRUE", Kind.TRUE), Map.entry("FALSE", Kind.FALSE), Map.entry("NULL", Kind.NULL),
            Map.entry("NOT", Kind.NOT), Map.entry("AND", Kind.AND), Map.entry("OR", Kind.OR),
            Map.entry("BETWEEN", Kind.BETWEEN), Map.entry("LIKE", Kind.LIKE), Map.entry("IN", Kind.IN),
            Map.entry("IS", Kind.IS), Map.entry("ESCAPE", Kind.ESCAPE));

    private final String source;
    private int pos;

    Lexer(String source) {
        this.source = source;
    }

    /** All tokens, ending with one {@link Kind#EOF}. */
    List<Token> tokenize() throws SelectorSyntaxException {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipWhitespace();
            if (pos >= source.length()) {
                tokens.add(new Token(Kind.EOF, SelectorSyntaxException.END_OF_INPUT, pos));
                return tokens;
            }
            tokens.add(next());
        }
    }

    /**
     * §3.8.1.1: whitespace "is the same as that defined for Java: space, horizontal tab, form feed and line
     * terminator".
     */
    private void skipWhitespace() {
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\f' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private Token next() throws SelectorSyntaxException {
        char c = source.charAt(pos);
        if (c == '\'') {
            return string();
        }
        if (isDigit(c) || (c == '.' && pos + 1 < source.length() && isDigit(source.charAt(pos + 1)))) {
            return number();
        }
        if (Character.isJavaIdentifierStart(source.codePointAt(pos))) {
            return word();
        }
        return operator(c);
    }

    /** §3.8.1.1: enclosed in single quotes, an included single quote doubled. */
    private Token string() throws SelectorSyntaxException {
        int start = pos++;
        while (pos < source.length()) {
            if (source.charAt(pos++) == '\'') {
                if (pos < source.length() && source.charAt(pos) == '\'') {
                    pos++;
                } else {
                    return new Token(Kind.STRING, source.substring(start, pos), start);
                }
            }
        }
        throw new SelectorSyntaxException(source, start, source.substring(start),
                "unterminated string literal at position " + start + ": the closing ' is missing (write a quote "
                        + "inside a string as '')");
    }

    /**
     * The longest run that can belong to a Java numeric literal: letters, digits, '_', '.', and a sign right
     * after the exponent letter of a decimal literal. "12abc" becomes one (invalid) token, not two.
     */
    private Token number() {
        int start = pos;
        boolean hex = source.startsWith("0x", pos) || source.startsWith("0X", pos);
        while (pos < source.length()) {
            char c = source.charAt(pos);
            boolean sign = (c == '+' || c == '-') && !hex && isExponentLetter(source.charAt(pos - 1));
            if (!sign && c != '.' && !Character.isJavaIdentifierPart(c)) {
                break;
            }
            pos++;
        }
        return new Token(Kind.NUMBER, source.substring(start, pos), start);
    }

    private Token word() {
        int start = pos;
        pos += Character.charCount(source.codePointAt(pos));
        while (pos < source.length() && Character.isJavaIdentifierPart(source.codePointAt(pos))) {
            pos += Character.charCount(source.codePointAt(pos));
        }
        String text = source.substring(start, pos);
        Kind keyword = KEYWORDS.get(asciiUpperCase(text));
        return new Token(keyword == null ? Kind.IDENTIFIER : keyword, text, start);
    }

    private Token operator(char c) throws SelectorSyntaxException {
        int start = pos++;
        Kind kind = switch (c) {
            case '=' -> Kind.EQ;
            case '<' -> accept('>') ? Kind.NE : accept('=') ? Kind.LE : Kind.LT;
            case '>' -> accept('=') ? Kind.GE : Kind.GT;
            case '+' -> Kind.PLUS;
            case '-' -> Kind.MINUS;
            case '*' -> Kind.STAR;
            case '/' -> Kind.SLASH;
            case '(' -> Kind.LPAREN;
            case ')' -> Kind.RPAREN;
            case ',' -> Kind.COMMA;
            default -> throw badCharacter(start);
        };
        return new Token(kind, source.substring(start, pos), start);
    }

    private SelectorSyntaxException badCharacter(int at) {
        String text = new String(Character.toChars(source.codePointAt(at)));
        String hint = switch (text) {
            case "!" -> "; write <> for not equal";
            case "\"" -> "; string literals are enclosed in single quotes";
            case "&", "|" -> "; write AND, OR";
            default -> "";
        };
        return new SelectorSyntaxException(source, at, text,
                "unexpected character '" + text + "' at position " + at + hint);
    }

    private boolean accept(char c) {
        if (pos < source.length() && source.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isExponentLetter(char c) {
        return c == 'e' || c == 'E';
    }

    /**
     * Upper case for ASCII letters only, so that keyword matching does not depend on the locale and "ın"
     * (dotless i) is not the keyword IN.
     */
    private static String asciiUpperCase(String s) {
        if (s.length() > 7) {
            return s;
        }
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - 'a' + 'A');
            }
        }
        return new String(chars);
    }
}
