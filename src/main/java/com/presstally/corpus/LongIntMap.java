package com.presstally.corpus;

import java.util.Arrays;

/**
 * A map from long keys to non-negative int values in two flat arrays (open addressing, linear
 * probing): twelve bytes an entry where a {@code HashMap<Long, …>} takes about seventy. The near-copy
 * search keeps sixteen entries per article of the week.
 */
final class LongIntMap {
    private static final int NONE = -1;
    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) (expected / 0.8)) * 2 - 1);
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, NONE);
    }

    /** The value of the key, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); values[i] != NONE; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return NONE;
    }

    /** Sets the key's value (non-negative) and returns the previous one, or -1. */
    int put(long key, int value) {
        if (size + 1 > keys.length * 0.8) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (values[i] != NONE) {
            if (keys[i] == key) {
                int previous = values[i];
                values[i] = value;
                return previous;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        size++;
        return NONE;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        Arrays.fill(values, NONE);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != NONE) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
