package com.presstally.corpus;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PackedIdsTest {
    private static final List<String> IDS = List.of("2026-11-16/a.txt", "2026-11-16/ü-Kyjiw.html", "b/ç.json", "c.csv",
            "d/日本語.txt", "e.txt", "f.txt");

    @Test
    void holdsEveryIdOfTheListInOrderNonAsciiNamesIncluded() {
        assertEquals(IDS, PackedIds.everyNth(IDS, 0, 1));
    }

    @Test
    void aSliceTakesEveryNthIdFromItsFirst() {
        for (int step = 1; step <= 4; step++) {
            for (int first = 0; first < step; first++) {
                List<String> expected = new ArrayList<>();
                for (int i = first; i < IDS.size(); i += step) {
                    expected.add(IDS.get(i));
                }
                assertEquals(expected, PackedIds.everyNth(IDS, first, step), "first " + first + " step " + step);
            }
        }
    }

    @Test
    void aSliceBeyondTheListIsEmpty() {
        assertEquals(List.of(), PackedIds.everyNth(List.of("a.txt"), 1, 2));
        assertEquals(List.of(), PackedIds.everyNth(List.of(), 0, 1));
    }

    @Test
    void growsPastItsFirstGuessForLongNames() {
        List<String> longNames = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            longNames.add("a-folder-name-longer-than-the-guess/" + "x".repeat(i) + i + ".txt");
        }
        assertEquals(longNames, PackedIds.everyNth(longNames, 0, 1));
    }

    @Test
    void refusesANegativeFirstOrAStepBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> PackedIds.everyNth(IDS, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> PackedIds.everyNth(IDS, 0, 0));
    }
}
