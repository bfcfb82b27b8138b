package com.presstally.extract;

import com.presstally.domain.Actor;
import com.presstally.domain.Provenance;
import com.presstally.domain.Reaction;
import com.presstally.domain.Stance;
import com.presstally.domain.Statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds reactions (spec §5): a reaction cue outside quotation marks whose source resolves to a
 * person, a body, or a group that speaks for one. A reply to someone's words ({@code rejected his
 * remarks}) is a statement, not a reaction. One reaction per source and stance per article.
 */
public final class ReactionExtractor {
    /**
     * An actor's reactions in one article are listed strongest first: an explicit condemnation
     * outweighs support, which outweighs a demand or a defence.
     */
    private static final List<Stance> STANCE_PRIORITY = List.of(Stance.CONDEMN, Stance.SUPPORT, Stance.DEMAND,
            Stance.DEFEND, Stance.OTHER);

    static final String WEAK_RULE = "reaction.statement-weak-terms";

    /** Strongest first; a stance read from descriptive words only ranks below every explicit one. */
    private static int rank(Reaction r) {
        int base = STANCE_PRIORITY.indexOf(r.stance());
        return r.provenance().ruleId().equals(WEAK_RULE) ? base + STANCE_PRIORITY.size() : base;
    }

    /** The affiliation actors.tsv gives outlets: they report reactions, they do not react. */
    static final String NEWS_MEDIA = "news media";

    private final ReactionCues cues;
    private final SpeechCues speechCues;
    private final SourceWords words;
    private final Set<String> speechNouns;

    public ReactionExtractor(ReactionCues cues, SpeechCues speechCues, SourceWords words, Lexicon lexicon) {
        this.cues = cues;
        this.speechCues = speechCues;
        this.words = words;
        this.speechNouns = new HashSet<>();
        for (Lexicon.Row row : lexicon.rows("speech-nouns.tsv")) {
            speechNouns.add(row.cell(0).toLowerCase(java.util.Locale.ROOT));
        }
    }

    public List<Reaction> extract(TextLayout layout, ActorResolver resolver, List<Statement> statements) {
        List<Reaction> reactions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sentence sentence : layout.sentences()) {
            List<Token> tokens = layout.maskedTokens(sentence);
            for (int i = 0; i < tokens.size(); i++) {
                ReactionCues.Cue cue = cues.match(tokens, i);
                if (cue == null) {
                    continue;
                }
                CueSite site = new CueSite(layout, sentence, tokens, i, cue.asSpeechCue(), words, speechCues);
                for (Reaction r : reactionsAt(layout, resolver, sentence, site, cue)) {
                    if (seen.add(r.actor().name() + "/" + r.stance())) {
                        reactions.add(r);
                    }
                }
                i += cue.words().size() - 1;
            }
        }
        for (Statement s : statements) {
            statementReaction(resolver, s).ifPresent(r -> {
                if (seen.add(r.actor().name() + "/" + r.stance())) {
                    reactions.add(r);
                }
            });
        }
        // one actor's reactions stay together, its strongest stance first
        Map<String, List<Reaction>> byActor = new LinkedHashMap<>();
        for (Reaction r : reactions) {
            byActor.computeIfAbsent(r.actor().name(), k -> new ArrayList<>()).add(r);
        }
        reactions.clear();
        for (List<Reaction> own : byActor.values()) {
            own.sort(java.util.Comparator.comparingInt(ReactionExtractor::rank));
            reactions.addAll(own);
        }
        return reactions;
    }

    /**
     * A statement that evaluates or answers an event is also a reaction (spec §5): its cue or its
     * words carry the stance ("accused Russia of war crimes", "must be held responsible"). A
     * statement with no evaluative word is speech only.
     */
    private Optional<Reaction> statementReaction(ActorResolver resolver, Statement s) {
        Optional<Actor> actor = resolver.institutionOf(s.actor()).filter(a -> !a.affiliation().equals(NEWS_MEDIA));
        if (actor.isEmpty() || s.cue().isEmpty() && s.kind() != com.presstally.domain.StatementKind.DIRECT) {
            return Optional.empty();
        }
        List<Token> cueTokens = Token.tokenize(s.cue());
        List<Token> content = Token.tokenize(s.content());
        int objectStart = content.size() > cueTokens.size() && content.get(0).is(cueTokens.isEmpty() ? "" : cueTokens.get(0).text())
                ? cueTokens.size() : 0;
        for (int k = objectStart; k < Math.min(content.size(), objectStart + 4); k++) {
            if (speechNouns.contains(content.get(k).lower())) {
                return Optional.empty(); // "criticised his remarks": a reply to words is a statement only
            }
        }
        Stance stance = null;
        String rule = "reaction.statement-cue";
        if (!cueTokens.isEmpty()) {
            ReactionCues.Cue cue = cues.match(cueTokens, 0);
            if (cue != null && !cue.characterising()) {
                stance = cue.stance();
            }
        }
        if (stance == null) {
            ReactionCues.Terms terms = cues.termsOf(content);
            stance = terms.stance();
            rule = terms.onlyWeak() ? WEAK_RULE : "reaction.statement-terms";
        }
        if (stance == null) {
            return Optional.empty();
        }
        Provenance p = s.provenance();
        return Optional.of(new Reaction(new Provenance(p.articleId(), rule, p.sentence(), p.start(), p.end()),
                s.speaker(), actor.get(), stance, s.cue()));
    }

    private List<Reaction> reactionsAt(TextLayout layout, ActorResolver resolver, Sentence sentence,
                                       CueSite site, ReactionCues.Cue cue) {
        List<Token> t = site.tokens();
        List<List<Token>> sources = new ArrayList<>();
        String rule = "reaction.subject-cue";
        if (site.cueEnd() < t.size() && t.get(site.cueEnd()).is("by")) {
            // "a vote boycotted by the US, the UK and Canada": the agents after "by" reacted
            int j = site.cueEnd() + 1;
            while (j < t.size()) {
                List<Token> agent = site.phraseFrom(j);
                if (agent.isEmpty()) {
                    break;
                }
                sources.add(agent);
                j = site.indexOf(agent.get(agent.size() - 1)) + 1;
                while (j < t.size() && (t.get(j).is(",") || t.get(j).is("and"))) {
                    j++;
                }
            }
            rule = "reaction.passive-agent";
            if (cue.stance() != Stance.CONDEMN && (cue.stance() != Stance.SUPPORT || cue.words().get(0).equals("backed"))) {
                return List.of(); // "a deal demanded by Moscow", "rebels backed by Iran" describe, they do not react
            }
        } else if (site.isPassive()) {
            return List.of(); // "Russia is accused of …": the subject is the target, not the source
        } else {
            List<Token> source = site.phraseBefore();
            if (source.isEmpty() && site.cueIndex() > 0 && t.get(site.cueIndex() - 1).is(",")) {
                source = firstSource(site);
                rule = "reaction.participle";
            }
            if (!source.isEmpty()) {
                sources.addAll(site.coordinatedBefore(source));
                sources.add(source);
            }
        }
        if (sources.isEmpty() || isReplyToWords(site)) {
            return List.of();
        }
        int end = site.contentEnd(site.cueEnd());
        int cueStart = t.get(site.cueIndex()).start();
        int spanEnd = end > site.cueEnd() ? t.get(end - 1).end() : t.get(site.cueEnd() - 1).end();
        String object = layout.body().substring(cueStart, spanEnd);
        Stance stance = cue.stance();
        if (cue.giving()) {
            int objectEnd = t.get(Math.min(t.size(), site.cueEnd() + 8) - 1).end();
            stance = cues.stanceOfObject(layout.body().substring(cueStart, Math.max(cueStart, objectEnd)));
            if (stance == null) {
                return List.of();
            }
            rule = "reaction.giving";
        } else if (cue.characterising() || stance == Stance.OTHER) {
            Stance byTerms = cues.stanceOfTerms(object); // "described the attack as an escalation", "pledged to stand with"
            stance = byTerms == null ? Stance.OTHER : byTerms;
            rule = cue.characterising() ? "reaction.characterisation" : rule;
        }
        List<Reaction> found = new ArrayList<>();
        for (List<Token> source : sources) {
            int sourceStart = source.get(0).start();
            Optional<Actor> actor = resolver.resolve(source, sourceStart).flatMap(resolver::institutionOf);
            if (actor.isPresent() && !actor.get().affiliation().equals(NEWS_MEDIA)) {
                Provenance provenance = new Provenance(layout.article().id(), rule, sentence.text(),
                        Math.min(sourceStart, cueStart), Math.max(spanEnd, source.get(source.size() - 1).end()));
                String written = layout.body().substring(sourceStart, source.get(source.size() - 1).end());
                found.add(new Reaction(provenance, written, actor.get(), stance, site.cueText()));
            }
        }
        return found;
    }

    /** The object of the cue is someone's words: {@code rejected the remarks}, {@code criticised his comments}. */
    private boolean isReplyToWords(CueSite site) {
        List<Token> t = site.tokens();
        for (int k = site.cueEnd(); k < Math.min(t.size(), site.cueEnd() + 4); k++) {
            if (speechNouns.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** For {@code …, calling for a summit}: the first source-like phrase of the sentence. */
    private List<Token> firstSource(CueSite site) {
        List<Token> t = site.tokens();
        int i = 0;
        while (i < site.cueIndex()) {
            int j = i;
            while (j < site.cueIndex() && t.get(j).isWord() && !t.get(j).isQuoteMask()
                    && (t.get(j).isCapitalized() && !words.isNonName(t.get(j).lower())
                    || words.isTitle(t.get(j).lower()) || words.groupType(t.get(j).lower()).isPresent())) {
                j++;
            }
            if (j > i) {
                return List.copyOf(t.subList(i, j));
            }
            i = j + 1;
        }
        return List.of();
    }
}
