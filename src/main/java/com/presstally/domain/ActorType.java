package com.presstally.domain;

import java.util.Locale;

/** What kind of source an actor is; the lowercase name is what the exports show. */
public enum ActorType {
    PERSON, ORGANISATION, GOVERNMENT, GROUP;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActorType parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
