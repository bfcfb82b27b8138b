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
        return quotes.stream().filter(q -> q.open() < end && q.end() > start).toList();
    }

    public Quote quoteAt(int position) {
        for (Quote q : quotes) {
            if (q.contains(position)) {
                return q;
            }
        }
        return null;
    }

    /** The tokens of a quote-respecting sentence with quotation contents masked, cut once and shared. */
    public List<Token> maskedTokens(Sentence sentence) {
        return maskedTokens.computeIfAbsent(sentence.start(), k -> Token.tokenize(masked(sentence.start(), sentence.end()), sentence.start()));
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
