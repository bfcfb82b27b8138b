package com.presstally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph at {@code . ! ?} followed by space and a capital, digit or opening quote,
 * except after abbreviations and initials. With {@code respecting} quotes it never splits inside a
 * quotation, so a multi-sentence quote stays with its attribution.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen",
            "rep", "st", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "no", "gov",
            "prof", "sgt", "capt", "maj", "adm", "jr", "sr", "vs", "etc", "u.s", "u.k", "u.n", "e.g", "i.e",
            "a.m", "p.m", "cmdr", "brig", "pres", "rev", "ft", "mt");

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String body, int paragraphStart, int paragraphEnd, int paragraph,
                                       List<Quote> quotes) {
        List<Sentence> sentences = new ArrayList<>();
        int start = paragraphStart;
        for (int i = paragraphStart; i < paragraphEnd; i++) {
            char c = body.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int after = i + 1;
            while (after < paragraphEnd && "\"”’')]".indexOf(body.charAt(after)) >= 0) {
                after++;
            }
            if (after >= paragraphEnd || body.charAt(after) != ' ') {
                continue;
            }
            int next = after;
            while (next < paragraphEnd && body.charAt(next) == ' ') {
                next++;
            }
            if (next >= paragraphEnd || !startsSentence(body.charAt(next))) {
                continue;
            }
            if (c == '.' && isAbbreviation(body, i)) {
                continue;
            }
            if (insideQuote(quotes, i, after)) {
                continue;
            }
            add(sentences, body, start, after, paragraph);
            start = next;
        }
        add(sentences, body, start, paragraphEnd, paragraph);
        return sentences;
    }

    private static boolean insideQuote(List<Quote> quotes, int dot, int after) {
        for (Quote q : quotes) {
            if (dot >= q.contentStart() && after < q.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'«(".indexOf(c) >= 0;
    }

    private static boolean isAbbreviation(String body, int dot) {
        int w = dot;
        while (w > 0 && (Character.isLetter(body.charAt(w - 1)) || body.charAt(w - 1) == '.')) {
            w--;
        }
        String word = body.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        return word.length() == 1 && Character.isUpperCase(body.charAt(w)) || ABBREVIATIONS.contains(word);
    }

    private static void add(List<Sentence> sentences, String body, int start, int end, int paragraph) {
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(start, end, paragraph, body.substring(start, end)));
        }
    }
}
