package com.presstally.domain;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ItemIdsTest {
    private static Reaction reaction(String source, String rule, int start, int end) {
        return new Reaction(new Provenance("wire/a.txt", rule, "", start, end), source, Actor.of(source, ActorType.GOVERNMENT),
                Stance.CONDEMN, "condemned");
    }

    private static Extraction reactions(Reaction... reactions) {
        return new Extraction(List.of(), List.of(), List.of(reactions));
    }

    @Test
    void sameArticleSameExtractorGivesSameIds() {
        Extraction once = reactions(reaction("France", "R1", 10, 40), reaction("Germany", "R2", 50, 90));
        Extraction again = reactions(reaction("France", "R1", 10, 40), reaction("Germany", "R2", 50, 90));
        assertEquals(ItemIds.reactions(once, "0.1"), ItemIds.reactions(again, "0.1"));
        assertTrue(ItemIds.reactions(once, "0.1").get(0).matches("[0-9a-f]{32}"));
    }

    @Test
    void idIsTheFirstHalfOfSha256OverTheJoinedPartsAsStoresAndBackfillsHoldThem() throws Exception {
        // ids already in stores and Parquet backfills were made this way; a faster way must make the same ids
        String joined = String.join("\u001f", "statement", "2026-11-24/kyiv \u00e9t\u00e9.txt", "direct.quote-then-cue",
                "120", "245", "0.9", "1");
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(joined.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(java.util.HexFormat.of().formatHex(hash, 0, 16),
                ItemIds.of(ItemIds.STATEMENT, "2026-11-24/kyiv \u00e9t\u00e9.txt", "direct.quote-then-cue", 120, 245, "0.9", 1));
    }

    @Test
    void twoSourcesReactingInOneSentenceGetTwoIds() {
        List<String> ids = ItemIds.reactions(reactions(reaction("France", "R1", 10, 40), reaction("Germany", "R1", 10, 40),
                reaction("Italy", "R1", 10, 40)), "0.1");
        assertEquals(3, new HashSet<>(ids).size());
        assertEquals(ItemIds.of(ItemIds.REACTION, "wire/a.txt", "R1", 10, 40, "0.1", 2), ids.get(2));
    }

    @Test
    void idChangesWithRuleSpanVersionKindAndArticle() {
        String id = ItemIds.of(ItemIds.STATEMENT, "a.txt", "S1", 0, 5, "0.1", 0);
        assertNotEquals(id, ItemIds.of(ItemIds.STATEMENT, "a.txt", "S2", 0, 5, "0.1", 0));
        assertNotEquals(id, ItemIds.of(ItemIds.STATEMENT, "a.txt", "S1", 0, 6, "0.1", 0));
        assertNotEquals(id, ItemIds.of(ItemIds.STATEMENT, "a.txt", "S1", 0, 5, "0.2", 0));
        assertNotEquals(id, ItemIds.of(ItemIds.REACTION, "a.txt", "S1", 0, 5, "0.1", 0));
        assertNotEquals(id, ItemIds.of(ItemIds.STATEMENT, "b.txt", "S1", 0, 5, "0.1", 0));
        // fields are separated, so shifting a digit between them makes another id
        assertNotEquals(ItemIds.of(ItemIds.STATEMENT, "a.txt", "S1", 1, 23, "0.1", 0),
                ItemIds.of(ItemIds.STATEMENT, "a.txt", "S1", 12, 3, "0.1", 0));
    }
}
