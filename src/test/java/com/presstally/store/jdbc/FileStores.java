package com.presstally.store.jdbc;

import java.nio.file.Path;

/** Stores for tests: an initialised H2 file store under a folder, with the embedded default's settings. */
final class FileStores {
    private FileStores() {
    }

    static JdbcExtractionStore initialised(Path root) {
        JdbcExtractionStore store = new JdbcExtractionStore(database(root));
        store.initialise();
        return store;
    }

    /** The database of the store under this folder, to look at its rows directly. */
    static Database database(Path root) {
        return new Database("jdbc:h2:file:" + root.resolve("store").toAbsolutePath() + Database.H2_FILE_SETTINGS, "", "");
    }
}
