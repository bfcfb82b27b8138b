package com.presstally.extract;

import com.presstally.domain.Qualifier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Numbers as news writes them ({@code lexicon/number-words.tsv}): {@code 1,700}, {@code 1.2 million},
 * {@code twelve}, {@code twenty-five}, {@code a dozen}, ranges ({@code 10 to 15}, {@code between
 * 500,000 and 600,000}, {@code 70,000-80,000}), and vague quantities at their most conservative
 * reading ({@code dozens} 12, {@code hundreds of thousands} 100000).
 */
public final class NumberParser {
    /** A parsed figure: {@code high} is null when open-ended; {@code end} is the token index after it. */
    public record Figure(long low, Long high, boolean vague, int start, int end) {
    }

    private final Map<String, Long> units = new HashMap<>();
    private final Map<String, Long> scales = new HashMap<>();
    private final Map<String, Long> vague = new HashMap<>();

    public NumberParser(Lexicon lexicon) {
        for (Lexicon.Row row : lexicon.rows("number-words.tsv")) {
            long value;
            try {
                value = Long.parseLong(row.cell(2));
            } catch (NumberFormatException e) {
                throw row.error("value '" + row.cell(2) + "' is not a whole number");
            }
            Map<String, Long> target = switch (row.cell(0)) {
                case "unit" -> units;
                case "scale" -> scales;
                case "vague" -> vague;
                default -> throw row.error("kind '" + row.cell(0) + "' is not unit, scale or vague");
            };
            target.put(row.cell(1).toLowerCase(java.util.Locale.ROOT), value);
        }
    }

    /** The figure that starts at token {@code i}, or empty. */
    public Optional<Figure> parse(List<Token> t, int i) {
        if (i >= t.size()) {
            return Optional.empty();
        }
        if (t.get(i).is("between")) {
            Optional<Figure> low = single(t, i + 1);
            if (low.isPresent() && low.get().end() < t.size() && t.get(low.get().end()).is("and")) {
                Optional<Figure> high = single(t, low.get().end() + 1);
                if (high.isPresent() && high.get().low() > low.get().low()) {
                    return Optional.of(new Figure(low.get().low(), high.get().low(), false, i, high.get().end()));
                }
            }
            return Optional.empty();
        }
        Optional<Figure> low = single(t, i);
        if (low.isEmpty() || low.get().vague()) {
            return low;
        }
        int j = low.get().end();
        if (j + 1 < t.size() && (t.get(j).is("to") || t.get(j).is("-") || t.get(j).is("–"))) {
            Optional<Figure> high = single(t, j + 1);
            if (high.isPresent() && !high.get().vague() && high.get().low() > low.get().low()) {
                return Optional.of(new Figure(low.get().low(), high.get().low(), false, i, high.get().end()));
            }
        }
        return low;
    }

    private Optional<Figure> single(List<Token> t, int i) {
        if (i >= t.size()) {
            return Optional.empty();
        }
        String w = t.get(i).lower();
        if (w.equals("half") && i + 2 < t.size() && t.get(i + 1).is("a") && t.get(i + 2).is("dozen")) {
            return Optional.of(new Figure(6, 6L, false, i, i + 3));
        }
        if ((w.equals("a") || w.equals("one")) && i + 1 < t.size() && t.get(i + 1).is("dozen")) {
            return Optional.of(new Figure(12, 12L, false, i, i + 2));
        }
        if (vague.containsKey(w)) {
            long value = vague.get(w);
            int end = i + 1;
            // "tens of thousands", "hundreds of thousands"
            if (end + 1 < t.size() && t.get(end).is("of") && vague.containsKey(t.get(end + 1).lower())) {
                value = value * scaleOfVague(t.get(end + 1).lower());
                end += 2;
            }
            return Optional.of(new Figure(value, null, true, i, end));
        }
        Double base = numberValue(w);
        if (base == null) {
            return Optional.empty();
        }
        int end = i + 1;
        double value = base;
        while (end < t.size() && scales.containsKey(t.get(end).lower())) {
            value *= scales.get(t.get(end).lower());
            end++;
        }
        if (value != Math.floor(value)) {
            return Optional.empty(); // 2.5 people is not a count
        }
        long v = (long) value;
        return Optional.of(new Figure(v, v, false, i, end));
    }

    /** {@code thousands} read as the multiplier in {@code tens of thousands}. */
    private long scaleOfVague(String word) {
        return scales.getOrDefault(word.endsWith("s") ? word.substring(0, word.length() - 1) : word, 1L);
    }

    private Double numberValue(String w) {
        if (Character.isDigit(w.charAt(0))) {
            try {
                return Double.parseDouble(w.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (units.containsKey(w)) {
            return (double) units.get(w);
        }
        int dash = w.indexOf('-');
        if (dash > 0 && units.containsKey(w.substring(0, dash)) && units.containsKey(w.substring(dash + 1))) {
            return (double) (units.get(w.substring(0, dash)) + units.get(w.substring(dash + 1)));
        }
        return null;
    }

    /** The qualifier for an open-ended or hedged figure, given the words right before it. */
    public static Qualifier qualifierFor(Figure figure, Qualifier before) {
        if (figure.vague()) {
            return Qualifier.VAGUE;
        }
        if (before != null) {
            return before;
        }
        return Qualifier.EXACT;
    }
}
