package com.presstally.store.jdbc;

import org.junit.jupiter.api.Test;

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
}
