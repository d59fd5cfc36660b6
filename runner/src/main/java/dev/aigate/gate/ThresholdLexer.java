package dev.aigate.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a threshold expression into tokens, skipping whitespace. It never fails: a character that starts no
 * token becomes an {@link Token.Kind#INVALID} token, so every error is reported by the parser, in one voice, as
 * "expected X at column N".
 */
final class ThresholdLexer {

    private final String text;
    private int position;

    private ThresholdLexer(String text) {
        this.text = text;
    }

    /** The tokens of {@code text}, always ending with an {@link Token.Kind#END} token one column past the end. */
    static List<Token> tokenize(String text) {
        return new ThresholdLexer(text).tokens();
    }

    private List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
            if (position == text.length()) {
                tokens.add(new Token(Token.Kind.END, "", position + 1));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = position;
        char c = text.charAt(position);
        if (isWordStart(c)) {
            return token(Token.Kind.WORD, start, skipWhile(start + 1, ThresholdLexer::isWordPart));
        }
        if (isDigit(c) || (c == '.' && start + 1 < text.length() && isDigit(text.charAt(start + 1)))) {
            // Take every digit and dot so that "1.2.3" is reported whole as a malformed number.
            return token(Token.Kind.NUMBER, start, skipWhile(start + 1, ch -> isDigit(ch) || ch == '.'));
        }
        if (isOperatorPart(c)) {
            // A run like "=<" or "<>" is one (unknown) operator, not two confusing tokens.
            return token(Token.Kind.OPERATOR, start, skipWhile(start + 1, ThresholdLexer::isOperatorPart));
        }
        return switch (c) {
            case '(' -> token(Token.Kind.OPEN, start, start + 1);
            case ')' -> token(Token.Kind.CLOSE, start, start + 1);
            case '%', '$' -> token(Token.Kind.SYMBOL, start, start + 1);
            // "/s" is one unit; "/min" is read whole so that it is reported as an unknown unit.
            case '/' -> token(Token.Kind.SYMBOL, start, skipWhile(start + 1, ThresholdLexer::isWordPart));
            default -> token(Token.Kind.INVALID, start, start + Character.charCount(text.codePointAt(start)));
        };
    }

    private int skipWhile(int from, CharTest test) {
        int end = from;
        while (end < text.length() && test.accepts(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private Token token(Token.Kind kind, int start, int end) {
        position = end;
        return new Token(kind, text.substring(start, end), start + 1);
    }

    private static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || isDigit(c) || c == '.';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isOperatorPart(char c) {
        return c == '<' || c == '>' || c == '=' || c == '!';
    }

    private interface CharTest {
        boolean accepts(char c);
    }

    /**
     * One token.
     *
     * @param column 1-based column of its first character
     */
    record Token(Kind kind, String text, int column) {

        enum Kind {
            /** Aggregate, metric name or unit word: a letter or underscore, then letters, digits, '_' and '.'. */
            WORD,
            /** Digits and dots, validated by the parser. */
            NUMBER,
            /** A run of {@code < > = !}, validated by the parser. */
            OPERATOR,
            OPEN,
            CLOSE,
            /** {@code %}, {@code $}, or a slash unit such as {@code /s}. */
            SYMBOL,
            /** A character that starts no token. */
            INVALID,
            END
        }

        /** How the token reads in an error message. */
        String describe() {
            return kind == Kind.END ? "end of input" : "'" + text + "'";
        }

        int length() {
            return Math.max(1, text.length());
        }
    }
}
