package com.presstally.domain;

import java.util.Objects;

/**
 * A stated number of people killed, injured, missing, captured or displaced (spec §4).
 *
 * @param countHigh the high end of a range, equal to {@code countLow} for an exact figure, null when
 *                  open-ended ({@code at least 12})
 * @param location  the place named in the same sentence, or empty
 * @param claimant  the actor the figure is attributed to, or null when the outlet states it
 */
public record CasualtyClaim(Provenance provenance, long countLow, Long countHigh, Qualifier qualifier,
                            Outcome outcome, VictimGroup victimGroup, Period period, String location,
                            Actor claimant) {
    public CasualtyClaim {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(victimGroup, "victimGroup");
        period = period == null ? Period.NONE : period;
        location = location == null ? "" : location;
        if (countLow < 0 || (countHigh != null && countHigh < countLow)) {
            throw new IllegalArgumentException("bad count " + countLow + ".." + countHigh);
        }
    }

    public String claimantName() {
        return claimant == null ? "" : claimant.name();
    }
}
