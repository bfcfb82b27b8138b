package com.presstally.batch;

import com.presstally.corpus.CorpusFolder;
import com.presstally.corpus.InputFormats;
import com.presstally.corpus.TextArticleParser;
import com.presstally.domain.IsoWeek;
import com.presstally.domain.ProcessedArticle;
import com.presstally.extract.ExtractionEngine;
import com.presstally.extract.Lexicon;
import com.presstally.pipeline.ArticlePipeline;
import com.presstally.store.StoreRows;
import com.presstally.store.jdbc.Database;
import com.presstally.store.jdbc.WeekLoad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A week loaded into the store from backfill rows (what the Spark module writes as Parquet, built
 * here with the same pipeline and {@link StoreRows} without Spark) is reported like a week the job
 * read, and loading it again changes nothing.
 */
class BackfillLoadTest {
    private static final String WEEK = "2026-W47";
    private static final ArticlePipeline PIPELINE = new ArticlePipeline(new ExtractionEngine(new Lexicon(null)));

    /** The sample corpus with every file dated inside the week, so its broken upload belongs to the week too. */
    static Path inputInWeek(Path root) throws IOException {
        Path input = JobTestSupport.sampleInput(root);
        try (Stream<Path> files = Files.walk(input)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-18T10:00:00Z")));
            }
        }
        return input;
    }

    /** Each table's rows of the week's articles as the backfill would write them. */
    static Map<StoreRows.Table, List<Object[]>> backfillRows(Path input, String week) throws IOException {
        CorpusFolder folder = new CorpusFolder(input, TextArticleParser.withDefaults(ZoneOffset.UTC), ZoneOffset.UTC,
                CorpusFolder.DEFAULT_MAX_BYTES);
        InputFormats formats = new InputFormats(TextArticleParser.withDefaults(ZoneOffset.UTC), ZoneOffset.UTC,
                InputFormats.DEFAULT_MAX_BYTES, com.presstally.corpus.FieldMap.defaults());
        Map<StoreRows.Table, List<Object[]>> rows = new LinkedHashMap<>();
        rows.put(StoreRows.ARTICLES, new ArrayList<>());
        StoreRows.ITEM_TABLES.forEach(t -> rows.put(t, new ArrayList<>()));
        for (String id : folder.listIds()) {
            Path file = input.resolve(id);
            LocalDate day = Files.getLastModifiedTime(file).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            for (ProcessedArticle a : PIPELINE.processFile(formats, id, Files.readAllBytes(file), day)) {
                Object[] article = StoreRows.article(a, IsoWeek.of(day).toString(), ExtractionEngine.VERSION);
                if (week.equals(article[1])) {
                    rows.get(StoreRows.ARTICLES).add(article);
                    StoreRows.ITEM_TABLES.forEach(t -> rows.get(t).addAll(StoreRows.items(t, a, ExtractionEngine.VERSION)));
                }
            }
        }
        return rows;
    }

    static WeekLoad.Loaded load(Database db, String corpus, Map<StoreRows.Table, List<Object[]>> rows) {
        try (WeekLoad load = WeekLoad.begin(db, corpus, WEEK, "test rows")) {
            rows.forEach((table, list) -> list.forEach(row -> load.add(table, row)));
            return load.commit();
        }
    }

    static List<String> tableRows(Database db, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Object[] values = new Object[meta.getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getObject(i + 1);
                }
                rows.add(Arrays.toString(values));
            }
        }
        rows.sort(null);
        return rows;
    }

    static List<String> exports(Path week) throws IOException {
        try (Stream<Path> files = Files.list(week)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
    }

    @Test
    void backfilledWeekIsReportedLikeTheWeekTheJobRead(@TempDir Path root) throws Exception {
        Path input = inputInWeek(root);
        JobSettings read = JobTestSupport.settings(root.resolve("read"), WEEK, input, 3, 0);
        assertTrue(new JobRunner(read.database()).run(read).completed());

        JobSettings loaded = JobTestSupport.settings(root.resolve("loaded"), WEEK, input, 3, 0);
        WeekLoad.Loaded result = load(loaded.database(), loaded.corpus(), backfillRows(input, WEEK));
        assertEquals(7, result.articles(), "six articles of the week and the broken upload");
        assertTrue(result.statements() > 20);
        // the input folder is not read for a loaded week: emptied, the report must still hold every row
        try (Stream<Path> files = Files.walk(input)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        }
        assertTrue(new JobRunner(loaded.database()).run(loaded).completed());

        Path readWeek = root.resolve("read/reports").resolve(WEEK);
        Path loadedWeek = root.resolve("loaded/reports").resolve(WEEK);
        List<String> names = exports(readWeek);
        assertEquals(List.of("actors.csv", "articles.csv", "casualties.csv", "reactions.csv", "statements.csv",
                "tolls.csv", "trends.csv"), names);
        assertEquals(names, exports(loadedWeek));
        for (String name : names) {
            assertEquals(JobTestSupport.sortedLines(readWeek.resolve(name)), JobTestSupport.sortedLines(loadedWeek.resolve(name)),
                    name);
        }
        assertTrue(Files.size(loadedWeek.resolve("press-tally-" + WEEK + ".xlsx")) > 10_000);
    }

    @Test
    void loadingTheSameWeekTwiceLeavesTheSameRows(@TempDir Path root) throws Exception {
        Path input = inputInWeek(root);
        JobSettings settings = JobTestSupport.settings(root, WEEK, input, 3, 0);
        Map<StoreRows.Table, List<Object[]>> rows = backfillRows(input, WEEK);
        load(settings.database(), settings.corpus(), rows);
        Map<String, List<String>> first = new LinkedHashMap<>();
        for (String table : List.of("pt_article", "pt_statement", "pt_casualty", "pt_reaction")) {
            first.put(table, tableRows(settings.database(), table));
        }
        assertFalse(first.get("pt_statement").isEmpty());

        load(settings.database(), settings.corpus(), rows);

        for (String table : first.keySet()) {
            assertEquals(first.get(table), tableRows(settings.database(), table), table);
        }
    }

    @Test
    void aReloadDropsItemsTheArticlesNoLongerHave(@TempDir Path root) throws Exception {
        Path input = inputInWeek(root);
        JobSettings settings = JobTestSupport.settings(root, WEEK, input, 3, 0);
        Map<StoreRows.Table, List<Object[]>> rows = backfillRows(input, WEEK);
        load(settings.database(), settings.corpus(), rows);
        int before = tableRows(settings.database(), "pt_statement").size();

        List<Object[]> statements = rows.get(StoreRows.STATEMENTS);
        statements.remove(statements.size() - 1);
        load(settings.database(), settings.corpus(), rows);

        assertEquals(before - 1, tableRows(settings.database(), "pt_statement").size());
    }

    @Test
    void rereadInputHandsALoadedWeekBackToTheJob(@TempDir Path root) throws Exception {
        Path input = inputInWeek(root);
        JobSettings settings = JobTestSupport.settings(root, WEEK, input, 3, 0);
        Map<StoreRows.Table, List<Object[]>> rows = backfillRows(input, WEEK);
        List<Object[]> statements = rows.get(StoreRows.STATEMENTS);
        statements.remove(statements.size() - 1);
        load(settings.database(), settings.corpus(), rows);
        String[] run = {"run", "--week", WEEK, "--input", input.toString(), "--reports", root.resolve("reports").toString(),
                "--db", settings.database().url(), "-q"};
        assertEquals(0, cli(run));
        int loaded = JobTestSupport.csv(root.resolve("reports").resolve(WEEK).resolve("statements.csv")).size();
        assertEquals(statements.size(), loaded, "a loaded week is reported from its loaded rows");

        String[] reread = Arrays.copyOf(run, run.length + 1);
        reread[run.length] = "--reread-input";
        assertEquals(0, cli(reread));

        assertEquals(loaded + 1, JobTestSupport.csv(root.resolve("reports").resolve(WEEK).resolve("statements.csv")).size());
        assertEquals(List.of(), tableRows(settings.database(), "pt_loaded_week"));
    }

    private static int cli(String... args) {
        picocli.CommandLine cl = com.presstally.cli.PressTallyCommand.commandLine();
        cl.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
        return cl.execute(args);
    }

    @Test
    void aLoadHoldingAnotherWeeksArticleIsRefusedAndWritesNothing(@TempDir Path root) throws Exception {
        Path input = inputInWeek(root);
        JobSettings settings = JobTestSupport.settings(root, WEEK, input, 3, 0);
        Map<StoreRows.Table, List<Object[]>> rows = backfillRows(input, WEEK);
        Object[] stray = rows.get(StoreRows.ARTICLES).get(0).clone();
        stray[0] = "elsewhere.txt";
        stray[1] = "2026-W46";
        rows.get(StoreRows.ARTICLES).add(stray);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> load(settings.database(), settings.corpus(), rows));

        assertTrue(e.getMessage().contains("2026-W46"), e.getMessage());
        assertEquals(List.of(), tableRows(settings.database(), "pt_article"));
        assertEquals(List.of(), tableRows(settings.database(), "pt_loaded_week"));
    }

    @Test
    void runOfAllWeeksKeepsALoadedWeeksRows(@TempDir Path root) throws Exception {
        Path input = inputInWeek(root);
        JobSettings week = JobTestSupport.settings(root, WEEK, input, 3, 0);
        load(week.database(), week.corpus(), backfillRows(input, WEEK));
        List<String> loaded = statementsOfWeek(week.database(), WEEK);
        assertFalse(loaded.isEmpty());

        JobSettings all = JobTestSupport.settings(root, "all", input, 3, 0);
        assertTrue(new JobRunner(all.database()).run(all).completed());

        assertEquals(loaded, statementsOfWeek(week.database(), WEEK), "the loaded week's rows are the load's");
        assertFalse(statementsOfWeek(week.database(), "2026-W46").isEmpty(), "the other weeks were read from input");
    }

    private static List<String> statementsOfWeek(Database db, String week) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT s.item_id, s.content, "
                + "1 FROM pt_statement s JOIN pt_article a ON a.corpus = s.corpus AND a.article_id = s.article_id "
                + "WHERE a.iso_week = '" + week + "'")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        rows.sort(null);
        return rows;
    }
}
