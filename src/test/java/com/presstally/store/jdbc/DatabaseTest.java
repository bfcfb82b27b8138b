package com.presstally.store.jdbc;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseTest {
    @Test
    void knowsAnH2UrlWhateverItsModeFromAPostgresOne() {
        assertTrue(new Database(Database.DEFAULT_URL, "", "").isH2());
        assertTrue(new Database("jdbc:h2:mem:week", "", "").isH2());
        assertTrue(new Database("jdbc:h2:tcp://localhost/~/store", "", "").isH2());
        assertFalse(new Database("jdbc:postgresql://127.0.0.1:5432/presstally", "pt", "pt").isH2());
    }

    @Test
    void onlyAnEmbeddedH2UrlNamesAFile() {
        assertEquals(Optional.of(Path.of("/var/lib/pt/store").toAbsolutePath()),
                new Database("jdbc:h2:file:/var/lib/pt/store;DB_CLOSE_DELAY=-1", "", "").h2File());
        assertEquals(Optional.of(Path.of("data/press-tally").toAbsolutePath()), new Database(Database.DEFAULT_URL, "", "").h2File());
        assertEquals(Optional.empty(), new Database("jdbc:h2:mem:x", "", "").h2File());
        assertEquals(Optional.empty(), new Database("jdbc:h2:tcp://localhost/~/store", "", "").h2File());
        assertEquals(Optional.empty(), new Database("jdbc:postgresql://127.0.0.1/pt", "", "").h2File());
    }
}
