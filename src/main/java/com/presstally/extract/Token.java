package com.presstally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word or punctuation mark with its offsets in the text it was cut from. Its lowercase form is
 * computed once: the rules compare lowercase words millions of times a run.
 */
public final class Token {
    /** Stands for every character of a quotation's content in masked text (a letter, so one token per quote). */
    public static final char QUOTE_MASK = '\u02B0';
    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{L}\\.){2,}|\\d+(?:,\\d{3})*(?:\\.\\d+)?(?![\\p{L}\\d])|[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

    private final String text;
    private final String lower;
    private final int start;
    private final int end;

    public Token(String text, int start, int end) {
        this.text = Objects.requireNonNull(text);
        this.lower = text.toLowerCase(Locale.ROOT);
        this.start = start;
        this.end = end;
    }

    public static List<Token> tokenize(String text) {
        return tokenize(text, 0);
    }

    /** Tokens of {@code text}, their offsets shifted by {@code offset}. */
    public static List<Token> tokenize(String text, int offset) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start() + offset, m.end() + offset));
        }
        return tokens;
    }

    public String text() {
        return text;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String lower() {
        return lower;
    }

    public boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    public boolean isQuoteMask() {
        return text.charAt(0) == QUOTE_MASK;
    }

    public boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && t.start == start && t.end == end && t.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, start, end);
    }

    @Override
    public String toString() {
        return text + "@" + start;
    }
}
