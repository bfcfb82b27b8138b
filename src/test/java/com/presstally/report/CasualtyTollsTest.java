package com.presstally.report;

import com.presstally.domain.Actor;
import com.presstally.domain.ActorType;
import com.presstally.domain.Article;
import com.presstally.domain.CasualtyClaim;
import com.presstally.domain.Extraction;
import com.presstally.domain.Outcome;
import com.presstally.domain.Period;
import com.presstally.domain.ProcessedArticle;
import com.presstally.domain.Provenance;
import com.presstally.domain.Qualifier;
import com.presstally.domain.VictimGroup;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CasualtyTollsTest {
    private static ProcessedArticle article(String id, LocalDate date, CasualtyClaim... claims) {
        Article a = new Article(id, "t", date, "Wire", "", List.of("x"));
        return ProcessedArticle.ok(a, id, new Extraction(List.of(), List.of(claims), List.of()));
    }

    private static CasualtyClaim killed(String id, long low, Qualifier q, String place, String claimant) {
        return new CasualtyClaim(new Provenance(id, "r", "s", 0, 1), low, q == Qualifier.AT_LEAST ? null : low, q,
                Outcome.KILLED, VictimGroup.CIVILIANS, Period.NONE, place,
                claimant == null ? null : Actor.of(claimant, ActorType.GOVERNMENT));
    }

    @Test
    void disagreeingFiguresForTheSameTollStandSideBySide() {
        LocalDate monday = LocalDate.of(2026, 11, 16);
        List<CasualtyTolls.Toll> tolls = CasualtyTolls.of(List.of(
                article("a.txt", monday, killed("a.txt", 12, Qualifier.AT_LEAST, "Sela", "Valdoria")),
                article("b.txt", monday.plusDays(1), killed("b.txt", 15, Qualifier.EXACT, "Sela", "UN")),
                article("c.txt", monday.plusDays(2), killed("c.txt", 9000, Qualifier.MORE_THAN, "Sela", null))));
        assertEquals(2, tolls.size(), "a cumulative toll is not the same toll as one attack's");
        CasualtyTolls.Toll disputed = tolls.get(0);
        assertTrue(disputed.disputed());
        assertEquals(12, disputed.lowest());
        assertEquals(15, disputed.highest());
        assertEquals("at least 12 (Valdoria, a.txt); 15 (UN, b.txt)", CasualtyTolls.describe(disputed));
        assertFalse(tolls.get(1).disputed());
        assertEquals("more than 9000 (as reported by Wire, c.txt)", CasualtyTolls.describe(tolls.get(1)));
    }

    @Test
    void differentPlacesOrWeeksAreDifferentTolls() {
        LocalDate monday = LocalDate.of(2026, 11, 16);
        assertEquals(3, CasualtyTolls.of(List.of(
                article("a.txt", monday, killed("a.txt", 12, Qualifier.EXACT, "Sela", null)),
                article("b.txt", monday, killed("b.txt", 12, Qualifier.EXACT, "Arvel", null)),
                article("c.txt", monday.plusDays(7), killed("c.txt", 12, Qualifier.EXACT, "Sela", null)))).size());
    }

    @Test
    void aTollReportedByManyArticlesListsTheFirstClaimsAndCountsTheRest() {
        LocalDate monday = LocalDate.of(2026, 11, 16);
        List<ProcessedArticle> articles = new java.util.ArrayList<>();
        for (int i = 0; i < CasualtyTolls.LISTED + 5; i++) {
            String id = String.format("a%02d.txt", i);
            articles.add(article(id, monday, killed(id, 12 + i % 3, Qualifier.EXACT, "Sela", "UN")));
        }
        List<CasualtyTolls.Toll> tolls = CasualtyTolls.of(articles);
        assertEquals(1, tolls.size());
        CasualtyTolls.Toll toll = tolls.get(0);
        assertEquals(CasualtyTolls.LISTED + 5, toll.claimCount());
        assertEquals(12, toll.lowest());
        assertEquals(14, toll.highest());
        String described = CasualtyTolls.describe(toll);
        assertTrue(described.startsWith("12 (UN, a00.txt); 12 (UN, a03.txt)"), described);
        assertTrue(described.endsWith("; … and 5 more claims (the casualties table lists them all)"), described);
    }
}
