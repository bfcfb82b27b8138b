package com.presstally.domain;

import java.util.Locale;

/** Who a casualty figure counts (spec §4); {@link #PEOPLE} when the text does not say. */
public enum VictimGroup {
    CIVILIANS, CHILDREN, SOLDIERS, POLICE, JOURNALISTS, AID_WORKERS, PEOPLE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static VictimGroup parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
