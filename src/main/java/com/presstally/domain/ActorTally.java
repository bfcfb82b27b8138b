package com.presstally.domain;

import java.time.LocalDate;

/** One actor's figures for one report scope: the Actors sheet and the trends are made of these. */
public record ActorTally(String actor, String actorType, String affiliation, int statements, int direct, int mixed,
                         int indirect, int articles, int reactions, int casualtyClaims, LocalDate firstSeen,
                         LocalDate lastSeen) {
    public int total() {
        return statements + reactions + casualtyClaims;
    }
}
