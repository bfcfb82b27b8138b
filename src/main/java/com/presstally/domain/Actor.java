package com.presstally.domain;

import java.util.Objects;

/**
 * Who speaks, claims or reacts, after resolution: {@code Trump}, {@code President Donald Trump} and
 * {@code he} all become the actor named {@code Donald Trump}.
 *
 * @param name        canonical name
 * @param type        person, organisation, government or group
 * @param affiliation the body a person speaks for ({@code NATO}), or empty
 * @param country     the country an actor belongs to, or empty
 */
public record Actor(String name, ActorType type, String affiliation, String country) {
    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("actor name is blank");
        }
        affiliation = affiliation == null ? "" : affiliation;
        country = country == null ? "" : country;
    }

    public static Actor of(String name, ActorType type) {
        return new Actor(name, type, "", "");
    }

    public Actor withAffiliation(String newAffiliation) {
        return new Actor(name, type, newAffiliation, country);
    }
}
