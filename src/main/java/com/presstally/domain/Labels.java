package com.presstally.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads an enum constant back from its export label. An exact label is one map lookup: the store hands
 * labels back millions of times a report. Anything else (a user's {@code " At_Least "}) is trimmed and
 * matched by name, and an unknown word is the enum's own {@link IllegalArgumentException}.
 */
final class Labels<E extends Enum<E>> {
    private final Class<E> type;
    private final Map<String, E> byLabel = new HashMap<>();

    Labels(Class<E> type, Function<E, String> label) {
        this.type = type;
        for (E constant : type.getEnumConstants()) {
            byLabel.put(label.apply(constant), constant);
        }
    }

    E parse(String text) {
        E exact = byLabel.get(text);
        return exact != null ? exact : Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
    }
}
