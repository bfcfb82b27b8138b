package com.presstally.corpus;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LongIntMapTest {
    @Test
    void agreesWithAHashMapThroughGrowthAndOverwrites() {
        LongIntMap map = new LongIntMap(4);
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            // few distinct keys at first, so overwrites happen; 0 and negative keys included
            long key = i < 1000 ? random.nextInt(100) - 50 : random.nextLong();
            Integer previous = expected.put(key, i);
            assertEquals(previous == null ? -1 : previous, map.put(key, i));
        }
        for (Map.Entry<Long, Integer> e : expected.entrySet()) {
            assertEquals(e.getValue(), map.get(e.getKey()));
        }
        assertEquals(-1, map.get(Long.MIN_VALUE + 12345));
    }
}
