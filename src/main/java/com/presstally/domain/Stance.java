package com.presstally.domain;

import java.util.Locale;

/** How an actor reacted (spec §5), aligned with the CAMEO families analysts know. */
public enum Stance {
    CONDEMN, SUPPORT, DEFEND, DEMAND, OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Stance parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
