package com.presstally.batch;

import java.nio.file.Path;

final class SeedPaths {
    static final Path DEV = Path.of("..", "shared", "corpus", "dev", "articles");
    static final Path SEED = DEV.resolve("000-vladimir-stop.txt");

    private SeedPaths() {
    }
}
