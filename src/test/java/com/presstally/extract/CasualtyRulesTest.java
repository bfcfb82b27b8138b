package com.presstally.extract;

import com.presstally.domain.CasualtyClaim;
import com.presstally.domain.Extraction;
import com.presstally.domain.Outcome;
import com.presstally.domain.Qualifier;
import com.presstally.domain.VictimGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.presstally.extract.ExtractionGoldenTest.claim;
import static com.presstally.extract.ExtractionGoldenTest.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Casualty claims as news writes them, one case per pattern, in our own wording. */
class CasualtyRulesTest {

    /** sentence | outcome | count_low | count_high (empty: open) | qualifier | victim group */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Twelve villagers died in the flood of shelling.|killed|12|12|exact|civilians",
            "The raid killed 1,700 people over two days.|killed|1700|1700|exact|people",
            "Officials said 1.2 million people had fled the region.|displaced|1200000|1200000|exact|people",
            "Twenty-five soldiers were wounded near the river.|injured|25|25|exact|soldiers",
            "A dozen journalists were detained at the border.|captured|12|12|exact|journalists",
            "Hundreds of thousands of people have been displaced since March.|displaced|100000||vague|people",
            "Dozens of children were hurt when the roof fell.|injured|12||vague|children",
            "Between 500,000 and 600,000 troops have been killed or wounded.|casualties|500000|600000|exact|soldiers",
            "Some 70,000-80,000 soldiers are missing.|missing|70000|80000|about|soldiers",
            "Up to 40 aid workers were abducted last year.|captured|40|40|up_to|aid_workers",
            "Nearly 300 police officers were injured in the riots.|injured|300|300|about|police",
            "No fewer than 18 civilians were killed in the attack.|killed|18||at_least|civilians",
            "Fewer than 10 people were hurt.|injured|10|10|fewer_than|people",
            "The blast left 14 dead.|killed|14|14|exact|people",
            "The authorities found 83 bodies in a forest grave.|killed|83|83|exact|people",
            "The sides swapped 95 prisoners of war on Sunday.|captured|95|95|exact|soldiers",
            "More than 2 million refugees have crossed into Moldova.|displaced|2000000||more_than|people",
            "The storm of shelling caused 31 casualties among the garrison, killed and wounded in action.|casualties|31|31|exact|soldiers",
    })
    void figureAsWritten(String sentence, String outcome, long low, String high, String qualifier, String group) {
        Extraction x = extract(sentence);
        CasualtyClaim c = claim(x, Outcome.parse(outcome), low).orElseThrow(() -> new AssertionError(x.casualties().toString()));
        assertEquals(high == null || high.isEmpty() ? null : Long.valueOf(high), c.countHigh());
        assertEquals(Qualifier.parse(qualifier), c.qualifier());
        assertEquals(VictimGroup.parse(group), c.victimGroup());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The 42-year-old mayor was killed in 2019.",
            "The army fired 40 missiles and 12 drones at the city, killing nobody.",
            "Prices rose by 30 percent after the strike killed the market.",
            "The aid package is worth $300 million and will not cover the injured.",
            "On April 2 the bombing killed the peace talks.",
            "They were shot one by one, witnesses said.",
            "It was one of the deadliest attacks on the city.",
            "The ceasefire is meant to avoid thousands more dying this winter.",
            "No civilians were killed, the ministry said.",
            "A strike on the 3 km long convoy killed the engine.",
            "The army will hand over 20 tanks to the rebels, who captured the town.",
    })
    void lookAlikeIsNotACasualtyClaim(String sentence) {
        assertTrue(extract(sentence).casualties().isEmpty(), () -> extract(sentence).casualties().toString());
    }

    @Test
    void coordinatedFigureSharesTheOutcomeOfTheFirst() {
        Extraction x = extract("Shelling has killed more than 2,000 civilians in Harbin province and more than 6,000 across the country.");
        CasualtyClaim second = claim(x, Outcome.KILLED, 6000).orElseThrow();
        assertEquals(VictimGroup.CIVILIANS, second.victimGroup());
        assertEquals(Qualifier.MORE_THAN, second.qualifier());
    }

    @Test
    void includingFigureSharesTheOutcomeAndNamesItsOwnGroup() {
        Extraction x = extract("The strike hit a bus, killing at least 19 people, including seven children.");
        assertEquals(VictimGroup.CHILDREN, claim(x, Outcome.KILLED, 7).orElseThrow().victimGroup());
    }

    @Test
    void ofThemTakesTheGroupNamedBefore() {
        Extraction x = extract("The rebels ambushed a column of troops, killing up to 60 of them.");
        CasualtyClaim c = claim(x, Outcome.KILLED, 60).orElseThrow();
        assertEquals(VictimGroup.SOLDIERS, c.victimGroup());
        assertEquals(Qualifier.UP_TO, c.qualifier());
    }

    @Test
    void subsetAfterIncludingDoesNotNameTheGroup() {
        Extraction x = extract("The war has injured at least 8,000 people, including civilians, since May.");
        assertEquals(VictimGroup.PEOPLE, claim(x, Outcome.INJURED, 8000).orElseThrow().victimGroup());
    }

    @Test
    void mostExplicitMentionOfTheSameFigureIsTheEvidence() {
        Extraction x = extract("Bombs hurt more than half a dozen people.", "Six people were injured, the governor said.");
        CasualtyClaim c = claim(x, Outcome.INJURED, 6).orElseThrow();
        assertEquals(Qualifier.EXACT, c.qualifier());
        assertEquals(1, x.casualties().size());
    }

    @Test
    void claimedTheLivesOfBeforeTheFigure() {
        CasualtyClaim c = claim(extract("The fighting has claimed the lives of about 9,000 people, injured 20,000 and displaced a million."),
                Outcome.KILLED, 9000).orElseThrow();
        assertEquals(Qualifier.ABOUT, c.qualifier());
        assertNull(claim(extract("The fighting has claimed the lives of about 9,000 people."), Outcome.INJURED, 9000).orElse(null));
    }
}
