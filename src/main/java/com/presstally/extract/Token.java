package com.presstally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A word or punctuation mark with its offsets in the text it was cut from. Its lowercase form is
 * computed once: the rules compare lowercase words millions of times a run.
 */
public final class Token {
    /** Stands for every character of a quotation's content in masked text (a letter, so one token per quote). */
    public static final char QUOTE_MASK = '\u02B0';
    /** The token grammar the hand-written tokenizer implements; kept to test that the two agree. */
    static final Pattern GRAMMAR = Pattern.compile(
            "(?:\\p{L}\\.){2,}|\\d+(?:,\\d{3})*(?:\\.\\d+)?(?![\\p{L}\\d])|[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

    /** One-character ASCII tokens (punctuation, mostly) share their strings instead of cutting new ones. */
    private static final String[] ONE_CHAR = new String[128];
    private static final String[] ONE_CHAR_LOWER = new String[128];

    static {
        for (char c = 0; c < ONE_CHAR.length; c++) {
            ONE_CHAR[c] = String.valueOf(c);
        }
        for (char c = 0; c < ONE_CHAR.length; c++) {
            ONE_CHAR_LOWER[c] = ONE_CHAR[Character.toLowerCase(c)];
        }
    }

    private final String text;
    private final String lower;
    private final int start;
    private final int end;

    public Token(String text, int start, int end) {
        this(text, text.toLowerCase(Locale.ROOT), start, end);
    }

    /** @param lower {@code text} in lowercase (the root locale's), computed by the caller */
    Token(String text, String lower, int start, int end) {
        this.text = Objects.requireNonNull(text);
        this.lower = lower;
        this.start = start;
        this.end = end;
    }

    public static List<Token> tokenize(String text) {
        return tokenize(text, 0);
    }

    /**
     * Tokens of {@code text}, their offsets shifted by {@code offset}: abbreviations ({@code U.S.}),
     * numbers ({@code 1,700}, {@code 1.2}), words with inner apostrophes and dashes ({@code Ukraine’s},
     * {@code twenty-five}), and single punctuation marks. Hand-written: it runs several times over
     * every article and a regular expression made it the slowest part of extraction.
     */
    public static List<Token> tokenize(String text, int offset) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4); // a word and its space average over five characters
        WordCache words = WordCache.ofThisThread();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            int end = abbreviation(text, i);
            if (end < 0) {
                end = number(text, i);
            }
            if (end < 0 && isAlnum(c)) {
                end = word(text, i);
            }
            if (end < 0) {
                end = i + 1;
            }
            if (end == i + 1 && c < ONE_CHAR.length) {
                tokens.add(new Token(ONE_CHAR[c], ONE_CHAR_LOWER[c], i + offset, end + offset));
            } else {
                tokens.add(words.token(text, i, end, offset));
            }
            i = end;
        }
        return tokens;
    }

    /** Letter-dot pairs, two or more: "U.S.", "e.g.". */
    private static int abbreviation(String s, int i) {
        int j = i;
        int pairs = 0;
        while (j + 1 < s.length() && Character.isLetter(s.charAt(j)) && s.charAt(j + 1) == '.') {
            j += 2;
            pairs++;
        }
        return pairs >= 2 ? j : -1;
    }

    /** Digits with thousands groups and a decimal part, not run into a letter or digit ("5km" is a word). */
    private static int number(String s, int i) {
        int j = digits(s, i);
        if (j == i) {
            return -1;
        }
        List<Integer> groupEnds = new ArrayList<>();
        groupEnds.add(j);
        while (j + 3 < s.length() && s.charAt(j) == ',' && digits(s, j + 1) - (j + 1) >= 3) {
            j = j + 4;
            groupEnds.add(j);
        }
        for (int g = groupEnds.size() - 1; g >= 0; g--) {
            int e = groupEnds.get(g);
            if (e < s.length() && s.charAt(e) == '.') {
                int d = digits(s, e + 1);
                if (d > e + 1 && notAlnumAt(s, d)) {
                    return d;
                }
            }
            if (notAlnumAt(s, e)) {
                return e;
            }
        }
        return -1;
    }

    private static int digits(String s, int i) {
        int j = i;
        while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
            j++;
        }
        return j;
    }

    private static boolean notAlnumAt(String s, int i) {
        return i >= s.length() || !(Character.isLetter(s.charAt(i)) || (s.charAt(i) >= '0' && s.charAt(i) <= '9'));
    }

    /** Letters and digits, joined by inner apostrophes or dashes. */
    private static int word(String s, int i) {
        int j = i;
        while (j < s.length() && isAlnum(s.charAt(j))) {
            j++;
        }
        while (j + 1 < s.length() && (s.charAt(j) == '\'' || s.charAt(j) == '’' || s.charAt(j) == '-')
                && isAlnum(s.charAt(j + 1))) {
            j++;
            while (j < s.length() && isAlnum(s.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    private static boolean isAlnum(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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

    /**
     * A capitalised word, or a lowercase name particle joined to one: "al-Saeedi", "el-Sisi", "bin",
     * "von", "de" inside a name.
     */
    public boolean isNameLike() {
        if (isCapitalized()) {
            return true;
        }
        int dash = text.indexOf('-');
        if (dash > 0 && dash + 1 < text.length() && Character.isUpperCase(text.charAt(dash + 1))) {
            return NAME_PARTICLES.contains(lower.substring(0, dash));
        }
        return false;
    }

    private static final java.util.Set<String> NAME_PARTICLES = java.util.Set.of("al", "el", "ad", "as", "ash", "abu",
            "bin", "ibn", "bint", "ben", "von", "van", "de", "da", "di", "du", "le", "la");

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
