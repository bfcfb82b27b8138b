package com.presstally.report;

import com.presstally.domain.ActorTally;
import com.presstally.domain.CasualtyClaim;
import com.presstally.domain.ProcessedArticle;
import com.presstally.domain.Reaction;
import com.presstally.domain.Statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts, per actor, what the counted articles of a scope say about them: the reference the
 * database tally ({@code ExtractionStore.computeTally}) is tested against.
 */
public final class Tally {
    private Tally() {
    }

    private static final class Counter {
        String type = "";
        String affiliation = "";
        int statements;
        int direct;
        int mixed;
        int indirect;
        int reactions;
        int claims;
        final Set<String> articles = new HashSet<>();
        LocalDate first;
        LocalDate last;

        void seen(ProcessedArticle a) {
            articles.add(a.id());
            LocalDate d = a.article().published();
            if (d != null) {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
        }
    }

    public static List<ActorTally> of(List<ProcessedArticle> counted) {
        Map<String, Counter> byActor = new LinkedHashMap<>();
        for (ProcessedArticle a : counted) {
            for (Statement s : a.extraction().statements()) {
                Counter c = counter(byActor, s.actor().name(), s.actor().type().label(), s.actor().affiliation());
                c.statements++;
                switch (s.kind()) {
                    case DIRECT -> c.direct++;
                    case MIXED -> c.mixed++;
                    case INDIRECT -> c.indirect++;
                }
                c.seen(a);
            }
            for (Reaction r : a.extraction().reactions()) {
                Counter c = counter(byActor, r.actor().name(), r.actor().type().label(), r.actor().affiliation());
                c.reactions++;
                c.seen(a);
            }
            for (CasualtyClaim k : a.extraction().casualties()) {
                if (k.claimant() != null) {
                    Counter c = counter(byActor, k.claimant().name(), k.claimant().type().label(), "");
                    c.claims++;
                    c.seen(a);
                }
            }
        }
        List<ActorTally> result = new ArrayList<>();
        byActor.forEach((name, c) -> result.add(new ActorTally(name, c.type, c.affiliation, c.statements, c.direct,
                c.mixed, c.indirect, c.articles.size(), c.reactions, c.claims, c.first, c.last)));
        result.sort(Comparator.comparingInt(ActorTally::statements).reversed()
                .thenComparing(Comparator.comparingInt(ActorTally::total).reversed())
                .thenComparing(ActorTally::actor));
        return result;
    }

    private static Counter counter(Map<String, Counter> byActor, String name, String type, String affiliation) {
        Counter c = byActor.computeIfAbsent(name, k -> new Counter());
        if (c.type.isEmpty()) {
            c.type = type;
        }
        if (c.affiliation.isEmpty()) {
            c.affiliation = affiliation;
        }
        return c;
    }
}
