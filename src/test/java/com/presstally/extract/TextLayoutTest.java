package com.presstally.extract;

import com.presstally.bench.SyntheticCorpus;
import com.presstally.corpus.CorpusFolder;
import com.presstally.corpus.TextArticleParser;
import com.presstally.domain.Article;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextLayoutTest {
    private static final List<String> AWKWARD_QUOTES = List.of(
            "He said ’twas fine and ‘Hello’s world’ was the plan.",
            "“Unclosed quote running to the end of the paragraph",
            "'Straight single' and \"straight double\" quotes, “A”. Then “5,000” people and word“inner”word.",
            "They called it “the plan”’s end. “Nested ‘inner’ quote,” he said.",
            "“One.” “Two,” said Ana Reyes. «Trois» and „vier“ and ‹cinq›.",
            "“Quote at the start,” she said, “and another-one—here.”");

    private static List<Article> articles() throws Exception {
        List<Article> articles = new ArrayList<>(SyntheticCorpus.generate(300, 11));
        for (Path dir : List.of(SeedArticleTest.DEV, Path.of("input"))) {
            CorpusFolder folder = new CorpusFolder(dir, TextArticleParser.withDefaults(ZoneOffset.UTC), ZoneOffset.UTC,
                    CorpusFolder.DEFAULT_MAX_BYTES);
            for (String id : folder.listIds()) {
                try {
                    articles.add(folder.read(id));
                } catch (com.presstally.corpus.ArticleRejectedException rejected) {
                    // the sample corpus holds broken files on purpose
                }
            }
        }
        articles.add(new Article("awkward", "t", LocalDate.of(2026, 11, 16), "", "", AWKWARD_QUOTES));
        return articles;
    }

    @Test
    void maskedTokensEqualTheMaskedTextCutAgainAndMostReuseTheBodyTokens() throws Exception {
        int withQuotes = 0;
        int reused = 0;
        for (Article article : articles()) {
            TextLayout layout = new TextLayout(article);
            for (Sentence s : layout.sentences()) {
                List<Quote> quotes = layout.quotesIn(s.start(), s.end());
                if (quotes.isEmpty()) {
                    continue;
                }
                withQuotes++;
                if (layout.maskedFromBodyTokens(s.start(), s.end(), quotes) != null) {
                    reused++;
                }
                assertEquals(layout.retokenizedMasked(s.start(), s.end()), layout.maskedTokens(s),
                        article.id() + ": " + s.text());
            }
        }
        assertTrue(withQuotes > 1000, "sentences with quotes: " + withQuotes);
        assertTrue(reused > withQuotes * 0.9, reused + " of " + withQuotes + " reused the body's tokens");
    }

    @Test
    void aRunFollowedByAnApostropheAndALetterIsCutAgain() {
        String text = "They called it ‘the plan’s end’ again.";
        TextLayout layout = new TextLayout(new Article("a", "t", LocalDate.of(2026, 11, 16), "", "", List.of(text)));
        int open = text.indexOf('‘');
        int apostrophe = text.indexOf('’');
        Quote endsBeforeApostrophe = new Quote(open, open + 1, apostrophe, apostrophe + 1, true, 0);
        assertNull(layout.maskedFromBodyTokens(0, text.length(), List.of(endsBeforeApostrophe)));
        List<Token> masked = Token.tokenize(text.substring(0, open + 1) + String.valueOf(Token.QUOTE_MASK).repeat(apostrophe - open - 1)
                + text.substring(apostrophe));
        assertEquals(open + 1, masked.get(4).start());
        assertEquals(apostrophe + 2, masked.get(4).end(), "the masked run and ’s are one token: the body's tokens would not do");
    }
}
