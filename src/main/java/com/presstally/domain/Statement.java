package com.presstally.domain;

import java.util.Objects;

/**
 * One attribution: a source, a cue and content (spec §3).
 *
 * @param speaker the source as written in the article ({@code NATO Secretary General Jens Stoltenberg})
 * @param actor   the resolved actor
 * @param cue     the speech cue as written ({@code said}, {@code according to}); empty for a
 *                continuation paragraph
 */
public record Statement(Provenance provenance, String speaker, Actor actor, StatementKind kind, String cue,
                        String content) {
    public Statement {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        speaker = speaker == null ? "" : speaker;
        cue = cue == null ? "" : cue;
        Objects.requireNonNull(content, "content");
    }
}
