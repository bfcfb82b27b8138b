package com.presstally.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigurationTest {
    private static Map<String, Configuration.Given> option(String key, String value, String name) {
        return Map.of(key, new Configuration.Given(value, "option " + name));
    }

    @Test
    void fileThenEnvironmentThenOptionsEachWin(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("press-tally.properties");
        Files.writeString(file, "input=/data/in\nreports=/data/out\nchunk.size=20\ntime.zone=Europe/Brussels\n");
        Configuration c = Configuration.resolve(file, Map.of("PRESS_TALLY_CHUNK_SIZE", "30", "PRESS_TALLY_REPORTS", "/env/out"),
                option("reports", "/opt/out", "--reports"));
        assertEquals(Path.of("/data/in"), c.input());
        assertEquals(30, c.chunkSize(), "environment beats the file");
        assertEquals(Path.of("/opt/out"), c.reports(), "options beat both");
        assertEquals("Europe/Brussels", c.zone().getId());
    }

    @Test
    void configFileFromTheEnvironment(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.properties");
        Files.writeString(file, "lock.wait.seconds=15\n");
        assertEquals(15, Configuration.resolve(null, Map.of("PRESS_TALLY_CONFIG", file.toString()), Map.of()).lockWaitSeconds());
    }

    @Test
    void unknownKeyInTheFileIsNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.properties");
        Files.writeString(file, "chunk.sise=20\n");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Configuration.resolve(file, Map.of(), Map.of()));
        assertTrue(e.getMessage().contains("unknown key 'chunk.sise'"), e.getMessage());
    }

    @Test
    void badValueNamesKeySourceAndExpectedForm() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Configuration.resolve(null, Map.of("PRESS_TALLY_TIME_ZONE", "Mars/Base"), Map.of()));
        assertEquals("time.zone = 'Mars/Base' (from environment variable PRESS_TALLY_TIME_ZONE) is not valid; "
                + "expected a time zone id such as UTC or Europe/Brussels", e.getMessage());
        e = assertThrows(ConfigurationException.class,
                () -> Configuration.resolve(null, Map.of(), option("chunk.size", "0", "--chunk-size")));
        assertTrue(e.getMessage().startsWith("chunk.size = '0' (from option --chunk-size)"), e.getMessage());
        e = assertThrows(ConfigurationException.class,
                () -> Configuration.resolve(null, Map.of(), option("db.url", "postgres://x", "--db")));
        assertTrue(e.getMessage().contains("expected a JDBC URL"), e.getMessage());
        e = assertThrows(ConfigurationException.class,
                () -> Configuration.resolve(null, Map.of("PRESS_TALLY_SCHEDULE_CRON", "every monday"), Map.of()));
        assertTrue(e.getMessage().startsWith("schedule.cron = 'every monday'"), e.getMessage());
    }

    @Test
    void missingConfigFileIsAnError() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Configuration.resolve(Path.of("/no/such.properties"), Map.of(), Map.of()));
        assertTrue(e.getMessage().contains("does not exist"));
    }
}
