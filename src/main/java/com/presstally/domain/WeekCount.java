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
 * <p>The same counts as the store's {@code computeWeek}: an actor's type is the first of its type
 * labels in sort order and its affiliation the last non-empty one, in whatever order the articles come.
 */
public final class WeekCount {
    private static final class Counter {
        String type;
        String affiliation = "";
        int statements;
        int direct;
        int mixed;
        int indirect;
        int articles;
        int reactions;
        int claims;
        LocalDate first;
        LocalDate last;
    }

    private final Map<String, Counter> byActor = new HashMap<>();
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
            Counter c = counter(named, s.actor().name(), s.actor().type().label(), s.actor().affiliation(), published);
            c.statements++;
            switch (s.kind()) {
                case DIRECT -> c.direct++;
                case MIXED -> c.mixed++;
                case INDIRECT -> c.indirect++;
            }
        }
        for (Reaction r : x.reactions()) {
            counter(named, r.actor().name(), r.actor().type().label(), r.actor().affiliation(), published).reactions++;
        }
        for (CasualtyClaim k : x.casualties()) {
            String claimant = k.claimantName();
            if (claimant != null && !claimant.isEmpty()) {
                String type = k.claimant() == null ? "" : k.claimant().type().label();
                counter(named, claimant, type, "", published).claims++;
            }
        }
    }

    private Counter counter(Set<String> namedInThisArticle, String actor, String type, String affiliation,
                            LocalDate published) {
        Counter c = byActor.computeIfAbsent(actor, k -> new Counter());
        if (c.type == null || type.compareTo(c.type) < 0) {
            c.type = type;
        }
        if (affiliation != null && affiliation.compareTo(c.affiliation) > 0) {
            c.affiliation = affiliation;
        }
        if (namedInThisArticle.add(actor)) {
            c.articles++;
        }
        if (published != null) {
            c.first = c.first == null || published.isBefore(c.first) ? published : c.first;
            c.last = c.last == null || published.isAfter(c.last) ? published : c.last;
        }
        return c;
    }

    /** The tally in the order a stored tally is read in: most statements first, then most reactions, then by name. */
    public List<ActorTally> actors() {
        List<ActorTally> result = new ArrayList<>();
        byActor.forEach((actor, c) -> result.add(new ActorTally(actor, c.type, c.affiliation, c.statements, c.direct,
                c.mixed, c.indirect, c.articles, c.reactions, c.claims, c.first, c.last)));
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
