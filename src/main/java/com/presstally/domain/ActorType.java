package com.presstally.domain;

import java.util.Locale;

/** What kind of source an actor is; the lowercase name is what the exports show. */
public enum ActorType {
    PERSON, ORGANISATION, GOVERNMENT, GROUP;

    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }

    private static final Labels<ActorType> LABELS = new Labels<>(ActorType.class, ActorType::label);

    public static ActorType parse(String text) {
        return LABELS.parse(text);
    }
}
