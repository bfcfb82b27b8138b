package com.presstally.domain;

import java.util.Locale;

/** Who a casualty figure counts (spec §4); {@link #PEOPLE} when the text does not say. */
public enum VictimGroup {
    CIVILIANS, CHILDREN, SOLDIERS, POLICE, JOURNALISTS, AID_WORKERS, PEOPLE;

    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }

    private static final Labels<VictimGroup> LABELS = new Labels<>(VictimGroup.class, VictimGroup::label);

    public static VictimGroup parse(String text) {
        return LABELS.parse(text);
    }
}
