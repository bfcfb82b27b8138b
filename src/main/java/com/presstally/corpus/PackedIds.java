package com.presstally.corpus;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * A fixed list of file ids packed into one UTF-8 byte array: about 24 bytes an id of 20 characters
 * where a list of strings takes about 70. A reader of the extraction step holds its share of the
 * week's files for the whole step, so this is what grows with the number of files.
 */
public final class PackedIds extends AbstractList<String> implements RandomAccess {
    private final byte[] utf8;
    /** Where each id ends in {@link #utf8}; id i starts where id i-1 ends. */
    private final int[] ends;

    private PackedIds(byte[] utf8, int[] ends) {
        this.utf8 = utf8;
        this.ends = ends;
    }

    /** Every {@code step}-th id of {@code ids} from {@code first} on, in their order. */
    public static PackedIds everyNth(List<String> ids, int first, int step) {
        if (first < 0 || step < 1) {
            throw new IllegalArgumentException("first " + first + " and step " + step + ": need first >= 0 and step >= 1");
        }
        int count = first >= ids.size() ? 0 : (ids.size() - first + step - 1) / step;
        int[] ends = new int[count];
        byte[] utf8 = new byte[Math.max(16, count * 24)];
        int length = 0;
        for (int n = 0; n < count; n++) {
            byte[] id = ids.get(first + n * step).getBytes(StandardCharsets.UTF_8);
            if (length + id.length > utf8.length) {
                utf8 = Arrays.copyOf(utf8, Math.max(utf8.length * 2, length + id.length));
            }
            System.arraycopy(id, 0, utf8, length, id.length);
            length += id.length;
            ends[n] = length;
        }
        return new PackedIds(Arrays.copyOf(utf8, length), ends);
    }

    @Override
    public String get(int index) {
        int start = index == 0 ? 0 : ends[index - 1];
        return new String(utf8, start, ends[index] - start, StandardCharsets.UTF_8);
    }

    @Override
    public int size() {
        return ends.length;
    }
}
