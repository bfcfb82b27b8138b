package com.presstally.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-written tokenizer cuts text exactly as its documented grammar (a regular expression) does. */
class TokenTest {
    private static List<String> byGrammar(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Token.GRAMMAR.matcher(text);
        while (m.find()) {
            out.add(m.group() + "@" + m.start());
        }
        return out;
    }

    private static List<String> byTokenizer(String text) {
        return Token.tokenize(text).stream().map(t -> t.text() + "@" + t.start()).toList();
    }

    @Test
    void agreesWithTheGrammarOnTrickyForms() {
        for (String s : List.of("U.S. and U.K.", "1,700 people", "1,7000", "1.2 million", "70,000-80,000", "5km",
                "3.", "Ukraine’s ’90s", "twenty-five", "don't", "a.m.", "No. 10", "$300", "12%", "x-", "--",
                "“Quote,” he said.", "e.g. 1,234.56.", "A.B", "Zelenskyy’s", "½ of 1,000,000")) {
            assertEquals(byGrammar(s), byTokenizer(s), s);
        }
    }

    /**
     * The extractors take a sentence's tokens from the body's (see {@link TextLayout#tokensIn}):
     * on every dev article and a generated week they are the tokens of the sentence cut alone.
     */
    @Test
    void sentenceTokensTakenFromTheBodyEqualTheSentenceCutAlone() throws Exception {
        List<com.presstally.domain.Article> articles = new ArrayList<>(com.presstally.bench.SyntheticCorpus.generate(200, 11));
        com.presstally.corpus.CorpusFolder dev = new com.presstally.corpus.CorpusFolder(SeedArticleTest.DEV,
                com.presstally.corpus.TextArticleParser.withDefaults(java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC,
                com.presstally.corpus.CorpusFolder.DEFAULT_MAX_BYTES);
        for (String id : dev.listIds()) {
            articles.add(dev.read(id));
        }
        int sliced = 0;
        for (com.presstally.domain.Article article : articles) {
            TextLayout layout = new TextLayout(article);
            List<Sentence> sentences = new ArrayList<>(layout.plainSentences());
            sentences.addAll(layout.sentences());
            for (Sentence s : sentences) {
                assertEquals(Token.tokenize(s.text(), s.start()), layout.tokensIn(s.start(), s.end()), article.id() + " " + s);
                sliced++;
            }
            for (Sentence s : layout.sentences()) {
                assertEquals(Token.tokenize(layout.masked(s.start(), s.end()), s.start()), layout.maskedTokens(s),
                        article.id() + " " + s);
            }
        }
        assertTrue(sliced > 5000, "sentences compared: " + sliced);
    }

    /**
     * Words come from the thread's {@link WordCache}: however many words share a slot and evict each
     * other, each token keeps its own text and lowercase form.
     */
    @Test
    void wordsTakenFromTheCacheKeepTheirOwnTextAndLowercaseWhenTheyEvictEachOther() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3 * WordCache.SLOTS; i++) {
            text.append(i % 2 == 0 ? "Word" : "WORD").append(i).append(' ');
        }
        text.append("Kyiv KYIV kyiv ").append("Counterintelligence-Operations-Directorate ".repeat(2));
        for (int pass = 0; pass < 2; pass++) { // the second pass meets cached and evicted words
            List<Token> tokens = Token.tokenize(text.toString());
            assertEquals(3 * WordCache.SLOTS + 5, tokens.size());
            for (int i = 0; i < 3 * WordCache.SLOTS; i++) {
                assertEquals((i % 2 == 0 ? "Word" : "WORD") + i, tokens.get(i).text());
                assertEquals("word" + i, tokens.get(i).lower());
            }
            List<Token> last = tokens.subList(3 * WordCache.SLOTS, tokens.size());
            assertEquals(List.of("Kyiv", "KYIV", "kyiv", "Counterintelligence-Operations-Directorate",
                    "Counterintelligence-Operations-Directorate"), last.stream().map(Token::text).toList());
            assertEquals(List.of("kyiv", "kyiv", "kyiv", "counterintelligence-operations-directorate",
                    "counterintelligence-operations-directorate"), last.stream().map(Token::lower).toList());
        }
    }

    @Test
    void agreesWithTheGrammarOnTheSampleCorpus() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("input"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(f);
                assertEquals(byGrammar(text), byTokenizer(text), f.toString());
            }
        }
    }
}
