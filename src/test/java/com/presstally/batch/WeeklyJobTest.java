package com.presstally.batch;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the real batch job on temporary folders and an H2 file database, then reads what it published. */
class WeeklyJobTest {
    private static final DataFormatter FORMAT = new DataFormatter();

    @Test
    void weekRunPublishesWorkbookChartsAndExports(@TempDir Path root) throws Exception {
        Path input = JobTestSupport.sampleInput(root);
        Files.copy(SeedPaths.SEED, input.resolve("2026-11-18/vladimir-stop.txt"));
        Files.write(input.resolve("2026-11-18/scan.txt"), new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0});
        // the seed has no date: give it one inside the week through its file time
        Files.setLastModifiedTime(input.resolve("2026-11-18/vladimir-stop.txt"),
                java.nio.file.attribute.FileTime.fromMillis(java.time.Instant.parse("2026-11-18T10:00:00Z").toEpochMilli()));
        JobSettings settings = JobTestSupport.settings(root, "2026-W47", input, 3, 0);

        JobRunner.Outcome outcome = new JobRunner(settings.database()).run(settings);

        assertTrue(outcome.completed(), outcome.toString());
        Path week = root.resolve("reports/2026-W47");
        Path workbook = week.resolve("press-tally-2026-W47.xlsx");
        assertTrue(Files.size(week.resolve("charts/statements-per-actor.png")) > 1000);
        assertTrue(Files.size(week.resolve("charts/reactions-by-stance.png")) > 1000);
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Summary", "Statements", "Actors", "Casualties", "Tolls", "Reactions", "Articles", "Trends"),
                    names);
            Sheet statements = wb.getSheet("Statements");
            int trumpQuotes = 0;
            for (Row row : statements) {
                if (row.getRowNum() > 0 && cell(row, 2).equals("Donald Trump") && cell(row, 4).equals("direct")
                        && cell(row, 6).startsWith("I am not happy with the Russian strikes")) {
                    trumpQuotes++;
                }
            }
            assertEquals(1, trumpQuotes, "Trump's Truth Social quote is on the Statements sheet");
            assertEquals(1, ((XSSFSheet) statements).getPaneInformation().getHorizontalSplitPosition());
            XSSFTable table = ((XSSFSheet) statements).getTables().get(0);
            assertEquals("A1", table.getStartCellReference().formatAsString());
            assertEquals(statements.getLastRowNum(), table.getEndCellReference().getRow(), "the table covers every row");
            assertEquals("article_id", table.getColumns().get(0).getName());
            assertTrue(table.getCTTable().isSetAutoFilter(), "filters are on");
            XSSFDrawing summaryDrawing = ((XSSFSheet) wb.getSheet("Summary")).getDrawingPatriarch();
            assertEquals(1, summaryDrawing.getCharts().size(), "a native chart an analyst can restyle");
            assertTrue(summaryDrawing.getShapes().size() >= 3, "the native chart and two pictures");
            for (String sheet : List.of("Actors", "Tolls", "Reactions", "Trends")) {
                assertFalse(((XSSFSheet) wb.getSheet(sheet)).getDrawingPatriarch().getShapes().isEmpty(),
                        sheet + " has its chart beside its table");
            }

            Sheet articles = wb.getSheet("Articles");
            assertEquals(1 + 9, articles.getPhysicalNumberOfRows(), "header, 6 sample articles of the week, the empty upload, the seed, the scan");
            boolean scanRejected = false;
            for (Row row : articles) {
                if (cell(row, 0).equals("2026-11-18/scan.txt")) {
                    scanRejected = cell(row, 4).equals("rejected: binary content, not text");
                }
            }
            assertTrue(scanRejected, "the binary file is listed with its reason");
            assertEquals(wb.getSheet("Statements").getLastRowNum(),
                    JobTestSupport.csv(week.resolve("statements.csv")).size(), "sheet and CSV hold the same rows");
        }

        assertEquals(List.of("article_id", "speaker", "actor", "actor_type", "kind", "cue", "content"),
                JobTestSupport.header(week.resolve("statements.csv")).subList(0, 7));
        assertEquals(List.of("article_id", "count_low", "count_high", "qualifier", "outcome", "victim_group", "period",
                "location", "claimant", "evidence"), JobTestSupport.header(week.resolve("casualties.csv")).subList(0, 10));
        assertEquals(List.of("article_id", "actor", "actor_type", "stance", "evidence"),
                JobTestSupport.header(week.resolve("reactions.csv")).subList(0, 5));
        assertEquals(List.of("article_id", "title", "outlet", "published", "status"),
                JobTestSupport.header(week.resolve("articles.csv")).subList(0, 5));
        List<CSVRecord> casualties = JobTestSupport.csv(week.resolve("casualties.csv"));
        assertTrue(casualties.stream().anyMatch(r -> r.get("article_id").equals("2026-11-16/school-shelling.txt")
                && r.get("count_low").equals("9") && r.get("victim_group").equals("children")
                && r.get("outcome").equals("killed")));
        List<CSVRecord> articleRows = JobTestSupport.csv(week.resolve("articles.csv"));
        assertTrue(articleRows.stream().noneMatch(r -> !r.get("published").isEmpty() &&
                r.get("published").compareTo("2026-11-16") < 0), "articles of the week before are not in this week");
        assertTrue(articleRows.stream().anyMatch(r -> r.get("status").equals("rejected: empty file")));
    }

    @Test
    void rerunningAWeekReplacesItsReportAndNeverDoubleCounts(@TempDir Path root) throws Exception {
        Path input = JobTestSupport.sampleInput(root);
        JobSettings settings = JobTestSupport.settings(root, "2026-W46", input, 2, 0);
        JobRunner runner = new JobRunner(settings.database());
        assertTrue(runner.run(settings).completed());
        Path statements = root.resolve("reports/2026-W46/statements.csv");
        List<String> first = JobTestSupport.sortedLines(statements);
        assertTrue(first.size() > 5);
        assertTrue(runner.run(settings).completed());
        assertEquals(first, JobTestSupport.sortedLines(statements));
        try (var files = Files.list(root.resolve("reports"))) {
            assertEquals(List.of("2026-W46"), files.map(p -> p.getFileName().toString()).toList(),
                    "no staging or old folders are left behind");
        }
    }

    @Test
    void copiesOfAStoryAreCountedOnce(@TempDir Path root) throws Exception {
        JobSettings settings = sampleWeekWithACopy(root);
        Path week = root.resolve("reports/2026-W47");
        List<CSVRecord> articles = JobTestSupport.csv(week.resolve("articles.csv"));
        // ids decide which copy counts, so the result does not depend on chunking or restarts
        assertEquals("ok", status(articles, "2026-11-19/market-strike-copy.txt"));
        assertEquals("duplicate", status(articles, "2026-11-19/market-strike.txt"));
        List<CSVRecord> statements = JobTestSupport.csv(week.resolve("statements.csv"));
        assertTrue(statements.stream().anyMatch(r -> r.get("article_id").equals("2026-11-19/market-strike-copy.txt")));
        assertTrue(statements.stream().noneMatch(r -> r.get("article_id").equals("2026-11-19/market-strike.txt")));

        // the report shows each story's copies on its original, in the CSV and the Articles sheet
        Map<String, String> copies = new HashMap<>();
        articles.forEach(r -> copies.put(r.get("article_id"), r.get("copies") + " " + r.get("copy_of")));
        assertEquals("1 ", copies.get("2026-11-19/market-strike-copy.txt"));
        assertEquals("0 2026-11-19/market-strike-copy.txt", copies.get("2026-11-19/market-strike.txt"));
        assertEquals(1, copies.values().stream().filter(c -> !c.startsWith("0 ")).count(), copies.toString());
        try (InputStream in = Files.newInputStream(week.resolve("press-tally-2026-W47.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Articles");
            int id = columnOf(sheet, "article_id");
            int count = columnOf(sheet, "copies");
            Map<String, Double> inSheet = new HashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                inSheet.put(sheet.getRow(r).getCell(id).getStringCellValue(), sheet.getRow(r).getCell(count).getNumericCellValue());
            }
            assertEquals(articles.size(), inSheet.size());
            assertEquals(1.0, inSheet.get("2026-11-19/market-strike-copy.txt"));
            assertEquals(0.0, inSheet.get("2026-11-19/market-strike.txt"));
        }
    }

    private static String status(List<CSVRecord> articles, String id) {
        return articles.stream().filter(r -> r.get("article_id").equals(id)).map(r -> r.get("status"))
                .findFirst().orElse("missing");
    }

    @Test
    void weekOverWeekChangeAndTrendsReadTheStore(@TempDir Path root) throws Exception {
        Path input = JobTestSupport.sampleInput(root);
        JobRunner runner = new JobRunner(JobTestSupport.settings(root, "2026-W46", input, 50, 0).database());
        assertTrue(runner.run(JobTestSupport.settings(root, "2026-W46", input, 50, 0)).completed());
        assertTrue(runner.run(JobTestSupport.settings(root, "2026-W47", input, 50, 0)).completed());
        Path week = root.resolve("reports/2026-W47");
        List<CSVRecord> before = JobTestSupport.csv(root.resolve("reports/2026-W46/actors.csv"));
        List<CSVRecord> after = JobTestSupport.csv(week.resolve("actors.csv"));
        CSVRecord halenBefore = before.stream().filter(r -> r.get("actor").equals("Teodor Halen")).findFirst().orElseThrow();
        CSVRecord halenAfter = after.stream().filter(r -> r.get("actor").equals("Teodor Halen")).findFirst().orElseThrow();
        int expected = Integer.parseInt(halenAfter.get("statements")) - Integer.parseInt(halenBefore.get("statements"));
        assertEquals(String.valueOf(expected), halenAfter.get("statements_change"));
        try (InputStream in = Files.newInputStream(week.resolve("press-tally-2026-W47.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet actors = wb.getSheet("Actors");
            int changeColumn = columnOf(actors, "statements_change");
            Row halen = rowOf(actors, "Teodor Halen");
            assertEquals(expected, (int) halen.getCell(changeColumn).getNumericCellValue(), "a number, not text");
            Row statementsRow = rowOf(wb.getSheet("Summary"), "Statements");
            int w47 = (int) statementsRow.getCell(1).getNumericCellValue();
            int w46 = (int) statementsRow.getCell(2).getNumericCellValue();
            assertEquals(w47 - w46, (int) statementsRow.getCell(3).getNumericCellValue(), "the Summary's week-over-week change");
            assertEquals(JobTestSupport.csv(root.resolve("reports/2026-W46/statements.csv")).size(), w46);
            Sheet trends = wb.getSheet("Trends");
            assertEquals("2026-W46", cell(trends.getRow(1), 0));
            assertEquals("2026-W47", cell(trends.getRow(2), 0));
            assertEquals(6, (int) trends.getRow(2).getCell(columnOf(trends, "counted")).getNumericCellValue());
            Row first = wb.getSheet("Statements").getRow(1);
            int url = columnOf(wb.getSheet("Statements"), "url");
            assertTrue(first.getCell(url).getHyperlink().getAddress().startsWith("https://example.org/"), "links work");
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC,
                    first.getCell(columnOf(wb.getSheet("Statements"), "published")).getCellType(), "dates are dates");
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText(@TempDir Path root) throws Exception {
        Path input = root.resolve("input");
        Files.createDirectories(input);
        Files.writeString(input.resolve("injection.txt"), "title: Test\ndate: 2026-11-17\n\n"
                + "“=HYPERLINK(\"http://evil.example\",\"click\") is what they sent us,” Mayor Ana Dolan said.\n");
        JobSettings settings = JobTestSupport.settings(root, "2026-W47", input, 50, 0);
        assertTrue(new JobRunner(settings.database()).run(settings).completed());
        Path week = root.resolve("reports/2026-W47");
        try (InputStream in = Files.newInputStream(week.resolve("press-tally-2026-W47.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet statements = wb.getSheet("Statements");
            var content = statements.getRow(1).getCell(columnOf(statements, "content"));
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, content.getCellType());
            assertTrue(content.getStringCellValue().startsWith("=HYPERLINK("));
        }
        String csv = Files.readString(week.resolve("statements.csv"));
        assertTrue(csv.contains(",\"'=HYPERLINK("), "the CSV cell is neutralised: " + csv);
    }

    @Test
    void mixedFormatsThroughTheJobAndARestartInsideACsvFile(@TempDir Path root) throws Exception {
        Path input = root.resolve("input");
        Files.createDirectories(input);
        for (String name : List.of("page.html", "export.csv", "api.jsonl", "api.json", "binary.txt")) {
            try (InputStream in = getClass().getResourceAsStream("/formats/" + name)) {
                Files.copy(in, input.resolve(name));
            }
        }
        String mapping = "body=story_text,title=headline,date=pub_date";
        JobSettings clean = with(JobTestSupport.settings(root.resolve("clean"), "2026-W47", input, 1, 0), JobSettings.FIELDS, mapping);
        assertTrue(new JobRunner(clean.database()).run(clean).completed());
        Path week = root.resolve("clean/reports/2026-W47");
        List<CSVRecord> articles = JobTestSupport.csv(week.resolve("articles.csv"));
        assertEquals("ok", status(articles, "page.html"));
        assertEquals("ok", status(articles, "export.csv#a1"));
        assertTrue(status(articles, "export.csv#a2").startsWith("rejected: export.csv row 2"), status(articles, "export.csv#a2"));
        assertTrue(status(articles, "api.jsonl#2").startsWith("rejected: line 2 is not JSON"));
        assertEquals("ok", status(articles, "api.json#1"));
        assertEquals("rejected: binary content, not text", status(articles, "binary.txt"));
        List<CSVRecord> statements = JobTestSupport.csv(week.resolve("statements.csv"));
        assertTrue(statements.stream().anyMatch(r -> r.get("article_id").equals("page.html") && r.get("actor").equals("Lena Brandt")));
        assertTrue(statements.stream().anyMatch(r -> r.get("article_id").equals("export.csv#a1") && r.get("actor").equals("Jonas Vale")));

        // a fault after two items (inside export.csv, chunk size 1) and a restart give the same exports
        JobSettings faulty = with(JobTestSupport.settings(root.resolve("faulty"), "2026-W47", input, 1, 3), JobSettings.FIELDS, mapping);
        JobRunner runner = new JobRunner(faulty.database());
        JobRunner.Outcome failed = runner.run(faulty);
        assertEquals(jakarta.batch.runtime.BatchStatus.FAILED, failed.status());
        java.util.Properties override = new java.util.Properties();
        override.setProperty(JobSettings.FAIL_AFTER, "0");
        assertTrue(runner.restart(failed.executionId(), override).completed());
        for (String export : List.of("statements.csv", "casualties.csv", "reactions.csv", "articles.csv")) {
            assertEquals(JobTestSupport.sortedLines(week.resolve(export)),
                    JobTestSupport.sortedLines(root.resolve("faulty/reports/2026-W47").resolve(export)), export);
        }
    }

    @Test
    void partitionedRunEqualsTheSingleThreadedRunAndRestartsPerPartition(@TempDir Path root) throws Exception {
        Path input = JobTestSupport.sampleInput(root);
        JobSettings single = JobTestSupport.settings(root.resolve("one"), "all", input, 2, 0);
        assertTrue(new JobRunner(single.database()).run(single).completed());
        JobSettings three = with(JobTestSupport.settings(root.resolve("three"), "all", input, 2, 3), JobSettings.PARTITIONS, "3");
        JobRunner runner = new JobRunner(three.database());
        JobRunner.Outcome failed = runner.run(three);
        assertEquals(jakarta.batch.runtime.BatchStatus.FAILED, failed.status(), "each partition fails after 3 articles");
        java.util.Properties override = new java.util.Properties();
        override.setProperty(JobSettings.FAIL_AFTER, "0");
        assertTrue(runner.restart(failed.executionId(), override).completed());
        for (String export : List.of("statements.csv", "casualties.csv", "reactions.csv", "articles.csv", "tolls.csv")) {
            assertEquals(JobTestSupport.sortedLines(root.resolve("one/reports/all").resolve(export)),
                    JobTestSupport.sortedLines(root.resolve("three/reports/all").resolve(export)), export);
        }
    }

    @Test
    void detailSheetsStopAtTheRowLimitWhileTheCsvHoldsEveryRow(@TempDir Path root) throws Exception {
        Path input = JobTestSupport.sampleInput(root);
        JobSettings settings = with(JobTestSupport.settings(root, "2026-W47", input, 3, 0), JobSettings.SHEET_ROWS, "5");
        assertTrue(new JobRunner(settings.database()).run(settings).completed());
        Path week = root.resolve("reports/2026-W47");
        int statements = JobTestSupport.csv(week.resolve("statements.csv")).size();
        assertTrue(statements > 5, "the sample week has more statements than the limit: " + statements);
        try (InputStream in = Files.newInputStream(week.resolve("press-tally-2026-W47.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Statements");
            assertEquals("P6", sheet.getTables().get(0).getEndCellReference().formatAsString(), "header and five rows");
            String note = "Statements sheet shows the first 5 of " + statements + " rows; statements.csv beside this workbook holds them all.";
            assertEquals(note, cell(sheet.getRow(6), 0));
            boolean onSummary = false;
            for (Row row : wb.getSheet("Summary")) {
                onSummary |= cell(row, 0).equals(note);
            }
            assertTrue(onSummary, "the Summary says which sheets were cut");
            int trendRows = JobTestSupport.csv(week.resolve("trends.csv")).size();
            assertEquals(trendRows, wb.getSheet("Trends").getTables().get(0).getEndCellReference().getRow(),
                    "a table under the limit is whole");
        }
    }

    @Test
    void databaseTallyEqualsTheTallyOfTheLoadedArticles(@TempDir Path root) throws Exception {
        JobSettings settings = sampleWeekWithACopy(root);
        var store = new com.presstally.store.jdbc.JdbcExtractionStore(settings.database());
        var articles = store.load(settings.corpus(), settings.scope());
        var counted = articles.stream().filter(a -> a.status() == com.presstally.domain.ArticleStatus.OK).toList();
        assertEquals(com.presstally.report.Tally.of(counted), store.computeTally(settings.corpus(), settings.scope()));
        var expected = com.presstally.report.Trends.of("2026-W47", articles);
        var actual = store.computeWeekFigures(settings.corpus(), settings.scope());
        assertEquals(List.of(expected.articles(), expected.counted(), expected.duplicates(), expected.rejected(),
                        expected.statements(), expected.casualties(), expected.reactions()),
                List.of(actual.articles(), actual.counted(), actual.duplicates(), actual.rejected(), actual.statements(),
                        actual.casualties(), actual.reactions()));
        assertEquals(1, actual.duplicates());
        var walked = store.computeWeek(settings.corpus(), settings.scope());
        assertEquals(store.computeTally(settings.corpus(), settings.scope()), walked.actors());
        assertEquals(actual, walked.figures());
        // the report step counts the week in its walk of the articles and stores that tally
        var count = new com.presstally.domain.WeekCount();
        articles.forEach(count::add);
        assertEquals(new java.util.HashSet<>(walked.actors()), new java.util.HashSet<>(count.actors()));
        var countedFigures = count.figures("2026-W47");
        assertEquals(List.of(actual.articles(), actual.counted(), actual.duplicates(), actual.rejected(), actual.statements(),
                        actual.casualties(), actual.reactions()),
                List.of(countedFigures.articles(), countedFigures.counted(), countedFigures.duplicates(),
                        countedFigures.rejected(), countedFigures.statements(), countedFigures.casualties(),
                        countedFigures.reactions()));
        assertEquals(count.actors(), store.tally(settings.corpus(), settings.scope()), "the tally the report step stored");
        assertEquals(List.of(countedFigures), store.weekFigures(settings.corpus(), List.of(settings.scope())));
        var fromStore = com.presstally.report.CasualtyTolls.of(visitor -> store.forEachCountedClaim(settings.corpus(),
                settings.scope(), (claim, article) -> visitor.accept(new com.presstally.report.CasualtyTolls.Source(claim, article))));
        var inMemory = com.presstally.report.CasualtyTolls.of(counted);
        assertFalse(inMemory.isEmpty(), "the sample week has casualty tolls");
        assertEquals(inMemory.stream().map(com.presstally.report.CasualtyTolls::describe).toList(),
                fromStore.stream().map(com.presstally.report.CasualtyTolls::describe).toList(),
                "tolls streamed from the store equal the tolls of the loaded articles");
    }

    /** Runs 2026-W47 of the sample corpus with a copy of one of its stories added. */
    private static JobSettings sampleWeekWithACopy(Path root) throws Exception {
        Path input = JobTestSupport.sampleInput(root);
        Files.copy(input.resolve("2026-11-19/market-strike.txt"), input.resolve("2026-11-19/market-strike-copy.txt"));
        JobSettings settings = JobTestSupport.settings(root, "2026-W47", input, 50, 0);
        assertTrue(new JobRunner(settings.database()).run(settings).completed());
        return settings;
    }

    /** The same settings with one job parameter changed, read back the way the job reads them. */
    private static JobSettings with(JobSettings s, String parameter, String value) {
        java.util.Properties p = s.toParameters();
        p.setProperty(parameter, value);
        return JobSettings.from(p).withDatabase(s.database());
    }

    private static int columnOf(Sheet sheet, String name) {
        for (var c : sheet.getRow(0)) {
            if (c.getStringCellValue().equals(name)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static Row rowOf(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            if (cell(row, 0).equals(firstCell)) {
                return row;
            }
        }
        throw new AssertionError("no row " + firstCell);
    }

    private static String cell(Row row, int column) {
        return row.getCell(column) == null ? "" : FORMAT.formatCellValue(row.getCell(column));
    }
}
