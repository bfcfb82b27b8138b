package com.presstally.corpus;

import com.presstally.domain.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One fixture per input format and per kind of bad input. */
class CorpusFormatsTest {
    @TempDir
    static Path dir;
    static CorpusFolder folder;

    @BeforeAll
    static void copyFixtures() throws IOException {
        for (String name : List.of("page.html", "export.csv", "api.jsonl", "api.json", "bom.txt", "utf16.txt", "cp1252.txt",
                "empty.txt", "binary.txt", "truncated.txt", "malformed.csv", "truncated.json")) {
            try (InputStream in = CorpusFormatsTest.class.getResourceAsStream("/formats/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        folder = new CorpusFolder(dir, TextArticleParser.withDefaults(ZoneOffset.UTC), ZoneOffset.UTC,
                CorpusFolder.DEFAULT_MAX_BYTES, FieldMap.parse("body=story_text,title=headline,date=pub_date"));
    }

    @Test
    void htmlPageKeepsTheArticleAndItsMetadataAndDropsTheChrome() throws Exception {
        Article a = folder.read("page.html");
        assertEquals("Harbour fire halts ferries", a.title());
        assertEquals(LocalDate.of(2026, 11, 17), a.published());
        assertEquals("Coastal Courier", a.outlet());
        assertEquals("https://example.org/harbour-fire", a.url());
        assertEquals(2, a.paragraphs().size(), a.paragraphs().toString());
        assertTrue(a.body().contains("harbour master Lena Brandt said"));
        assertTrue(!a.body().contains("tracking") && !a.body().contains("Subscribe") && !a.body().contains("Read more"));
    }

    @Test
    void csvExportWithACustomColumnMapping() {
        List<InputItem> items = folder.items("export.csv");
        assertEquals(3, items.size());
        Article first = assertInstanceOf(InputItem.RecordItem.class, items.get(0)).article();
        assertEquals("export.csv#a1", first.id());
        assertEquals("Talks stall in Geneva", first.title());
        assertEquals(LocalDate.of(2026, 11, 18), first.published());
        assertEquals(2, first.paragraphs().size());
        InputItem.Rejected empty = assertInstanceOf(InputItem.Rejected.class, items.get(1));
        assertEquals("export.csv#a2", empty.id());
        assertTrue(empty.reason().contains("row 2") && empty.reason().contains("no article text"), empty.reason());
        assertInstanceOf(InputItem.RecordItem.class, items.get(2));
    }

    @Test
    void jsonLinesWithABrokenLineInTheMiddle() {
        List<InputItem> items = folder.items("api.jsonl");
        assertEquals(3, items.size());
        Article first = assertInstanceOf(InputItem.RecordItem.class, items.get(0)).article();
        assertEquals("api.jsonl#n1", first.id());
        assertEquals("Wire One", first.outlet(), "a nested source object gives its name");
        assertEquals(LocalDate.of(2026, 11, 20), first.published());
        InputItem.Rejected broken = assertInstanceOf(InputItem.Rejected.class, items.get(1));
        assertTrue(broken.reason().startsWith("line 2 is not JSON"), broken.reason());
        assertEquals("api.jsonl#3", assertInstanceOf(InputItem.RecordItem.class, items.get(2)).id(), "no id: the line number");
    }

    @Test
    void jsonArrayElements() {
        List<InputItem> items = folder.items("api.json");
        assertEquals(List.of("api.json#1", "api.json#2"), items.stream().map(InputItem::id).toList());
    }

    @Test
    void encodingsAreDetectedWithoutMojibake() throws Exception {
        assertTrue(folder.read("bom.txt").body().contains("café “quote”"));
        assertTrue(folder.read("utf16.txt").body().contains("café"));
        assertTrue(folder.read("cp1252.txt").body().contains("café – “quoted”"));
    }

    @Test
    void badInputsAreRejectedWithTheirReason() {
        assertEquals("empty file", assertThrows(ArticleRejectedException.class, () -> folder.read("empty.txt")).getMessage());
        assertEquals("binary content, not text",
                assertThrows(ArticleRejectedException.class, () -> folder.read("binary.txt")).getMessage());
        assertTrue(assertThrows(ArticleRejectedException.class, () -> folder.read("truncated.txt")).getMessage()
                .contains("no body text"));
        InputItem.Rejected csv = assertInstanceOf(InputItem.Rejected.class, folder.items("malformed.csv").get(0));
        assertTrue(csv.reason().contains("malformed CSV"), csv.reason());
        InputItem.Rejected json = assertInstanceOf(InputItem.Rejected.class, folder.items("truncated.json").get(0));
        assertTrue(json.reason().contains("not a JSON array") || json.reason().contains("malformed JSON"), json.reason());
    }

    @Test
    void overSizeFilesAreRejected() {
        CorpusFolder tiny = new CorpusFolder(dir, TextArticleParser.withDefaults(ZoneOffset.UTC), ZoneOffset.UTC, 10);
        assertTrue(assertThrows(ArticleRejectedException.class, () -> tiny.read("bom.txt")).getMessage()
                .contains("over the limit of 10"));
        assertTrue(assertInstanceOf(InputItem.Rejected.class, tiny.items("export.csv").get(0)).reason().contains("over the limit"));
    }
}
