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

    /** The tokens of a quote-respecting sentence with quotation contents masked, cut once and shared. */
    public List<Token> maskedTokens(Sentence sentence) {
        return maskedTokens.computeIfAbsent(sentence.start(), k -> quotesIn(sentence.start(), sentence.end()).isEmpty()
                ? tokensIn(sentence.start(), sentence.end())
                : Token.tokenize(masked(sentence.start(), sentence.end()), sentence.start()));
    }

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
