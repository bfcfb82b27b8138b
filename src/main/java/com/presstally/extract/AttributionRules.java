package com.presstally.extract;

import com.presstally.domain.StatementKind;
import com.presstally.extract.AttributionRule.Attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The shipped attribution cascade, in the order it runs. */
public final class AttributionRules {
    private static final Set<String> OPENING = Set.of("“", "\"", "‘", "«", "„", "'");
    /** "the day before the talks in Geneva, Trump …": a phrase after one of these is not the subject. */
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "from", "to", "of", "with", "by", "for",
            "about", "after", "before", "during", "near", "into", "over", "under", "between", "against", "through",
            "across", "aboard", "since", "until", "like", "than", "via");
    private static final Set<String> CONTENT_PREPOSITIONS = Set.of("in", "on", "at", "during", "after", "before",
            "late", "earlier", "last", "this", "from", "while", "when", "via", "through");

    private AttributionRules() {
    }

    public static List<AttributionRule> cascade() {
        return List.of(new AccordingTo(), new QuoteThenCue(), new CueThenQuote(), new ParticipleClause(),
                new Parenthetical(), new ComplementAfterCue(), new ClauseBeforeCue(), new CoordinatedPredicate());
    }

    /** {@code according to Ukrainian authorities, CLAUSE} and {@code CLAUSE, according to X.} */
    static final class AccordingTo implements AttributionRule {
        public String id() {
            return "indirect.according-to";
        }

        public Optional<Attribution> apply(CueSite s) {
            if (s.cue().frame() != SpeechCues.Frame.INTRO) {
                return Optional.empty();
            }
            List<Token> source = s.phraseAfter();
            if (source.isEmpty()) {
                return Optional.empty();
            }
            List<Token> t = s.tokens();
            int afterSource = s.indexOf(source.get(source.size() - 1)) + 1;
            int from;
            int to;
            if (s.cueIndex() == 0 || (s.cueIndex() > 0 && !t.get(s.cueIndex() - 1).is(","))) {
                from = afterSource < t.size() && t.get(afterSource).is(",") ? afterSource + 1 : afterSource;
                to = s.contentEnd(from);
            } else {
                from = 0;
                to = s.cueIndex() - 1;
            }
            if (s.wordCount(from, to) < 3) {
                return Optional.empty();
            }
            return Optional.of(new Attribution(id(), source, kindOf(s, from, to), List.of(span(s, from, to))));
        }
    }

    /** {@code "…," Trump said} and {@code "…," said Trump}, with a quote that goes on after the attribution. */
    static final class QuoteThenCue implements AttributionRule {
        public String id() {
            return "direct.quote-then-cue";
        }

        public Optional<Attribution> apply(CueSite s) {
            List<Token> source = s.phraseBefore();
            Quote quote;
            int after;
            if (!source.isEmpty()) {
                quote = s.quoteEndingBefore(s.indexOf(source.get(0)));
                after = s.cueEnd();
            } else {
                quote = s.quoteEndingBefore(s.cueIndex());
                source = s.phraseAfter();
                after = source.isEmpty() ? s.cueEnd() : s.indexOf(source.get(source.size() - 1)) + 1;
            }
            if (quote == null || source.isEmpty()) {
                return Optional.empty();
            }
            List<int[]> content = new ArrayList<>();
            content.add(new int[] {quote.contentStart(), quote.contentEnd()});
            Quote rest = quoteRunningToEnd(s, after);
            if (rest != null) {
                content.add(new int[] {rest.contentStart(), rest.contentEnd()});
            }
            return Optional.of(new Attribution(id(), source, StatementKind.DIRECT, content));
        }
    }

    /** {@code Trump wrote: "…"}, {@code X told reporters: "…"}. */
    static final class CueThenQuote implements AttributionRule {
        public String id() {
            return "direct.cue-then-quote";
        }

        public Optional<Attribution> apply(CueSite s) {
            List<Token> source = s.phraseBefore();
            if (source.isEmpty()) {
                return Optional.empty();
            }
            int j = skipAddressee(s, s.cueEnd());
            Quote quote = quoteRunningToEnd(s, j);
            if (quote == null) {
                quote = colonQuote(s);
            }
            if (quote == null) {
                return Optional.empty();
            }
            return Optional.of(new Attribution(id(), source, StatementKind.DIRECT,
                    List.of(new int[] {quote.contentStart(), quote.contentEnd()})));
        }
    }

    /**
     * {@code X said (that) CLAUSE}, {@code X accused Y of …}; mixed when the complement holds a quoted
     * fragment ({@code described the attack as "a gross escalation"}).
     */
    static final class ComplementAfterCue implements AttributionRule {
        public String id() {
            return "complement-after-cue";
        }

        public Optional<Attribution> apply(CueSite s) {
            List<Token> source = s.phraseBefore();
            if (source.isEmpty() || s.isPassive()) {
                return Optional.empty();
            }
            return complement(s, source, id());
        }
    }

    /** {@code …, accusing him of …}: a participle cue whose source is the subject of the main clause. */
    static final class ParticipleClause implements AttributionRule {
        public String id() {
            return "participle-clause";
        }

        public Optional<Attribution> apply(CueSite s) {
            if (!s.cue().isParticiple() || s.cueIndex() == 0 || !s.tokens().get(s.cueIndex() - 1).is(",")) {
                return Optional.empty();
            }
            List<Token> subject = mainSubject(s);
            return subject.isEmpty() ? Optional.empty() : complement(s, subject, id());
        }
    }

    /** {@code Russia, Kahl said, has had 70,000 casualties}: the attribution interrupts the content. */
    static final class Parenthetical implements AttributionRule {
        public String id() {
            return "indirect.parenthetical";
        }

        public Optional<Attribution> apply(CueSite s) {
            List<Token> t = s.tokens();
            List<Token> source = s.phraseBefore();
            if (source.isEmpty() || s.cue().frame() == SpeechCues.Frame.INTRO) {
                return Optional.empty();
            }
            int sourceStart = s.indexOf(source.get(0));
            int after = s.skipTimePhrase(s.cueEnd());
            if (s.cue().frame() == SpeechCues.Frame.TELL && after < t.size() && !t.get(after).is(",")) {
                after = Math.min(t.size(), after + 1); // "Putin, Zelensky told me, has …"
            }
            if (sourceStart == 0 || !t.get(sourceStart - 1).is(",") || after >= t.size() || !t.get(after).is(",")) {
                return Optional.empty();
            }
            int end = s.contentEnd(after + 1);
            if (s.wordCount(0, sourceStart - 1) + s.wordCount(after + 1, end) < 4 || s.wordCount(after + 1, end) < 2) {
                return Optional.empty();
            }
            int[] before = {t.get(0).start(), t.get(sourceStart - 2).end()};
            int[] rest = {t.get(after + 1).start(), t.get(end - 1).end()};
            StatementKind kind = s.hasQuote(0, end) ? StatementKind.MIXED : StatementKind.INDIRECT;
            return Optional.of(new Attribution(id(), source, kind, List.of(before, rest)));
        }
    }

    /** {@code Saudi Arabia offered a truce, but warned that …}: a second verb shares the clause's subject. */
    static final class CoordinatedPredicate implements AttributionRule {
        public String id() {
            return "coordinated-predicate";
        }

        public Optional<Attribution> apply(CueSite s) {
            List<Token> t = s.tokens();
            int k = s.cueIndex() - 1;
            while (k >= 0 && s.words().isBetween(t.get(k).lower())) {
                k--;
            }
            if (k < 1 || !(t.get(k).is("and") || t.get(k).is("but")) || !s.phraseBefore().isEmpty()) {
                return Optional.empty();
            }
            List<Token> subject = mainSubject(s);
            return subject.isEmpty() ? Optional.empty() : complement(s, subject, id());
        }
    }

    /** {@code The strikes were illegal, the minister said.} */
    static final class ClauseBeforeCue implements AttributionRule {
        public String id() {
            return "clause-before-cue";
        }

        public Optional<Attribution> apply(CueSite s) {
            List<Token> source = s.phraseBefore();
            int sourceStart = source.isEmpty() ? s.cueIndex() : s.indexOf(source.get(0));
            if (source.isEmpty()) {
                source = s.phraseAfter();
            }
            int after = source.isEmpty() ? s.cueEnd()
                    : Math.max(s.cueEnd(), s.indexOf(source.get(source.size() - 1)) + 1);
            int rest = s.contentEnd(after);
            // "…, the commissioner said on Saturday.", "…, he told the AFP news agency.": a short time,
            // place or addressee phrase may follow the cue
            boolean afterthought = after < s.tokens().size() && s.tokens().get(after).is(","); // "…, residents said, a day ahead of …"
            boolean onlyAdverbial = rest == after || afterthought || s.wordCount(after, rest) <= 5 && after < s.tokens().size()
                    && (CONTENT_PREPOSITIONS.contains(s.tokens().get(after).lower())
                    || s.cue().frame() == SpeechCues.Frame.TELL && skipAddressee(s, after) >= rest);
            if (source.isEmpty() || !onlyAdverbial || sourceStart == 0
                    || !s.tokens().get(sourceStart - 1).is(",")) {
                return Optional.empty();
            }
            int to = sourceStart - 1;
            if (s.wordCount(0, to) < 3) {
                return Optional.empty();
            }
            return Optional.of(new Attribution("indirect." + id(), source, kindOf(s, 0, to), List.of(span(s, 0, to))));
        }
    }

    private static Optional<Attribution> complement(CueSite s, List<Token> source, String ruleId) {
        SpeechCues.Frame frame = s.cue().frame();
        List<Token> t = s.tokens();
        if (s.cueEnd() + 1 < t.size() && t.get(s.cueEnd()).is(",") && frame != SpeechCues.Frame.TELL
                && quoteRunningToEnd(s, s.cueEnd()) == null
                && (s.cues().match(t, s.cueEnd() + 1) != null || s.cueIndex() > 0 && t.get(s.cueIndex() - 1).is(","))) {
            return Optional.empty(); // "…, Turk said, emphasising …", "Russia, Kahl said, has had …": the content is elsewhere
        }
        Quote afterColon = colonQuote(s);
        if (afterColon != null) {
            // "saying in his Thursday night video address: “…”"
            return Optional.of(new Attribution("direct." + ruleId, source, StatementKind.DIRECT,
                    List.of(new int[] {afterColon.contentStart(), afterColon.contentEnd()})));
        }
        int from = s.skipTimePhrase(skipAddressee(s, s.cueEnd()));
        boolean clauseMarked = from > s.cueEnd() && t.get(from - 1).is("that");
        while (from < t.size() && (t.get(from).is(",") || t.get(from).is("that"))) {
            clauseMarked |= t.get(from).is("that");
            from++;
        }
        // "said that while …" opens the clause; "said in a statement" needs a "that" to come
        if (!clauseMarked && from < t.size() && CONTENT_PREPOSITIONS.contains(t.get(from).lower())) {
            int that = indexOfWithin(s, from, 14, "that");
            if (that < 0 || frame == SpeechCues.Frame.OBJECT) {
                if (frame != SpeechCues.Frame.OBJECT) {
                    return Optional.empty();
                }
            } else {
                from = that + 1;
            }
        }
        int to = s.contentEnd(from);
        if (s.wordCount(from, to) < 3 && !(frame == SpeechCues.Frame.OBJECT && s.wordCount(from, to) >= 2)) {
            return Optional.empty();
        }
        int start = frame == SpeechCues.Frame.OBJECT ? s.cueIndex() : from;
        StatementKind kind = s.hasQuote(from, to) ? StatementKind.MIXED : StatementKind.INDIRECT;
        String prefix = kind == StatementKind.MIXED ? "mixed." : "indirect.";
        return Optional.of(new Attribution(prefix + ruleId, source, kind, List.of(span(s, start, to))));
    }

    /** "said on X: “…”", "said this: “…”", "said in a video address: “…”": a colon within a few words, then a quote. */
    private static Quote colonQuote(CueSite s) {
        for (int k = s.cueEnd(); k < Math.min(s.tokens().size(), s.cueEnd() + 8); k++) {
            if (s.tokens().get(k).isQuoteMask()) {
                return null;
            }
            if (s.tokens().get(k).is(":")) {
                return quoteRunningToEnd(s, k + 1);
            }
        }
        return null;
    }

    /** After a cue: skips {@code :}, {@code ,}, {@code that}, and for tell-verbs the addressee ({@code told reporters that}). */
    private static int skipAddressee(CueSite s, int j) {
        List<Token> t = s.tokens();
        if (s.cue().frame() == SpeechCues.Frame.TELL) {
            int limit = Math.min(t.size(), j + 6);
            boolean delimited = false;
            for (int k = j; k < limit; k++) {
                if (t.get(k).is("that") || t.get(k).is(":") || t.get(k).is(",") || t.get(k).isQuoteMask()
                        || OPENING.contains(t.get(k).text())) {
                    j = k;
                    delimited = true;
                    break;
                }
            }
            int end = s.contentEnd(j);
            if (!delimited && s.wordCount(j, end) <= 5) {
                return end; // "…, an MSF representative told the AFP news agency.": only the addressee follows
            }
        }
        while (j < t.size() && (t.get(j).is(":") || t.get(j).is(",") || t.get(j).is("that"))) {
            j++;
        }
        return j;
    }

    /** A quotation that starts at token {@code j} (after an opening mark) and is followed by nothing but punctuation. */
    private static Quote quoteRunningToEnd(CueSite s, int j) {
        List<Token> t = s.tokens();
        while (j < t.size() && (t.get(j).is(",") || t.get(j).is(":") || OPENING.contains(t.get(j).text()))) {
            j++;
        }
        if (j >= t.size() || !t.get(j).isQuoteMask()) {
            return null;
        }
        for (int k = j + 1; k < t.size(); k++) {
            if (t.get(k).isWord()) {
                return null;
            }
        }
        return s.layout().quoteAt(t.get(j).start());
    }

    /** The first phrase in the sentence before the cue that names a source: the main clause's subject. */
    private static List<Token> mainSubject(CueSite s) {
        List<Token> t = s.tokens();
        int i = 0;
        while (i < s.cueIndex()) {
            int j = i;
            while (j < s.cueIndex() && isSubjectWord(s, t.get(j))) {
                j++;
            }
            boolean objectOfPreposition = i > 0 && PREPOSITIONS.contains(t.get(i - 1).lower());
            if (j > i && !objectOfPreposition) {
                List<Token> phrase = t.subList(i, j);
                if (phrase.stream().anyMatch(tok -> tok.isCapitalized() || s.words().groupType(tok.lower()).isPresent()
                        || tok.is("he") || tok.is("she") || tok.is("they"))) {
                    return List.copyOf(phrase);
                }
            }
            i = j + 1;
        }
        return List.of();
    }

    private static boolean isSubjectWord(CueSite s, Token tok) {
        if (!tok.isWord() || tok.isQuoteMask()) {
            return false;
        }
        String lower = tok.lower();
        if (tok.isCapitalized()) {
            return !s.words().isNonName(tok.lower());
        }
        return s.words().isTitle(lower) || s.words().groupType(lower).isPresent() || lower.equals("he")
                || lower.equals("she") || lower.equals("they") || lower.equals("the");
    }

    private static int indexOfWithin(CueSite s, int from, int limit, String word) {
        for (int k = from; k < Math.min(s.tokens().size(), from + limit); k++) {
            if (s.tokens().get(k).is(word)) {
                return k;
            }
            if (s.tokens().get(k).is(",") || s.tokens().get(k).isQuoteMask()) {
                return -1;
            }
        }
        return -1;
    }

    private static StatementKind kindOf(CueSite s, int from, int to) {
        if (!s.hasQuote(from, to)) {
            return StatementKind.INDIRECT;
        }
        return countWordsOutsideQuotes(s, from, to) == 0 ? StatementKind.DIRECT : StatementKind.MIXED;
    }

    private static int countWordsOutsideQuotes(CueSite s, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            Token tok = s.tokens().get(k);
            if (tok.isWord() && !tok.isQuoteMask()) {
                n++;
            }
        }
        return n;
    }

    private static int[] span(CueSite s, int from, int to) {
        List<Token> t = s.tokens();
        return new int[] {t.get(from).start(), t.get(Math.max(from, to - 1)).end()};
    }
}
