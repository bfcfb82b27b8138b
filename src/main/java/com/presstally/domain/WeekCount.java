package com.presstally.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts a scope's articles as they stream past, once each: the scope's figures and, per actor,
 * what its counted articles say (statements by kind, reactions, casualty claims as claimant, the
 * articles naming it and the first and last dates). Copies and rejected articles are counted as
 * such and contribute no items. Holds one counter per actor, never the articles.
 *
 * <p>The same counts as the store's {@code computeWeek}, per actor through {@link ActorCount}.
 */
public final class WeekCount {
    private final Map<String, ActorCount> byActor = new HashMap<>();
    private int articles;
    private int counted;
    private int duplicates;
    private int rejected;
    private int statements;
    private int casualties;
    private int reactions;

    public void add(ProcessedArticle a) {
        articles++;
        switch (a.status()) {
            case DUPLICATE -> duplicates++;
            case REJECTED -> rejected++;
            case OK -> count(a);
        }
    }

    private void count(ProcessedArticle a) {
        counted++;
        Extraction x = a.extraction();
        statements += x.statements().size();
        casualties += x.casualties().size();
        reactions += x.reactions().size();
        LocalDate published = a.article() == null ? null : a.article().published();
        Set<String> named = new HashSet<>();
        for (Statement s : x.statements()) {
            seen(named, s.actor(), published).statement(s.kind());
        }
        for (Reaction r : x.reactions()) {
            seen(named, r.actor(), published).reaction();
        }
        for (CasualtyClaim k : x.casualties()) {
            if (!k.claimantName().isEmpty()) {
                seen(named, new Actor(k.claimantName(), k.claimant().type(), "", ""), published).casualtyClaim();
            }
        }
    }

    private ActorCount seen(Set<String> namedInThisArticle, Actor actor, LocalDate published) {
        return byActor.computeIfAbsent(actor.name(), k -> new ActorCount()).seen(actor.type().label(),
                actor.affiliation(), published, namedInThisArticle.add(actor.name()));
    }

    /** The tally in the order a stored tally is read in: most statements first, then most reactions, then by name. */
    public List<ActorTally> actors() {
        List<ActorTally> result = new ArrayList<>();
        byActor.forEach((actor, c) -> result.add(c.tally(actor)));
        result.sort(Comparator.comparingInt(ActorTally::statements).reversed()
                .thenComparing(Comparator.comparingInt(ActorTally::reactions).reversed())
                .thenComparing(ActorTally::actor));
        return result;
    }

    /** The scope's figures, with each actor's statements in tally order (what a trend shows per actor). */
    public WeekFigures figures(String scopeLabel) {
        Map<String, Integer> byActorStatements = new LinkedHashMap<>();
        actors().forEach(t -> byActorStatements.put(t.actor(), t.statements()));
        return new WeekFigures(scopeLabel, articles, counted, duplicates, rejected, statements, casualties, reactions,
                byActorStatements);
    }
}
