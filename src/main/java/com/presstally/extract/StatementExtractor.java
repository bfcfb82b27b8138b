package com.presstally.extract;

import com.presstally.domain.Actor;
import com.presstally.domain.Provenance;
import com.presstally.domain.Statement;
import com.presstally.domain.StatementKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds statements (spec §3): every speech cue outside quotation marks is offered to the
 * attribution cascade; quotes with no cue of their own continue the previous speaker.
 */
public final class StatementExtractor {
    private final SpeechCues cues;
    private final SourceWords words;
    private final List<AttributionRule> rules;

    public StatementExtractor(SpeechCues cues, SourceWords words, List<AttributionRule> rules) {
        this.cues = cues;
        this.words = words;
        this.rules = List.copyOf(rules);
    }

    public List<Statement> extract(TextLayout layout, ActorResolver resolver) {
        List<Statement> found = new ArrayList<>();
        Statement previous = null;
        Sentence previousSentence = null;
        for (Sentence sentence : layout.sentences()) {
            List<Token> tokens = layout.maskedTokens(sentence);
            int before = found.size();
            for (int i = 0; i < tokens.size(); i++) {
                SpeechCues.Cue cue = cues.match(tokens, i);
                if (cue == null) {
                    continue;
                }
                CueSite site = new CueSite(layout, sentence, tokens, i, cue, words, cues);
                for (AttributionRule rule : rules) {
                    Optional<AttributionRule.Attribution> hit = rule.apply(site);
                    if (hit.isPresent()) {
                        AttributionRule.Attribution a = hit.get();
                        // "Hungary and Slovakia said …": one statement per source
                        if (nestsAnother(found, before, a)) {
                            break; // "Macron warned that …, Jennifer Rankin writes": the outer voice is the outlet's
                        }
                        for (List<Token> other : site.coordinatedBefore(a.source())) {
                            AttributionRule.Attribution shared = new AttributionRule.Attribution(a.ruleId(), other, a.kind(), a.content());
                            toStatement(layout, resolver, sentence, site, shared).ifPresent(s -> add(found, s));
                        }
                        toStatement(layout, resolver, sentence, site, a).ifPresent(s -> add(found, s));
                        break;
                    }
                }
                i += cue.words().size() - 1;
            }
            if (found.size() > before) {
                previous = found.get(found.size() - 1);
                previousSentence = sentence;
                continue;
            }
            Statement continued = previous != null && previous.kind() == StatementKind.DIRECT
                    ? continuation(layout, sentence, previous, previousSentence) : null;
            if (continued == null) {
                continued = bareQuoteParagraph(layout, sentence, voiceOfBareQuote(layout, sentence, found));
            }
            if (continued == null) {
                previous = null; // narration in between: the next bare quote has no known speaker
                continue;
            }
            if (previousSentence != null && previous != null && sentence.paragraph() == previousSentence.paragraph()) {
                found.set(found.size() - 1, continued);
            } else {
                found.add(continued);
            }
            previous = continued;
            previousSentence = sentence;
        }
        return found;
    }

    private Optional<Statement> toStatement(TextLayout layout, ActorResolver resolver, Sentence sentence,
                                            CueSite site, AttributionRule.Attribution hit) {
        int sourceStart = hit.source().get(0).start();
        int sourceEnd = hit.source().get(hit.source().size() - 1).end();
        Optional<Actor> actor = resolver.resolve(hit.source(), sourceStart);
        if (actor.isEmpty()) {
            return Optional.empty();
        }
        resolver.noteSpeaker(actor.get(), sourceStart);
        StringBuilder content = new StringBuilder();
        int start = sourceStart;
        int end = sourceEnd;
        for (int[] span : hit.content()) {
            if (content.length() > 0) {
                joinSentences(content);
            }
            content.append(layout.body(), span[0], span[1]);
            start = Math.min(start, span[0]);
            end = Math.max(end, span[1]);
        }
        String text = clean(content.toString());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Provenance provenance = new Provenance(layout.article().id(), hit.ruleId(), sentence.text(), start, end);
        return Optional.of(new Statement(provenance, layout.body().substring(sourceStart, sourceEnd), actor.get(),
                hit.kind(), site.cueText(), text));
    }

    /**
     * A sentence that is a quotation with no cue, right after a direct statement: in the same
     * paragraph it extends that statement; at the start of the next paragraph it is a new statement
     * by the same speaker with an empty cue (spec §3).
     */
    private static Statement continuation(TextLayout layout, Sentence sentence, Statement previous,
                                          Sentence previousSentence) {
        List<Quote> quotes = layout.quotesIn(sentence.start(), sentence.end());
        if (quotes.isEmpty()) {
            return null;
        }
        Quote q = quotes.get(0);
        int quoted = quotes.stream().mapToInt(x -> x.contentEnd() - x.contentStart()).sum();
        if (quoted < 0.6 * (sentence.end() - sentence.start()) || q.open() - sentence.start() > 3) {
            return null;
        }
        String text = clean(quotes.stream().map(x -> layout.body().substring(x.contentStart(), x.contentEnd()))
                .reduce((a, b) -> a + " " + b).orElse(""));
        Provenance was = previous.provenance();
        if (sentence.paragraph() == previousSentence.paragraph()) {
            Provenance extended = new Provenance(was.articleId(), was.ruleId(), was.sentence(), was.start(),
                    Math.max(was.end(), q.contentEnd()));
            StringBuilder joined = new StringBuilder(previous.content());
            joinSentences(joined);
            return new Statement(extended, previous.speaker(), previous.actor(), previous.kind(), previous.cue(),
                    joined + text);
        }
        if (sentence.paragraph() == previousSentence.paragraph() + 1 && q.open() == layout.paragraphStart(sentence.paragraph())
                && !isHeading(text)) {
            Provenance p = new Provenance(was.articleId(), "direct.continuation-paragraph", sentence.text(),
                    q.contentStart(), q.contentEnd());
            return new Statement(p, previous.speaker(), previous.actor(), StatementKind.DIRECT, "", text);
        }
        return null;
    }

    /**
     * Whether the attribution's content was already attributed in this sentence: "Macron warned that
     * “…”, Jennifer Rankin writes" is Macron's voice, reported by the outlet's writer.
     */
    private static boolean nestsAnother(List<Statement> found, int sentenceFirst, AttributionRule.Attribution a) {
        int start = a.content().get(0)[0];
        int end = a.content().get(a.content().size() - 1)[1];
        for (int i = sentenceFirst; i < found.size(); i++) {
            Provenance p = found.get(i).provenance();
            if (p.start() < end && start < p.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds a statement; one with a cue replaces a cue-less statement of the same quotation (a bare
     * quote whose attribution the next sentence gives).
     */
    private static void add(List<Statement> found, Statement s) {
        for (int i = found.size() - 1; i >= Math.max(0, found.size() - 3); i--) {
            Statement other = found.get(i);
            if (other.cue().isEmpty() && other.provenance().start() == s.provenance().start()) {
                found.set(i, s);
                return;
            }
        }
        found.add(s);
    }

    /**
     * Whose voice a bare quote paragraph carries on: the last quoted speaker when that quote is at
     * most two paragraphs back, else the speaker quoted most often so far (the interviewee).
     */
    private static Statement voiceOfBareQuote(TextLayout layout, Sentence sentence, List<Statement> found) {
        Statement last = lastQuoted(found);
        if (last != null && sentence.paragraph() - paragraphOf(layout, last) <= 2) {
            return last;
        }
        Statement reported = found.isEmpty() ? null : found.get(found.size() - 1);
        if (reported != null && paragraphOf(layout, reported) == sentence.paragraph() - 1) {
            return reported; // "A member of the elite forces said they were aiming …" then his quote
        }
        if (last == null) {
            return null;
        }
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        Statement best = last;
        for (Statement s : found) {
            if (s.kind() != StatementKind.INDIRECT || s.actor().type() == com.presstally.domain.ActorType.PERSON) {
                int n = counts.merge(s.actor().name(), 1, Integer::sum);
                if (n > counts.getOrDefault(best.actor().name(), 0)) {
                    best = s;
                }
            }
        }
        return best;
    }

    private static int paragraphOf(TextLayout layout, Statement s) {
        for (int p = layout.paragraphCount() - 1; p >= 0; p--) {
            if (layout.paragraphStart(p) <= s.provenance().start()) {
                return p;
            }
        }
        return 0;
    }

    /** The most recent statement with quoted words: whose voice a bare quote paragraph carries on. */
    private static Statement lastQuoted(List<Statement> found) {
        for (int i = found.size() - 1; i >= 0; i--) {
            if (found.get(i).kind() != StatementKind.INDIRECT) {
                return found.get(i);
            }
        }
        return null;
    }

    /**
     * A paragraph that opens with a quotation and has no cue of its own continues the voice of the
     * last quoted speaker (spec §3: in an interview the interviewee is the speaker).
     */
    private static Statement bareQuoteParagraph(TextLayout layout, Sentence sentence, Statement lastQuoted) {
        if (lastQuoted == null || sentence.start() != layout.paragraphStart(sentence.paragraph())) {
            return null;
        }
        List<Quote> quotes = layout.quotesIn(sentence.start(), sentence.end());
        if (quotes.isEmpty() || quotes.get(0).open() != sentence.start()) {
            return null;
        }
        int quoted = quotes.stream().mapToInt(x -> x.contentEnd() - x.contentStart()).sum();
        if (quoted < 0.6 * (sentence.end() - sentence.start())) {
            return null;
        }
        String text = clean(quotes.stream().map(x -> layout.body().substring(x.contentStart(), x.contentEnd()))
                .reduce((a, b) -> a + " " + b).orElse(""));
        if (isHeading(text)) {
            return null;
        }
        Provenance p = new Provenance(layout.article().id(), "direct.bare-quote-paragraph", sentence.text(),
                quotes.get(0).contentStart(), quotes.get(quotes.size() - 1).contentEnd());
        return new Statement(p, lastQuoted.speaker(), lastQuoted.actor(), StatementKind.DIRECT, "", text);
    }

    /** A quote broken by its attribution ("…budge," Trump said. "Sometimes…") reads on as one text. */
    private static void joinSentences(StringBuilder content) {
        int last = content.length() - 1;
        while (last >= 0 && (content.charAt(last) == ' ' || content.charAt(last) == ',')) {
            content.setLength(last--);
        }
        if (last >= 0 && ".!?".indexOf(content.charAt(last)) < 0) {
            content.append('.');
        }
        content.append(' ');
    }

    /** A one-line 'Terrifying' between sections is a heading, not speech: under four words, no sentence end. */
    private static boolean isHeading(String text) {
        return text.isEmpty() || text.split("\\s+").length < 4 && ".!?".indexOf(text.charAt(text.length() - 1)) < 0;
    }

    private static final String QUOTE_MARKS = "“”\"«»„";

    /**
     * Content as the exports show it: quotation marks dropped, each run of ASCII white space one
     * space, no trailing comma, semicolon or colon.
     */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (QUOTE_MARKS.indexOf(c) >= 0) {
                continue;
            }
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space || !inSpace) {
                sb.append(space ? ' ' : c);
            }
            inSpace = space;
        }
        String t = sb.toString().strip();
        while (!t.isEmpty() && ",;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
