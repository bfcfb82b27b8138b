package com.presstally.extract;

import com.presstally.domain.Actor;
import com.presstally.domain.CasualtyClaim;
import com.presstally.domain.Outcome;
import com.presstally.domain.Period;
import com.presstally.domain.Provenance;
import com.presstally.domain.Qualifier;
import com.presstally.domain.Statement;
import com.presstally.domain.VictimGroup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds casualty claims (spec §4) in each sentence: a figure, a victim noun next to it, and an
 * outcome word after it ({@code 12 civilians were killed}) or before it ({@code killing at least 12
 * people}). Figures in hypothetical or negated clauses, and numbers of things, years or money, are
 * not claims. The claimant is the speaker of a statement whose span holds the figure.
 */
public final class CasualtyExtractor {
    private static final Pattern PLACE = Pattern.compile(
            "\\b(?:in|near|outside|around|across|at|on|from)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+)*)");
    private static final int OUTCOME_WINDOW = 10;

    private final NumberParser numbers;
    private final CasualtyWords words;

    public CasualtyExtractor(NumberParser numbers, CasualtyWords words) {
        this.numbers = numbers;
        this.words = words;
    }

    public List<CasualtyClaim> extract(TextLayout layout, List<Statement> statements) {
        List<CasualtyClaim> claims = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Sentence sentence : layout.plainSentences()) {
            List<Token> t = layout.tokensIn(sentence.start(), sentence.end());
            boolean military = words.isMilitaryContext(t);
            CasualtyClaim previous = null;
            for (int i = 0; i < t.size(); i++) {
                Optional<NumberParser.Figure> parsed = numbers.parse(t, i);
                if (parsed.isEmpty()) {
                    continue;
                }
                NumberParser.Figure figure = parsed.get();
                Optional<CasualtyClaim> claim = claimAt(layout, sentence, t, figure, previous, military, statements);
                if (claim.isPresent()) {
                    previous = claim.get();
                    String key = previous.outcome() + "/" + previous.countLow();
                    Integer earlier = seen.get(key);
                    if (earlier == null) {
                        seen.put(key, claims.size());
                        claims.add(previous);
                    } else if (previous.qualifier() == Qualifier.EXACT && claims.get(earlier).qualifier() != Qualifier.EXACT) {
                        claims.set(earlier, previous); // the most explicit mention is the evidence
                    }
                }
                i = figure.end() - 1;
            }
        }
        return claims;
    }

    /** What the words right after a figure say: victim group, an outcome noun, "more", "of them". */
    private record After(VictimGroup group, Outcome outcome, boolean more, boolean ofThem, boolean plainNoun, int end) {
    }

    /** The qualifier that is also a verb particle: "took over 40 towns" is no hedge. */
    private static final List<String> OVER = List.of("over");

    private Optional<CasualtyClaim> claimAt(TextLayout layout, Sentence sentence, List<Token> t,
                                            NumberParser.Figure figure, CasualtyClaim previous, boolean military,
                                            List<Statement> statements) {
        int start = figure.start();
        int end = figure.end();
        Qualifier hedge = null;
        int qualifierStart = start;
        for (Phrase<Qualifier> q : words.qualifiers()) {
            int at = start - q.words().size();
            boolean particle = q.words().equals(OVER) && at > 0 && words.isParticleVerb(t.get(at - 1).lower());
            if (Phrase.at(t, at, q.words()) && !particle) {
                hedge = q.value();
                qualifierStart = at;
                break;
            }
        }
        if (isNotACount(t, figure) || isHypothetical(t, qualifierStart)) {
            return Optional.empty();
        }
        After after = after(t, end);
        Outcome outcome = after.outcome();
        if (outcome == null) {
            outcome = outcomeAfter(t, after.end());
        }
        Outcome before = outcomeBefore(t, qualifierStart);
        if (before != null && (outcome == null || after.outcome() == null && endsRightBefore(t, qualifierStart))) {
            outcome = before;
        }
        String rule = "casualty.figure-victim-outcome";
        VictimGroup group = after.group();
        boolean coordinated = previous != null && qualifierStart > 0
                && Set.of("and", ",", "including", "plus").contains(t.get(qualifierStart - 1).lower());
        if (outcome == null && coordinated) {
            outcome = previous.outcome(); // "…more than 3,000 civilians …, and more than 11,000 in the country"
            rule = "casualty.elliptical";
        }
        boolean bareSubject = after.end() == end && end < t.size() && Set.of("were", "was", "have", "had", "are")
                .contains(t.get(end).lower());
        if (outcome == null || (group == null && after.outcome() == null && !after.plainNoun() && !after.ofThem()
                && !after.more() && before == null && !coordinated && !bareSubject)) {
            return Optional.empty();
        }
        if (after.ofThem()) {
            group = victimBefore(t, qualifierStart);
            rule = "casualty.of-them";
        }
        boolean unnamedVictims = group == null || group == VictimGroup.PEOPLE && (after.more() || after.outcome() != null);
        if (unnamedVictims && previous != null && (after.more() || coordinated || after.ofThem())) {
            group = previous.victimGroup();
        }
        if (group == null) {
            group = VictimGroup.PEOPLE;
        }
        if (group == VictimGroup.PEOPLE && military) {
            group = VictimGroup.SOLDIERS;
        }
        Qualifier qualifier = NumberParser.qualifierFor(figure, hedge);
        boolean openEnded = qualifier == Qualifier.AT_LEAST || qualifier == Qualifier.MORE_THAN;
        Long high = openEnded ? null : figure.high();
        int spanStart = t.get(qualifierStart).start();
        int spanEnd = t.get(Math.max(after.end(), end) - 1).end();
        Provenance provenance = new Provenance(layout.article().id(), rule, sentence.text(), spanStart, spanEnd);
        return Optional.of(new CasualtyClaim(provenance, figure.low(), high, qualifier, outcome, group,
                periodAfter(t, after.end()), place(sentence), claimant(statements, spanStart)));
    }

    /** Words that end the noun phrase of a figure: "Two engineers were killed and five injured". */
    private static final Set<String> ENDS_FIGURE_PHRASE = Set.of("and", "or", "were", "was", "have", "had", "are");
    /** After a comma, these open a subset or a new clause, not another adjective. */
    private static final Set<String> OPENS_SUBSET_OR_CLAUSE = Set.of("including", "among", "mainly", "and", "but",
            "while", "which", "who");

    private After after(List<Token> t, int end) {
        boolean more = false;
        boolean plainNoun = false;
        for (int k = end; k < Math.min(t.size(), end + 6); k++) {
            String w = t.get(k).lower();
            if (k == end && w.equals("of") && k + 1 < t.size() && Set.of("them", "whom").contains(t.get(k + 1).lower())) {
                return new After(null, null, more, true, false, k + 2);
            }
            if (w.equals("more") || w.equals("other") || w.equals("additional") || w.equals("others")) {
                more = true;
            }
            if (k > end && (words.outcomeIndex().at(t, k) != null && words.victimOutcomeIndex().at(t, k) == null
                    || ENDS_FIGURE_PHRASE.contains(w))) {
                break; // "Two engineers were killed and five injured": the noun phrase of the figure has ended
            }
            Phrase<CasualtyWords.VictimOutcome> vo = words.victimOutcomeIndex().at(t, k);
            if (vo != null) {
                return new After(vo.value().group(), vo.value().outcome(), more, false, false, k + vo.words().size());
            }
            VictimGroup g = words.victim(w);
            int len = 1;
            if (g == null && k + 1 < t.size()) {
                g = words.victim(w + " " + t.get(k + 1).lower());
                len = 2;
            }
            if (g != null) {
                return new After(g, null, more, false, false, k + len);
            }
            // a comma may join adjectives ("hundreds of young, mostly Shia recruits") but not a subset
            // ("30,000, including civilians") or a new clause ("injuring dozens, Valdorian police said")
            boolean commaGoesOn = t.get(k).is(",") && k + 1 < t.size() && !t.get(k + 1).isCapitalized()
                    && !OPENS_SUBSET_OR_CLAUSE.contains(t.get(k + 1).lower());
            if (words.isNotPeople(w) || !t.get(k).isWord() && !commaGoesOn) {
                break;
            }
            // "three expatriates were injured": an unknown plural noun next to the figure counts people
            if (k <= end + 1 && !t.get(k).isCapitalized() && w.length() > 3 && w.endsWith("s")) {
                plainNoun = true;
            }
        }
        return new After(null, null, more, false, plainNoun, end);
    }

    private boolean endsRightBefore(List<Token> t, int figureStart) {
        for (Phrase<Outcome> o : words.outcomes()) {
            if (Phrase.at(t, figureStart - o.words().size(), o.words())) {
                return true;
            }
        }
        return false;
    }

    /** The victim group of the nearest victim noun before a position: "troops …, killing up to 300 of them". */
    private VictimGroup victimBefore(List<Token> t, int position) {
        for (int k = position - 1; k >= 0; k--) {
            VictimGroup g = words.victim(t.get(k).lower());
            if (g != null) {
                return g;
            }
        }
        return null;
    }

    private boolean isNotACount(List<Token> t, NumberParser.Figure figure) {
        Token first = t.get(figure.start());
        if (figure.start() > 0) {
            Token before = t.get(figure.start() - 1);
            if ("$€£¥#".contains(before.text()) || words.isCalendar(before.lower())) {
                return true; // money, or a date such as "April 2"
            }
            // "one by one", "two by two"
            if (before.is("by") && figure.start() > 1 && t.get(figure.start() - 2).lower().equals(first.lower())) {
                return true;
            }
        }
        if (first.is("one") && figure.end() < t.size() && t.get(figure.end()).is("of")) {
            return true; // "one of the worst atrocities"
        }
        if (figure.end() < t.size()) {
            String next = t.get(figure.end()).lower();
            if (words.isNotPeople(next) || next.equals("%") || next.endsWith("-old") || next.endsWith("-year-old")) {
                return true;
            }
        }
        boolean yearLike = first.text().matches("(19|20)\\d\\d") && figure.high() != null
                && figure.low() == figure.high();
        return yearLike && !(figure.end() < t.size() && words.victim(t.get(figure.end()).lower()) != null);
    }

    /** {@code to avoid thousands more dying}, {@code could kill hundreds}, {@code no one}: not a claim. */
    private boolean isHypothetical(List<Token> t, int from) {
        for (int k = Math.max(0, from - 4); k < from; k++) {
            if (words.isBlocker(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private Outcome outcomeAfter(List<Token> t, int from) {
        for (int k = from; k < Math.min(t.size(), from + OUTCOME_WINDOW); k++) {
            Token tok = t.get(k);
            if (tok.is(";") || (k > from && Character.isDigit(tok.text().charAt(0)))) {
                return null;
            }
            if (words.isBlocker(tok.lower())) {
                return null;
            }
            Phrase<Outcome> o = words.outcomeIndex().at(t, k);
            if (o != null) {
                return o.value();
            }
        }
        return null;
    }

    private boolean startsWithOutcome(List<Token> t, int at) {
        return words.outcomeIndex().at(t, at) != null;
    }

    /** {@code killing at least 12}, {@code the death toll rose to 50}: the outcome word precedes the figure. */
    private Outcome outcomeBefore(List<Token> t, int figureStart) {
        for (int k = figureStart - 1; k >= Math.max(0, figureStart - 5); k--) {
            if (t.get(k).is(",") || t.get(k).is(";")) {
                return null;
            }
            for (Phrase<Outcome> o : words.outcomes()) {
                if (Phrase.at(t, k, o.words()) && k + o.words().size() <= figureStart) {
                    return o.value();
                }
            }
        }
        return null;
    }

    private Period periodAfter(List<Token> t, int from) {
        for (int k = from; k < Math.min(t.size(), from + 3); k++) {
            Phrase<Period> p = words.periodIndex().at(t, k);
            if (p != null) {
                return p.value();
            }
        }
        return Period.NONE;
    }

    private String place(Sentence sentence) {
        Matcher m = PLACE.matcher(sentence.text());
        while (m.find()) {
            String place = m.group(1).replaceFirst("^the\\s+", "").replaceFirst("['’]s$", "");
            String first = place.split("\\s+")[0];
            if (!words.isPlaceStop(first)) {
                return place;
            }
        }
        return "";
    }

    private static Actor claimant(List<Statement> statements, int position) {
        for (Statement s : statements) {
            if (position >= s.provenance().start() && position < s.provenance().end()) {
                return s.actor();
            }
        }
        return null;
    }
}
