package com.presstally.bench;

import com.presstally.corpus.ContentFingerprint;
import com.presstally.corpus.CorpusFolder;
import com.presstally.corpus.NearDuplicates;
import com.presstally.corpus.TextArticleParser;
import com.presstally.domain.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticCorpusTest {
    @Test
    void aWrittenWeekCarriesSyndicatedCopiesThatTheNearCopyFinderFinds(@TempDir Path dir) throws Exception {
        int files = 400;
        SyntheticCorpus.write(files, 5, dir);
        CorpusFolder folder = new CorpusFolder(dir, TextArticleParser.withDefaults(ZoneOffset.UTC), ZoneOffset.UTC,
                CorpusFolder.DEFAULT_MAX_BYTES);
        List<Article> week = new ArrayList<>();
        for (String id : folder.listIds()) {
            week.add(folder.read(id));
        }
        NearDuplicates.Finder finder = new NearDuplicates.Finder();
        week.forEach(a -> finder.add(ContentFingerprint.of(a.body()), NearDuplicates.signature(a.body())));
        int[] original = finder.originals();

        int exact = 0;
        int near = 0;
        for (int n = 0; n < files; n++) {
            Article a = week.get(n);
            if (n % SyntheticCorpus.COPY_EVERY != SyntheticCorpus.COPY_EVERY - 1) {
                assertEquals(n, original[n], a.id() + " is a story of its own");
                continue;
            }
            int o = original[n];
            assertTrue(o < n && o % SyntheticCorpus.COPY_EVERY != SyntheticCorpus.COPY_EVERY - 1,
                    a.id() + " is a copy of an earlier story, not " + week.get(o).id());
            Article story = week.get(o);
            assertEquals(story.title(), a.title());
            assertNotEquals(story.outlet(), a.outlet(), "another outlet's copy");
            if (a.body().equals(story.body())) {
                exact++;
            } else {
                assertTrue(a.body().contains(story.body().substring(0, 200)), "a near copy keeps the story's text");
                near++;
            }
        }
        assertEquals(files / SyntheticCorpus.COPY_EVERY, exact + near);
        assertTrue(exact > 0 && near > exact, "both kinds, mostly rewrapped: " + exact + " exact, " + near + " near");
    }
}
