package com.presstally.batch;

import com.presstally.corpus.CorpusFolder;
import com.presstally.corpus.FieldMap;
import com.presstally.domain.IsoWeek;
import com.presstally.domain.ReportScope;
import com.presstally.store.jdbc.Database;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Properties;

/**
 * Every user-facing setting of the weekly job, read from its job parameters with the defaults the
 * job XML gives. Validated on creation, so a bad value stops the run before any work with a message
 * that names the parameter.
 */
public record JobSettings(ReportScope scope, Path input, Path reports, Database database, int chunkSize,
                          Path lexicon, ZoneId zone, long maxBytes, int failAfterArticles, String progress,
                          FieldMap fields, int partitions, int sheetRows) {
    public static final String WEEK = "week";
    public static final String INPUT = "input";
    public static final String REPORTS = "reports";
    public static final String DB_URL = "dbUrl";
    public static final String CHUNK_SIZE = "chunkSize";
    public static final String LEXICON = "lexicon";
    public static final String TIME_ZONE = "timeZone";
    public static final String MAX_BYTES = "maxArticleBytes";
    /** Which CSV column or JSON field holds which part of an article: {@code body=story_text,date=pub_date}. */
    public static final String FIELDS = "fields";
    /** Slices of the input the extraction step reads, extracts and writes in parallel. */
    public static final String PARTITIONS = ArticlePartitionMapper.PARTITIONS;
    /** How the extraction step reports progress: bar, lines or off. */
    public static final String PROGRESS = ProgressListener.PARAMETER;
    /** The most data rows a workbook sheet holds; the CSV beside it always holds every row. */
    public static final String SHEET_ROWS = "sheetRows";
    /** Test hook: fail the extraction step after writing this many articles (0: never). */
    public static final String FAIL_AFTER = "failAfterArticles";

    /**
     * Detail sheets stop here by default: a sheet of a few hundred thousand rows is already slow to
     * open in Excel, and a 100k-article week has over a million statements. The CSV holds them all.
     */
    public static final int DEFAULT_SHEET_ROWS = 100_000;
    public static final int MAX_SHEET_ROWS = com.presstally.report.WorkbookWriter.MAX_DATA_ROWS;

    public static JobSettings from(Properties p) {
        ZoneId zone;
        try {
            zone = ZoneId.of(get(p, TIME_ZONE, "UTC"));
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(TIME_ZONE + ": '" + p.getProperty(TIME_ZONE)
                    + "' is not a time zone id such as UTC or Europe/Brussels");
        }
        String week = get(p, WEEK, "previous");
        ReportScope scope;
        try {
            scope = week.equals("previous") ? new ReportScope(IsoWeek.previousComplete(LocalDate.now(zone)))
                    : ReportScope.parse(week);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(WEEK + ": " + e.getMessage() + ", or 'all'");
        }
        String lexicon = get(p, LEXICON, "");
        return new JobSettings(scope, Path.of(get(p, INPUT, "input")), Path.of(get(p, REPORTS, "reports")),
                Databases.withCredentials(get(p, DB_URL, Database.DEFAULT_URL)),
                positive(p, CHUNK_SIZE, 50), lexicon.isEmpty() ? null : Path.of(lexicon), zone,
                positive(p, MAX_BYTES, CorpusFolder.DEFAULT_MAX_BYTES), (int) number(p, FAIL_AFTER, 0), get(p, PROGRESS, "off"),
                fields(get(p, FIELDS, "")), positive(p, PARTITIONS, 1), sheetRows(p));
    }

    /** The same settings with this database's credentials (job parameters never carry them). */
    public JobSettings withDatabase(Database credentials) {
        return new JobSettings(scope, input, reports, credentials, chunkSize, lexicon, zone, maxBytes, failAfterArticles,
                progress, fields, partitions, sheetRows);
    }

    private static int sheetRows(Properties p) {
        int rows = positive(p, SHEET_ROWS, DEFAULT_SHEET_ROWS);
        if (rows > MAX_SHEET_ROWS) {
            throw new IllegalArgumentException(SHEET_ROWS + ": at most " + MAX_SHEET_ROWS + " (Excel's row limit), got " + rows);
        }
        return rows;
    }

    private static FieldMap fields(String spec) {
        try {
            return FieldMap.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(FIELDS + ": " + e.getMessage());
        }
    }

    /** The corpus key of the store: the input folder's absolute path. */
    public String corpus() {
        return input.toAbsolutePath().normalize().toString();
    }

    private static String get(Properties p, String key, String fallback) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static int positive(Properties p, String key, int fallback) {
        return (int) positive(p, key, (long) fallback);
    }

    private static long positive(Properties p, String key, long fallback) {
        long v = number(p, key, fallback);
        if (v <= 0) {
            throw new IllegalArgumentException(key + ": must be a positive whole number, got " + v);
        }
        return v;
    }

    private static long number(Properties p, String key, long fallback) {
        String v = get(p, key, "");
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": '" + v + "' is not a whole number");
        }
    }

    /** These settings as job parameters. Credentials are not among them: the job repository stores parameters. */
    public Properties toParameters() {
        Properties p = new Properties();
        p.setProperty(WEEK, scope.label());
        p.setProperty(INPUT, input.toString());
        p.setProperty(REPORTS, reports.toString());
        p.setProperty(DB_URL, database.url());
        p.setProperty(CHUNK_SIZE, Integer.toString(chunkSize));
        p.setProperty(LEXICON, lexicon == null ? "" : lexicon.toString());
        p.setProperty(TIME_ZONE, zone.getId());
        p.setProperty(MAX_BYTES, Long.toString(maxBytes));
        p.setProperty(FAIL_AFTER, Integer.toString(failAfterArticles));
        p.setProperty(PROGRESS, progress);
        p.setProperty(FIELDS, fields.spec());
        p.setProperty(PARTITIONS, Integer.toString(partitions));
        p.setProperty(SHEET_ROWS, Integer.toString(sheetRows));
        return p;
    }
}
