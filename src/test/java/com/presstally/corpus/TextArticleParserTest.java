package com.presstally.corpus;

import com.presstally.domain.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextArticleParserTest {
    private final TextArticleParser parser = TextArticleParser.withDefaults(ZoneOffset.UTC);

    @Test
    void headerBlockGivesTitleDateOutletAndUrl() throws Exception {
        Article a = parser.parse("a.txt", "title: Talks stall\ndate: 2026-11-11\noutlet: Harbor Times\nurl: unknown\n\n"
                + "First paragraph.\n\nSecond\nparagraph, wrapped.\n", null);
        assertEquals("Talks stall", a.title());
        assertEquals(LocalDate.of(2026, 11, 11), a.published());
        assertEquals("Harbor Times", a.outlet());
        assertEquals("", a.url(), "'unknown' means no url");
        assertEquals(List.of("First paragraph.", "Second paragraph, wrapped."), a.paragraphs());
    }

    @Test
    void wireDatelineIsNotPartOfTheStory() throws Exception {
        Article a = parser.parse("a.txt", "title: T\n\nPORT SELIN, Valdoria (Meridian Wire) — A strike hit the port on Monday.\n\n"
                + "KYIV is not a dateline here, nor a - dash.\n", null);
        assertEquals("A strike hit the port on Monday.", a.paragraphs().get(0));
        assertEquals("KYIV is not a dateline here, nor a - dash.", a.paragraphs().get(1));
    }

    @Test
    void unknownTitleInHeaderKeepsTheFirstParagraphAsBody() throws Exception {
        Article a = parser.parse("a.txt", "title: unknown\ndate: 2026-11-11\n\nFirst paragraph.\n\nSecond.\n", null);
        assertEquals("", a.title());
        assertEquals(List.of("First paragraph.", "Second."), a.paragraphs());
    }

    @Test
    void scrapedPageWithoutHeaderDropsBylineReadTimeOutletAndShareLine() throws Exception {
        String text = new String(getClass().getResourceAsStream("/fixtures/scraped-page.txt").readAllBytes(),
                StandardCharsets.UTF_8);
        Article a = parser.parse("scraped.txt", text, LocalDate.of(2026, 11, 1));
        assertEquals("Harbour Fire Leaves City Without Ferries", a.title());
        assertEquals(2, a.paragraphs().size(), a.paragraphs().toString());
        assertTrue(a.paragraphs().get(0).startsWith("A fire at the ferry terminal"));
        assertEquals(LocalDate.of(2026, 11, 1), a.published(), "no date in the file: the fallback is used");
    }

    @Test
    void emptyFileIsRejectedWithReason(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        CorpusFolder folder = new CorpusFolder(dir, parser, ZoneOffset.UTC, CorpusFolder.DEFAULT_MAX_BYTES);
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> folder.read("empty.txt"));
        assertEquals("empty file", e.getMessage());
    }

    @Test
    void binaryFileIsRejectedWithReason(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        CorpusFolder folder = new CorpusFolder(dir, parser, ZoneOffset.UTC, CorpusFolder.DEFAULT_MAX_BYTES);
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> folder.read("photo.txt"));
        assertEquals("binary content, not text", e.getMessage());
    }

    @Test
    void windows1252TextIsDecodedWithoutMojibake() throws Exception {
        byte[] bytes = "title: Caf\u00e9\n\nHe said \u201cno\u201d.\n".getBytes("windows-1252");
        Article a = parser.parse("w.txt", TextDecoder.decode("w.txt", bytes), null);
        assertEquals("Caf\u00e9", a.title());
        assertEquals("He said \u201cno\u201d.", a.paragraphs().get(0));
    }

    @Test
    void utf8TextHoldingAReplacementCharacterStaysUtf8() throws Exception {
        // a scraper that met a bad byte upstream writes U+FFFD itself: the file is still valid UTF-8
        byte[] bytes = "Caf\u00e9 \ufffd \u201cno\u201d".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("Caf\u00e9 \ufffd \u201cno\u201d", TextDecoder.decode("r.txt", bytes));
    }

    @Test
    void malformedUtf8FallsBackToWindows1252WholeFile() throws Exception {
        // one stray 0x93 (a Windows-1252 curly quote) makes the whole file Windows-1252, é included
        byte[] bytes = "Caf\u00e9 said \u201cno".getBytes("windows-1252");
        assertEquals("Caf\u00e9 said \u201cno", TextDecoder.decode("m.txt", bytes));
    }

    @Test
    void readmeAndHiddenFilesAreNotArticlesAndIdsAreRelativePaths(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("2026-11-24"));
        Files.writeString(dir.resolve("2026-11-24/kyiv.txt"), "Title\n\nBody text here.");
        Files.writeString(dir.resolve("README.md"), "notes");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        CorpusFolder folder = new CorpusFolder(dir, parser, ZoneOffset.UTC, CorpusFolder.DEFAULT_MAX_BYTES);
        assertEquals(List.of("2026-11-24/kyiv.txt"), folder.listIds());
    }

    @Test
    void joiningTheLinesOfAParagraphEqualsTheRegexDefinition() {
        for (String block : java.util.List.of("", "one line", "two\nlines", "wrapped  \n  with spaces", "tab\t\n\tand cr\r\n",
                "keeps  double  spaces", "\n\nleading and trailing\n", "a \u000B\n\f b", "no\u00A0\nbreak space")) {
            assertEquals(block.replaceAll("\\s*\\n\\s*", " "), TextArticleParser.joinLines(block), block);
        }
    }

    @Test
    void lineEndsNoBreakSpacesAndByteOrderMarkNormaliseAsReplaceDefinesThem() {
        for (String text : java.util.List.of("", "plain", "\uFEFFtitle\n\nbody", "dos\r\nlines\r\n", "old mac\rlines\r",
                "mixed\r\r\n\n\r", "no\u00A0break\u00A0space", "“curly” \u00A0\r\n", "\uFEFF", "\r", "end\r")) {
            String expected = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
            if (expected.startsWith("\uFEFF")) {
                expected = expected.substring(1);
            }
            assertEquals(expected, TextArticleParser.normalise(text), text);
        }
    }

    @Test
    void aHeaderBlockIsReadLineByLineAsSplittingTheTextDefinesIt() {
        for (String text : java.util.List.of("", "\n", "\n\n", "title: A", "title: A\n", "title: A\n\nbody", "Title: A\nDate: 2026-11-20\n\nbody\n\nmore\n",
                "\n \t\ntitle: A\nsource: Wire\n \nbody", "Not a header\nline", "title: A\nnot a header line\n\nbody",
                "title: A\ndate: 2026-11-20", "title: A\ndate: 2026-11-20\n", "   \n\t", "url: https://x.test/a\n\n\n")) {
            java.util.Map<String, String> expectedHeader = new java.util.HashMap<>();
            String expectedRest = splitAndJoin(text, expectedHeader);
            java.util.Map<String, String> header = new java.util.HashMap<>();
            assertEquals(expectedRest, TextArticleParser.readHeader(text, header), text);
            assertEquals(expectedHeader, header, text);
        }
    }

    /** The header reading as first written: every line split off, the rest joined again. */
    private static String splitAndJoin(String text, java.util.Map<String, String> header) {
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        int start = i;
        java.util.Map<String, String> found = new java.util.HashMap<>();
        for (; i < lines.length && !lines[i].isBlank(); i++) {
            java.util.regex.Matcher m = TextArticleParser.HEADER_LINE.matcher(lines[i].strip());
            if (!m.matches() || !TextArticleParser.HEADER_KEYS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
                return text;
            }
            found.put(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2).strip());
        }
        if (i == start) {
            return text;
        }
        header.putAll(found);
        return String.join("\n", java.util.Arrays.asList(lines).subList(i, lines.length));
    }

    /** A blank line as the parser first defined it, with a regular expression. */
    private static final java.util.regex.Pattern BLANK_LINE = java.util.regex.Pattern.compile("\\n[ \\t\\u00A0]*\\n");

    @Test
    void blocksAreThePiecesBetweenBlankLinesAsTheRegexSplitsThem() {
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("", "one", "\n", "\n\n", "a\n\nb",
                "a\n \t\u00A0\nb", "a\n x\nb", "\n\n\na\n\n\n\nb\n\n", "a\n\u00A0\n\n \nb", " lead\n\n trail \n"));
        java.util.Random random = new java.util.Random(5);
        String alphabet = "ab \t\n\u00A0\u201C.";
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
        }
        for (String text : texts) {
            java.util.List<String> expected = new java.util.ArrayList<>();
            for (String block : BLANK_LINE.split(text)) {
                if (!block.strip().isEmpty()) {
                    expected.add(block.strip());
                }
            }
            assertEquals(expected, TextArticleParser.blocks(text), text);
        }
    }
}
