package com.presstally.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column of a CSV export, or field of a JSON record, holds which part of an article. Defaults
 * fit the common exports (title; text, body or content; date or published; source or outlet; url;
 * id); {@code body=story_text,date=pub_date} puts those columns first for those parts.
 */
public final class FieldMap {
    public static final List<String> PARTS = List.of("id", "title", "body", "date", "outlet", "url");
    private static final Map<String, List<String>> DEFAULTS = Map.of(
            "id", List.of("id", "article_id", "uuid", "guid"),
            "title", List.of("title", "headline"),
            "body", List.of("text", "body", "content", "article", "story"),
            "date", List.of("date", "published", "published_at", "publishedat", "pubdate", "publication_date", "datetime"),
            "outlet", List.of("source", "outlet", "site", "publisher", "source_name"),
            "url", List.of("url", "link", "href"));

    private final Map<String, List<String>> candidates;
    private final String spec;

    private FieldMap(Map<String, List<String>> candidates, String spec) {
        this.candidates = candidates;
        this.spec = spec;
    }

    public static FieldMap defaults() {
        return new FieldMap(DEFAULTS, "");
    }

    /** The mapping as the user wrote it ("" for the defaults). */
    public String spec() {
        return spec;
    }

    /** Parses {@code body=story_text,date=pub_date}; the message of the exception names the bad entry. */
    public static FieldMap parse(String spec) {
        Map<String, List<String>> map = new LinkedHashMap<>(DEFAULTS);
        if (spec == null || spec.isBlank()) {
            return defaults();
        }
        for (String entry : spec.split(",")) {
            String[] kv = entry.split("=", 2);
            String part = kv[0].trim().toLowerCase(Locale.ROOT);
            if (kv.length != 2 || !PARTS.contains(part) || kv[1].isBlank()) {
                throw new IllegalArgumentException("'" + entry.trim() + "' is not PART=COLUMN with PART one of " + PARTS);
            }
            List<String> names = new java.util.ArrayList<>(List.of(kv[1].trim().toLowerCase(Locale.ROOT)));
            names.addAll(DEFAULTS.get(part)); // the user's column first, the common names still understood
            map.put(part, List.copyOf(names));
        }
        return new FieldMap(map, spec.strip());
    }

    /** The value of a part in a record whose keys are compared without case, or "" when none of its names is there. */
    public String value(String part, Map<String, String> record) {
        for (String name : candidates.get(part)) {
            String v = record.get(name);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
