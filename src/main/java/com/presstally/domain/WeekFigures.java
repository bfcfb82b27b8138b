package com.presstally.domain;

import java.util.Map;

/**
 * One week's totals, for trends: articles read and counted, items extracted, and statements per
 * actor.
 */
public record WeekFigures(String week, int articles, int counted, int duplicates, int rejected, int statements,
                          int casualties, int reactions, Map<String, Integer> statementsByActor) {
    public WeekFigures {
        statementsByActor = Map.copyOf(statementsByActor);
    }
}
