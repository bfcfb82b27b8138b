package com.presstally.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The settings every command shares; each also a config-file key and an environment variable. */
public final class CommonOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file with any of the settings below (or PRESS_TALLY_CONFIG). Keys: input, reports, "
                    + "db.url, db.user, db.password, chunk.size, lexicon, time.zone, max.article.bytes, lock.wait.seconds, "
                    + "schedule.cron, input.fields, partitions, sheet.rows. Environment variables (PRESS_TALLY_DB_URL, …) override the file; options override both.")
    Path config;

    @Option(names = "--input", paramLabel = "DIR", description = "Folder of articles: .txt, .md, .html, .csv, .jsonl, .json (see --fields). Default: input.")
    String input;

    @Option(names = "--reports", paramLabel = "DIR", description = "Where reports/<week>/ is published. Default: reports.")
    String reports;

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "Store and job repository. Default: an H2 file database under data/.")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "NAME", description = "Database user.")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "SECRET",
            description = "Database password (prefer PRESS_TALLY_DB_PASSWORD or the config file: options show in ps).")
    String dbPassword;

    @Option(names = "--chunk-size", paramLabel = "N", description = "Articles per checkpointed chunk. Default: 50.")
    String chunkSize;

    @Option(names = "--lexicon", paramLabel = "DIR",
            description = "Folder with your own copies of lexicon files (actors.tsv, speech-cues.tsv, …); "
                    + "a file there replaces the shipped one of the same name.")
    String lexicon;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "Time zone that decides which week an article and 'last week' fall in. Default: UTC.")
    String timeZone;

    @Option(names = "--max-article-bytes", paramLabel = "N", description = "Larger files are rejected. Default: 10 MiB.")
    String maxArticleBytes;

    @Option(names = "--lock-wait", paramLabel = "SECONDS",
            description = "Wait this long for another run on the same store or reports folder; then exit 4. Default: 0.")
    String lockWait;

    @Option(names = "--fields", paramLabel = "PART=COLUMN,…",
            description = "Which CSV column or JSON field holds which part of an article, e.g. body=story_text,date=pub_date "
                    + "(parts: id, title, body, date, outlet, url). Default: common export names.")
    String fields;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Slices of the input extracted in parallel, each on its own thread and checkpoint. Default: the number of cores.")
    String partitions;

    @Option(names = "--sheet-rows", paramLabel = "N",
            description = "The most rows a detail sheet of the workbook holds (the CSV exports hold every row). Default: 100000; "
                    + "at most 1048574, Excel's limit.")
    String sheetRows;

    @Option(names = {"-q", "--quiet"}, description = "No progress output; only the result line and errors.")
    boolean quiet;

    Map<String, Configuration.Given> given() {
        Map<String, Configuration.Given> m = new LinkedHashMap<>();
        put(m, "input", input, "--input");
        put(m, "reports", reports, "--reports");
        put(m, "db.url", dbUrl, "--db");
        put(m, "db.user", dbUser, "--db-user");
        put(m, "db.password", dbPassword, "--db-password");
        put(m, "chunk.size", chunkSize, "--chunk-size");
        put(m, "lexicon", lexicon, "--lexicon");
        put(m, "time.zone", timeZone, "--time-zone");
        put(m, "max.article.bytes", maxArticleBytes, "--max-article-bytes");
        put(m, "lock.wait.seconds", lockWait, "--lock-wait");
        put(m, "input.fields", fields, "--fields");
        put(m, "partitions", partitions, "--partitions");
        put(m, "sheet.rows", sheetRows, "--sheet-rows");
        return m;
    }

    private static void put(Map<String, Configuration.Given> m, String key, String value, String option) {
        if (value != null) {
            m.put(key, new Configuration.Given(value, "option " + option));
        }
    }

    Configuration resolve() throws ConfigurationException {
        return Configuration.resolve(config, System.getenv(), given());
    }
}
