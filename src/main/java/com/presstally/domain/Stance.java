package com.presstally.domain;

import java.util.Locale;

/** How an actor reacted (spec §5), aligned with the CAMEO families analysts know. */
public enum Stance {
    CONDEMN("111"), SUPPORT("051"), DEFEND("013"), DEMAND("10"), OTHER("");

    private final String label = name().toLowerCase(Locale.ROOT);

    private final String cameo;

    Stance(String cameo) {
        this.cameo = cameo;
    }

    /** The CAMEO event code family the stance corresponds to (111 criticize, 051 praise, 013 rejection/defence, 10x demand). */
    public String cameo() {
        return cameo;
    }

    public String label() {
        return label;
    }

    private static final Labels<Stance> LABELS = new Labels<>(Stance.class, Stance::label);

    public static Stance parse(String text) {
        return LABELS.parse(text);
    }
}
