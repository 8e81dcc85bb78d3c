package dev.petrel.selector;

/**
 * One token of a selector.
 *
 * @param kind     what it is
 * @param text     exactly as written (a string literal with its quotes), or "end of input"
 * @param position 0-based index of its first character
 */
record Token(Kind kind, String text, int position) {

    /** The kinds of token; keywords are matched case-insensitively (Jakarta Messaging 3.1 §3.8.1.1). */
    enum Kind {
        IDENTIFIER, STRING, NUMBER,
        TRUE, FALSE, NULL, NOT, AND, OR, BETWEEN, LIKE, IN, IS, ESCAPE,
        EQ, NE, LT, LE, GT, GE, PLUS, MINUS, STAR, SLASH, LPAREN, RPAREN, COMMA,
        EOF;

        boolean isKeyword() {
            return compareTo(TRUE) >= 0 && compareTo(ESCAPE) <= 0;
        }
    }

    /** The value of a string literal: the text between the quotes with each {@code ''} made one quote. */
    String stringValue() {
        return text.substring(1, text.length() - 1).replace("''", "'");
    }

    /** How the token appears in an error message: quoted, unless it is a string literal (quoted already). */
    String describe() {
        return switch (kind) {
            case EOF -> SelectorSyntaxException.END_OF_INPUT;
            case STRING -> text;
            default -> "'" + text + "'";
        };
    }
}
