package com.presstally.extract;

import com.presstally.domain.Article;

import java.util.ArrayList;
import java.util.List;

/**
 * An article body cut once into what every extractor needs: paragraph offsets, quotations, and
 * sentences two ways (quote-respecting for attribution, plain for figures and reactions).
 */
public final class TextLayout {
    private final Article article;
    private final String body;
    private final List<int[]> paragraphs = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Sentence> quoteSentences = new ArrayList<>();
    private final List<Sentence> plainSentences = new ArrayList<>();
    private final java.util.Map<Integer, List<Token>> maskedTokens = new java.util.HashMap<>();
    private List<Token> tokens;

    public TextLayout(Article article) {
        this.article = article;
        this.body = article.body();
        int offset = 0;
        for (int p = 0; p < article.paragraphs().size(); p++) {
            String text = article.paragraphs().get(p);
            int end = offset + text.length();
            paragraphs.add(new int[] {offset, end});
            List<Quote> found = QuoteFinder.find(text, offset, p);
            quotes.addAll(found);
            quoteSentences.addAll(SentenceSplitter.split(body, offset, end, p, found));
            plainSentences.addAll(SentenceSplitter.split(body, offset, end, p, List.of()));
            offset = end + Article.PARAGRAPH_BREAK.length();
        }
    }

    public Article article() {
        return article;
    }

    public String body() {
        return body;
    }

    public int paragraphCount() {
        return paragraphs.size();
    }

    public int paragraphStart(int p) {
        return paragraphs.get(p)[0];
    }

    public int paragraphEnd(int p) {
        return paragraphs.get(p)[1];
    }

    public List<Quote> quotes() {
        return quotes;
    }

    /** Sentences that never split a quotation. */
    public List<Sentence> sentences() {
        return quoteSentences;
    }

    /** Sentences split at every sentence end, inside quotations too. */
    public List<Sentence> plainSentences() {
        return plainSentences;
    }

    public List<Quote> quotesIn(int start, int end) {
        List<Quote> in = null; // most sentences hold none: no list made for them
        for (Quote q : quotes) {
            if (q.open() < end && q.end() > start) {
                if (in == null) {
                    in = new ArrayList<>(2);
                }
                in.add(q);
            }
        }
        return in == null ? List.of() : List.copyOf(in);
    }

    public Quote quoteAt(int position) {
        for (Quote q : quotes) {
            if (q.contains(position)) {
                return q;
            }
        }
        return null;
    }

    /** The tokens of the whole body, cut once and shared. */
    public List<Token> tokens() {
        if (tokens == null) {
            tokens = Token.tokenize(body);
        }
        return tokens;
    }

    /**
     * The tokens of the body between two offsets: the body's own tokens where none crosses either
     * end (tokenizing looks ahead but never back, so they are the tokens of that text), else the
     * text cut again.
     */
    public List<Token> tokensIn(int start, int end) {
        List<Token> all = tokens();
        int lo = 0;
        int hi = all.size();
        while (lo < hi) { // the first token that ends after start
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).end() <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int to = lo;
        while (to < all.size() && all.get(to).end() <= end) {
            to++;
        }
        boolean crossesStart = lo < all.size() && all.get(lo).start() < start;
        boolean crossesEnd = to < all.size() && all.get(to).start() < end;
        if (crossesStart || crossesEnd) {
            return Token.tokenize(body.substring(start, end), start);
        }
        return all.subList(lo, to);
    }

    /**
     * The tokens of a quote-respecting sentence with quotation contents masked, cut once and shared:
     * the tokens of {@link #masked} text. Usually the body's own tokens with one mask token for each
     * quotation's content; the masked text is cut again where they would not be the same.
     */
    public List<Token> maskedTokens(Sentence sentence) {
        return maskedTokens.computeIfAbsent(sentence.start(), k -> {
            List<Quote> in = quotesIn(sentence.start(), sentence.end());
            if (in.isEmpty()) {
                return tokensIn(sentence.start(), sentence.end());
            }
            List<Token> fromBody = maskedFromBodyTokens(sentence.start(), sentence.end(), in);
            return fromBody != null ? fromBody : retokenizedMasked(sentence.start(), sentence.end());
        });
    }

    /** The masked tokens by definition: the masked text cut again. */
    List<Token> retokenizedMasked(int start, int end) {
        return Token.tokenize(masked(start, end), start);
    }

    /**
     * The body's tokens outside the masked runs, and one mask token per run; null when cutting the
     * masked text could give other tokens: a body token crosses a run's edge, or the character before
     * or after a run is not a quotation mark or space (an apostrophe or dash could join a word to it).
     */
    List<Token> maskedFromBodyTokens(int start, int end, List<Quote> quotes) {
        List<Token> cut = tokensIn(start, end);
        List<Token> out = new ArrayList<>(cut.size());
        int t = 0;
        int previousRunEnd = start;
        for (Quote q : quotes) {
            int from = Math.max(q.contentStart(), start);
            int to = Math.min(q.contentEnd(), end);
            if (from >= to) {
                continue;
            }
            if (from < previousRunEnd || from > start && !opensRun(body.charAt(from - 1))
                    || to < end && !closesRun(to, end)) {
                return null;
            }
            while (t < cut.size() && cut.get(t).end() <= from) {
                out.add(cut.get(t++));
            }
            while (t < cut.size() && cut.get(t).start() < to) {
                if (cut.get(t).start() < from || cut.get(t).end() > to) {
                    return null;
                }
                t++;
            }
            out.add(new Token(String.valueOf(Token.QUOTE_MASK).repeat(to - from), from, to));
            previousRunEnd = to;
        }
        while (t < cut.size()) {
            out.add(cut.get(t++));
        }
        return out;
    }

    private static boolean opensRun(char c) {
        return RUN_EDGES.indexOf(c) >= 0 || Character.isWhitespace(c);
    }

    private boolean closesRun(int to, int end) {
        char c = body.charAt(to);
        if (c == '’') { // a closing single quote, unless it is an apostrophe inside a word: "…”’s"
            return to + 1 >= end || !Character.isLetterOrDigit(body.charAt(to + 1));
        }
        return opensRun(c);
    }

    /** Quotation marks that never join a word to its neighbours. */
    private static final String RUN_EDGES = "\"“”„«»‘‹›";

    /** The body between two offsets with quote contents blanked, so cue words inside quotes are not seen. */
    public String masked(int start, int end) {
        StringBuilder sb = new StringBuilder(body.substring(start, end));
        for (Quote q : quotesIn(start, end)) {
            for (int i = Math.max(q.contentStart(), start); i < Math.min(q.contentEnd(), end); i++) {
                sb.setCharAt(i - start, Token.QUOTE_MASK);
            }
        }
        return sb.toString();
    }
}
