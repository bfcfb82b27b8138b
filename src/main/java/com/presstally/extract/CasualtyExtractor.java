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
import java.util.HashSet;
import java.util.List;
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
        Set<String> seen = new HashSet<>();
        for (Sentence sentence : layout.plainSentences()) {
            List<Token> t = Token.tokenize(sentence.text(), sentence.start());
            VictimGroup previousGroup = null;
            for (int i = 0; i < t.size(); i++) {
                Optional<NumberParser.Figure> parsed = numbers.parse(t, i);
                if (parsed.isEmpty()) {
                    continue;
                }
                NumberParser.Figure figure = parsed.get();
                Optional<CasualtyClaim> claim = claimAt(layout, sentence, t, figure, previousGroup, statements);
                if (claim.isPresent()) {
                    CasualtyClaim c = claim.get();
                    previousGroup = c.victimGroup();
                    if (seen.add(c.outcome() + "/" + c.countLow())) {
                        claims.add(c);
                    }
                }
                i = figure.end() - 1;
            }
        }
        return claims;
    }

    private Optional<CasualtyClaim> claimAt(TextLayout layout, Sentence sentence, List<Token> t,
                                            NumberParser.Figure figure, VictimGroup previousGroup,
                                            List<Statement> statements) {
        int start = figure.start();
        int end = figure.end();
        Qualifier hedge = null;
        int qualifierStart = start;
        for (CasualtyWords.Phrase<Qualifier> q : words.qualifiers()) {
            if (CasualtyWords.at(t, start - q.words().size(), q.words())) {
                hedge = q.value();
                qualifierStart = start - q.words().size();
                break;
            }
        }
        if (isNotACount(t, figure) || isHypothetical(t, qualifierStart)) {
            return Optional.empty();
        }
        // the words after the figure: "more", adjectives, then the victim noun
        int j = end;
        boolean more = false;
        VictimGroup group = null;
        int victimEnd = end;
        for (int k = end; k < Math.min(t.size(), end + 4); k++) {
            String w = t.get(k).lower();
            if (w.equals("more") || w.equals("other") || w.equals("others")) {
                more = true;
            }
            VictimGroup g = words.victim(w);
            if (g == null && k + 1 < t.size()) {
                g = words.victim(w + " " + t.get(k + 1).lower());
                if (g != null) {
                    k++;
                }
            }
            if (g != null) {
                group = g;
                victimEnd = k + 1;
                break;
            }
            if (!t.get(k).isWord() || words.isNotPeople(w)) {
                break;
            }
        }
        Outcome outcome = outcomeAfter(t, group != null ? victimEnd : end);
        boolean adjacentOutcome = outcome != null && group == null && startsWithOutcome(t, end);
        if (outcome == null) {
            outcome = outcomeBefore(t, qualifierStart);
        }
        if (outcome == null || (group == null && !more && !adjacentOutcome && outcomeBefore(t, qualifierStart) == null)) {
            return Optional.empty();
        }
        // "…civilians were killed, with over 50 more (others) reported injured": the same victims
        if (more && previousGroup != null && (group == null || group == VictimGroup.PEOPLE)) {
            group = previousGroup;
        }
        if (group == null) {
            group = VictimGroup.PEOPLE;
        }
        Qualifier qualifier = NumberParser.qualifierFor(figure, hedge);
        boolean openEnded = qualifier == Qualifier.AT_LEAST || qualifier == Qualifier.MORE_THAN;
        Long high = openEnded ? null : figure.high();
        int spanStart = t.get(qualifierStart).start();
        int spanEnd = t.get(Math.max(victimEnd, end) - 1).end();
        Provenance provenance = new Provenance(layout.article().id(), "casualty." + (group == VictimGroup.PEOPLE
                ? "figure-outcome" : "figure-victim-outcome"), sentence.text(), spanStart, spanEnd);
        return Optional.of(new CasualtyClaim(provenance, figure.low(), high, qualifier, outcome, group,
                periodAfter(t, victimEnd), place(sentence), claimant(statements, spanStart)));
    }

    private boolean isNotACount(List<Token> t, NumberParser.Figure figure) {
        Token first = t.get(figure.start());
        if (figure.start() > 0 && "$€£¥#".contains(t.get(figure.start() - 1).text())) {
            return true;
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
            for (CasualtyWords.Phrase<Outcome> o : words.outcomes()) {
                if (CasualtyWords.at(t, k, o.words())) {
                    return o.value();
                }
            }
        }
        return null;
    }

    private boolean startsWithOutcome(List<Token> t, int at) {
        for (CasualtyWords.Phrase<Outcome> o : words.outcomes()) {
            if (CasualtyWords.at(t, at, o.words())) {
                return true;
            }
        }
        return false;
    }

    /** {@code killing at least 12}, {@code the death toll rose to 50}: the outcome word precedes the figure. */
    private Outcome outcomeBefore(List<Token> t, int figureStart) {
        for (int k = figureStart - 1; k >= Math.max(0, figureStart - 5); k--) {
            if (t.get(k).is(",") || t.get(k).is(";")) {
                return null;
            }
            for (CasualtyWords.Phrase<Outcome> o : words.outcomes()) {
                if (CasualtyWords.at(t, k, o.words()) && k + o.words().size() <= figureStart) {
                    return o.value();
                }
            }
        }
        return null;
    }

    private Period periodAfter(List<Token> t, int from) {
        for (int k = from; k < Math.min(t.size(), from + 3); k++) {
            for (CasualtyWords.Phrase<Period> p : words.periods()) {
                if (CasualtyWords.at(t, k, p.words())) {
                    return p.value();
                }
            }
        }
        return Period.NONE;
    }

    private String place(Sentence sentence) {
        Matcher m = PLACE.matcher(sentence.text());
        while (m.find()) {
            String place = m.group(1).replaceFirst("^the\\s+", "");
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
