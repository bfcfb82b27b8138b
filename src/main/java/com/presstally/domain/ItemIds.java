package com.presstally.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Deterministic ids of extracted items: the first 128 bits of SHA-256 over the item's kind, its
 * article's id, its rule, its span and the extractor version, as 32 hex digits. The same article
 * extracted by the same extractor always yields the same ids, on whichever machine or task attempt,
 * so a store can upsert by them and a retried or repeated load never adds a second row.
 *
 * <p>When one rule yields two items on the same span of an article (two sources reacting in one
 * sentence), the second gets occurrence 1, and so on, in extraction order.
 */
public final class ItemIds {
    public static final String STATEMENT = "statement";
    public static final String CASUALTY = "casualty";
    public static final String REACTION = "reaction";

    private ItemIds() {
    }

    public static String of(String kind, String articleId, String ruleId, int start, int end, String extractorVersion,
                            int occurrence) {
        return of(sha256(), kind, articleId, ruleId, start, end, extractorVersion, occurrence);
    }

    private static String of(MessageDigest digest, String kind, String articleId, String ruleId, int start, int end,
                             String extractorVersion, int occurrence) {
        // the UTF-8 bytes of the parts joined by U+001F, fed part by part (the same bytes as the joined string's)
        feed(digest, kind);
        digest.update(SEPARATOR);
        feed(digest, articleId);
        digest.update(SEPARATOR);
        feed(digest, ruleId);
        digest.update(SEPARATOR);
        feed(digest, Integer.toString(start));
        digest.update(SEPARATOR);
        feed(digest, Integer.toString(end));
        digest.update(SEPARATOR);
        feed(digest, extractorVersion);
        digest.update(SEPARATOR);
        feed(digest, Integer.toString(occurrence));
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private static final byte SEPARATOR = 0x1f;

    private static void feed(MessageDigest digest, String part) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
    }

    public static List<String> statements(Extraction extraction, String extractorVersion) {
        return ofAll(STATEMENT, extraction.statements(), Statement::provenance, extractorVersion);
    }

    public static List<String> casualties(Extraction extraction, String extractorVersion) {
        return ofAll(CASUALTY, extraction.casualties(), CasualtyClaim::provenance, extractorVersion);
    }

    public static List<String> reactions(Extraction extraction, String extractorVersion) {
        return ofAll(REACTION, extraction.reactions(), Reaction::provenance, extractorVersion);
    }

    private static <T> List<String> ofAll(String kind, List<T> items, Function<T, Provenance> provenance,
                                          String extractorVersion) {
        List<String> ids = new ArrayList<>(items.size());
        Map<Span, Integer> seen = new HashMap<>();
        MessageDigest digest = sha256();
        for (T item : items) {
            Provenance p = provenance.apply(item);
            int occurrence = seen.merge(new Span(p.ruleId(), p.start(), p.end()), 1, Integer::sum) - 1;
            ids.add(of(digest, kind, p.articleId(), p.ruleId(), p.start(), p.end(), extractorVersion, occurrence));
        }
        return ids;
    }

    /** What makes two items of one rule the same place: the rule and the span. */
    private record Span(String ruleId, int start, int end) {
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
