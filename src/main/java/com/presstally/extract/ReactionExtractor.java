package com.presstally.extract;

import com.presstally.domain.Actor;
import com.presstally.domain.Provenance;
import com.presstally.domain.Reaction;
import com.presstally.domain.Stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds reactions (spec §5): a reaction cue outside quotation marks whose source resolves to a
 * person, a body, or a group that speaks for one. A reply to someone's words ({@code rejected his
 * remarks}) is a statement, not a reaction. One reaction per source and stance per article.
 */
public final class ReactionExtractor {
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

    public List<Reaction> extract(TextLayout layout, ActorResolver resolver) {
        List<Reaction> reactions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sentence sentence : layout.sentences()) {
            List<Token> tokens = Token.tokenize(layout.masked(sentence.start(), sentence.end()), sentence.start());
            for (int i = 0; i < tokens.size(); i++) {
                ReactionCues.Cue cue = cues.match(tokens, i);
                if (cue == null) {
                    continue;
                }
                CueSite site = new CueSite(layout, sentence, tokens, i, cue.asSpeechCue(), words, speechCues);
                reactionAt(layout, resolver, sentence, site, cue).ifPresent(r -> {
                    if (seen.add(r.actor().name() + "/" + r.stance())) {
                        reactions.add(r);
                    }
                });
                i += cue.words().size() - 1;
            }
        }
        return reactions;
    }

    private Optional<Reaction> reactionAt(TextLayout layout, ActorResolver resolver, Sentence sentence,
                                          CueSite site, ReactionCues.Cue cue) {
        List<Token> source = site.phraseBefore();
        String rule = "reaction.subject-cue";
        if (source.isEmpty() && site.cueIndex() > 0 && site.tokens().get(site.cueIndex() - 1).is(",")) {
            source = firstSource(site);
            rule = "reaction.participle";
        }
        if (source.isEmpty() || isReplyToWords(site)) {
            return Optional.empty();
        }
        Stance stance = cue.stance();
        int end = site.contentEnd(site.cueEnd());
        if (cue.characterising()) {
            int objectEnd = end > site.cueEnd() ? site.tokens().get(end - 1).end() : site.tokens().get(site.cueEnd() - 1).end();
            stance = cues.stanceOfTerms(layout.body().substring(site.tokens().get(site.cueIndex()).start(), objectEnd));
            if (stance == null) {
                return Optional.empty();
            }
            rule = "reaction.characterisation";
        }
        int sourceStart = source.get(0).start();
        Optional<Actor> actor = resolver.resolve(source, sourceStart).flatMap(resolver::institutionOf);
        if (actor.isEmpty()) {
            return Optional.empty();
        }
        int spanEnd = end > site.cueEnd() ? site.tokens().get(end - 1).end() : site.tokens().get(site.cueEnd() - 1).end();
        Provenance provenance = new Provenance(layout.article().id(), rule, sentence.text(),
                Math.min(sourceStart, site.tokens().get(site.cueIndex()).start()), spanEnd);
        String written = layout.body().substring(sourceStart, source.get(source.size() - 1).end());
        return Optional.of(new Reaction(provenance, written, actor.get(), stance, site.cueText()));
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
                    && (t.get(j).isCapitalized() && !words.isNonName(t.get(j).text())
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
