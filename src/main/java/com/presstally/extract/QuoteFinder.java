package com.presstally.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in one paragraph: straight and curly double quotes, guillemets, and single quotes
 * that open at a word start (so {@code Ukraine’s} and {@code ’90s} are apostrophes). Quotes nested in
 * another quote belong to it. A quote still open at the paragraph end runs to the end (scraped text
 * often loses a closing mark; the rest of the article is unaffected because each paragraph starts
 * afresh).
 */
public final class QuoteFinder {
    private QuoteFinder() {
    }

    public static List<Quote> find(String paragraph, int offset, int paragraphIndex) {
        List<Quote> quotes = new ArrayList<>();
        int i = 0;
        int n = paragraph.length();
        while (i < n) {
            char c = paragraph.charAt(i);
            char close = closingFor(paragraph, i);
            if (close == 0) {
                i++;
                continue;
            }
            int j = findClose(paragraph, i + 1, c, close);
            boolean closed = j >= 0;
            int contentEnd = closed ? j : n;
            int end = closed ? j + 1 : n;
            if (contentEnd > i + 1) {
                quotes.add(new Quote(offset + i, offset + i + 1, offset + contentEnd, offset + end, closed, paragraphIndex));
            }
            i = end;
        }
        return quotes;
    }

    /** The closing mark for an opening mark at {@code i}, or 0 when the character opens nothing. */
    private static char closingFor(String s, int i) {
        char c = s.charAt(i);
        switch (c) {
            case '“':
            case '„':
                return '”';
            case '«':
                return '»';
            case '"':
                return '"';
            case '‘':
            case '\'':
                boolean wordStart = i == 0 || " \t([{—–-“\"".indexOf(s.charAt(i - 1)) >= 0;
                boolean letterNext = i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
                return wordStart && letterNext ? (c == '‘' ? '’' : '\'') : 0;
            default:
                return 0;
        }
    }

    /**
     * The closing mark: the matching one if the paragraph has it, else the other style (scraped text
     * mixes “ with "). A straight quote inside a curly quotation is nested text, not its end.
     */
    private static int findClose(String s, int from, char open, char close) {
        int exact = find(s, from, close);
        if (exact >= 0) {
            return exact;
        }
        char alternate = open == '“' ? '"' : open == '"' ? '”' : 0;
        return alternate == 0 ? -1 : find(s, from, alternate);
    }

    private static int find(String s, int from, char close) {
        for (int j = from; j < s.length(); j++) {
            if (s.charAt(j) != close) {
                continue;
            }
            if (close == '’' || close == '\'') {
                // a closing single quote is not followed by a letter (else it is an apostrophe: don’t)
                boolean letterNext = j + 1 < s.length() && Character.isLetter(s.charAt(j + 1));
                if (letterNext) {
                    continue;
                }
            }
            return j;
        }
        return -1;
    }
}
