package com.presstally.extract;

import com.presstally.corpus.CorpusFolder;
import com.presstally.corpus.TextArticleParser;
import com.presstally.domain.Article;
import com.presstally.domain.CasualtyClaim;
import com.presstally.domain.Extraction;
import com.presstally.domain.Period;
import com.presstally.domain.Qualifier;
import com.presstally.domain.Stance;
import com.presstally.domain.StatementKind;
import com.presstally.domain.VictimGroup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scraped page the project started from (shared/corpus/dev), and what issue 2 requires of it. */
class SeedArticleTest {
    static final Path DEV = Path.of("..", "shared", "corpus", "dev", "articles");
    static Article article;
    static Extraction x;

    @BeforeAll
    static void read() throws Exception {
        assertTrue(Files.isDirectory(DEV), "the shared dev corpus is expected beside the checkout at " + DEV.toAbsolutePath());
        CorpusFolder folder = new CorpusFolder(DEV, TextArticleParser.withDefaults(ZoneOffset.UTC), ZoneOffset.UTC,
                CorpusFolder.DEFAULT_MAX_BYTES);
        article = folder.read("000-vladimir-stop.txt");
        x = new ExtractionEngine(Lexicon.shipped()).extract(article);
    }

    @Test
    void scrapedPageParsesToCleanTitleAndBody() {
        assertEquals("‘Vladimir, STOP!’: Trump, Putin Split as Russia Pounds Kyiv Amid Peace Talks", article.title());
        assertTrue(article.paragraphs().get(0).startsWith("U.S. President Donald Trump has directly called out"));
        String last = article.paragraphs().get(article.paragraphs().size() - 1);
        assertTrue(last.startsWith("With tensions boiling"), last);
        assertTrue(article.paragraphs().stream().noneMatch(p -> p.equals("By") || p.contains("Min Read")
                || p.contains("Share This Article") || p.equals("Pan-Atlantic Kompass")));
    }

    @Test
    void trumpsTwoQuotesAreDirectAndHis() {
        var quotes = x.statements().stream().filter(s -> s.kind() == StatementKind.DIRECT).toList();
        assertEquals(2, quotes.size(), quotes.toString());
        quotes.forEach(s -> assertEquals("Donald Trump", s.actor().name()));
        assertTrue(quotes.get(0).content().startsWith("I am not happy with the Russian strikes on KYIV"));
        assertTrue(quotes.get(1).content().contains("Sometimes you have to make a deal"));
    }

    @Test
    void partialQuotesOfStoltenbergAndZelenskyy() {
        assertTrue(x.statements().stream().anyMatch(s -> s.kind() == StatementKind.MIXED
                && s.actor().name().equals("Jens Stoltenberg") && s.actor().affiliation().equals("NATO")
                && s.content().contains("a gross escalation")));
        assertTrue(x.statements().stream().anyMatch(s -> s.kind() == StatementKind.MIXED
                && s.actor().name().equals("Volodymyr Zelenskyy") && s.content().contains("never bow to blackmail")));
    }

    @Test
    void casualtyClaimsWithQualifiersGroupsAndRate() {
        assertEquals(3, x.casualties().size(), x.casualties().toString());
        CasualtyClaim killed = x.casualties().stream().filter(c -> c.countLow() == 12).findFirst().orElseThrow();
        assertEquals(Qualifier.AT_LEAST, killed.qualifier());
        assertEquals(VictimGroup.CIVILIANS, killed.victimGroup());
        CasualtyClaim injured = x.casualties().stream().filter(c -> c.countLow() == 50).findFirst().orElseThrow();
        assertEquals(Qualifier.MORE_THAN, injured.qualifier());
        CasualtyClaim rate = x.casualties().stream().filter(c -> c.countLow() == 5000).findFirst().orElseThrow();
        assertEquals(Period.WEEK, rate.period());
        assertEquals(VictimGroup.SOLDIERS, rate.victimGroup());
        assertEquals("Donald Trump", rate.claimant().name());
    }

    @Test
    void reactionsOfNatoTheEuAndTheKremlin() {
        assertTrue(x.reactions().stream().anyMatch(r -> r.actor().name().equals("Jens Stoltenberg")
                && r.stance() == Stance.CONDEMN));
        assertTrue(x.reactions().stream().anyMatch(r -> r.actor().name().equals("European Union")));
        assertTrue(x.reactions().stream().anyMatch(r -> r.actor().name().equals("Kremlin") && r.stance() == Stance.DEFEND));
    }
}
