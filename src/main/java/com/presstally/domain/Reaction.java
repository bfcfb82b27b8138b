package com.presstally.domain;

import java.util.Objects;

/**
 * An actor responding to an event the article reports (spec §5).
 *
 * @param source the reacting source as written ({@code EU leaders})
 * @param actor  the source normalised to the institution it speaks for, or the named person
 * @param cue    the word that signals the reaction ({@code condemned})
 */
public record Reaction(Provenance provenance, String source, Actor actor, Stance stance, String cue) {
    public Reaction {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(stance, "stance");
        source = source == null ? "" : source;
        cue = cue == null ? "" : cue;
    }
}
