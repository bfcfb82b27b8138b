package com.presstally.domain;

import java.util.List;

/** Everything extracted from one article. */
public record Extraction(List<Statement> statements, List<CasualtyClaim> casualties, List<Reaction> reactions) {
    public static final Extraction EMPTY = new Extraction(List.of(), List.of(), List.of());

    public Extraction {
        statements = List.copyOf(statements);
        casualties = List.copyOf(casualties);
        reactions = List.copyOf(reactions);
    }

    public int size() {
        return statements.size() + casualties.size() + reactions.size();
    }
}
