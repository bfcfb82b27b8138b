package com.presstally.cli;

import com.presstally.batch.LockedException;
import com.presstally.batch.RunLock;
import com.presstally.store.jdbc.Database;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Every setting of a run, from four layers, later ones winning: defaults, a properties file
 * ({@code --config FILE} or {@code PRESS_TALLY_CONFIG}), environment variables ({@code PRESS_TALLY_}
 * and the key in capitals, dots as underscores: {@code PRESS_TALLY_DB_URL}), and command-line options.
 * Checked as a whole before any work; every message names the key, where its value came from, and
 * the form expected.
 */
public record Configuration(Path input, Path reports, Database database, int chunkSize, Path lexicon, ZoneId zone,
                            long maxArticleBytes, int lockWaitSeconds, String cron, String fields, int partitions,
                            int sheetRows) {
    /** The keys of the properties file, with their defaults ("" for none). */
    public static final Map<String, String> DEFAULTS;

    static {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("input", "input");
        d.put("reports", "reports");
        d.put("db.url", Database.DEFAULT_URL);
        d.put("db.user", "");
        d.put("db.password", "");
        d.put("chunk.size", "50");
        d.put("lexicon", "");
        d.put("time.zone", "UTC");
        d.put("max.article.bytes", Long.toString(10L * 1024 * 1024));
        d.put("lock.wait.seconds", "0");
        d.put("schedule.cron", "0 6 * * MON");
        d.put("input.fields", "");
        d.put("partitions", Integer.toString(Runtime.getRuntime().availableProcessors()));
        d.put("sheet.rows", Integer.toString(com.presstally.batch.JobSettings.DEFAULT_SHEET_ROWS));
        DEFAULTS = java.util.Collections.unmodifiableMap(d);
    }

    public static String envName(String key) {
        return "PRESS_TALLY_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    /**
     * @param configFile a properties file, or null (then {@code PRESS_TALLY_CONFIG} is read from {@code env})
     * @param options    the keys given as command-line options, with the option's name in the message
     */
    public static Configuration resolve(Path configFile, Map<String, String> env, Map<String, Given> options)
            throws ConfigurationException {
        Map<String, Given> values = new LinkedHashMap<>();
        DEFAULTS.forEach((k, v) -> values.put(k, new Given(v, "the default")));
        Path file = configFile;
        if (file == null && env.containsKey("PRESS_TALLY_CONFIG") && !env.get("PRESS_TALLY_CONFIG").isBlank()) {
            file = Path.of(env.get("PRESS_TALLY_CONFIG"));
        }
        if (file != null) {
            readFile(file, values);
        }
        for (String key : DEFAULTS.keySet()) {
            String fromEnv = env.get(envName(key));
            if (fromEnv != null && !fromEnv.isBlank()) {
                values.put(key, new Given(fromEnv.strip(), "environment variable " + envName(key)));
            }
        }
        values.putAll(options);
        return validate(values);
    }

    /** A value and where it came from, for messages. */
    public record Given(String value, String source) {
    }

    private static void readFile(Path file, Map<String, Given> values) throws ConfigurationException {
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException("config file " + file.toAbsolutePath() + " does not exist");
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException("config file " + file + " cannot be read: " + e.getMessage());
        }
        for (String key : p.stringPropertyNames()) {
            if (!DEFAULTS.containsKey(key)) {
                throw new ConfigurationException("config file " + file + ": unknown key '" + key + "'; known keys: "
                        + String.join(", ", DEFAULTS.keySet()));
            }
            values.put(key, new Given(p.getProperty(key).strip(), "config file " + file));
        }
    }

    private static Configuration validate(Map<String, Given> v) throws ConfigurationException {
        String url = v.get("db.url").value();
        if (!url.startsWith("jdbc:")) {
            throw error(v, "db.url", "a JDBC URL such as " + Database.DEFAULT_URL + " or jdbc:postgresql://127.0.0.1:5432/presstally");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(v.get("time.zone").value());
        } catch (DateTimeException e) {
            throw error(v, "time.zone", "a time zone id such as UTC or Europe/Brussels");
        }
        String cron = v.get("schedule.cron").value();
        try {
            CronSchedule.parse(cron);
        } catch (IllegalArgumentException e) {
            throw error(v, "schedule.cron", "a five-field cron expression such as '0 6 * * MON' (" + e.getMessage() + ")");
        }
        String fields = v.get("input.fields").value();
        try {
            com.presstally.corpus.FieldMap.parse(fields);
        } catch (IllegalArgumentException e) {
            throw error(v, "input.fields", "PART=COLUMN pairs such as body=story_text,date=pub_date (" + e.getMessage() + ")");
        }
        String lexicon = v.get("lexicon").value();
        return new Configuration(Path.of(nonEmpty(v, "input")), Path.of(nonEmpty(v, "reports")),
                new Database(url, v.get("db.user").value(), v.get("db.password").value()),
                (int) positive(v, "chunk.size", 1, 100_000), lexicon.isEmpty() ? null : Path.of(lexicon), zone,
                positive(v, "max.article.bytes", 1, Long.MAX_VALUE), (int) positive(v, "lock.wait.seconds", 0, 86_400), cron,
                fields, (int) positive(v, "partitions", 1, 64),
                (int) positive(v, "sheet.rows", 1, com.presstally.batch.JobSettings.MAX_SHEET_ROWS));
    }

    private static String nonEmpty(Map<String, Given> v, String key) throws ConfigurationException {
        if (v.get(key).value().isBlank()) {
            throw error(v, key, "a folder path");
        }
        return v.get(key).value();
    }

    private static long positive(Map<String, Given> v, String key, long min, long max) throws ConfigurationException {
        try {
            long n = Long.parseLong(v.get(key).value());
            if (n < min || n > max) {
                throw error(v, key, "a whole number from " + min + " to " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw error(v, key, "a whole number from " + min + " to " + max);
        }
    }

    private static ConfigurationException error(Map<String, Given> v, String key, String expected) {
        Given g = v.get(key);
        return new ConfigurationException(key + " = '" + g.value() + "' (from " + g.source() + ") is not valid; expected "
                + expected);
    }

    /** The keys a user can set, for help texts. */
    public static List<String> keys() {
        return List.copyOf(DEFAULTS.keySet());
    }

    /**
     * Takes the lock one run at a time holds on this store and reports folder, waiting up to
     * {@code lock.wait.seconds} for a run that holds it.
     */
    public RunLock lock() throws LockedException {
        return RunLock.acquire(database, reports, Duration.ofSeconds(lockWaitSeconds));
    }
}
