package com.presstally.extract;

import com.presstally.domain.Reaction;
import com.presstally.domain.Stance;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.presstally.extract.ExtractionGoldenTest.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reactions as news reports them, one case per pattern, in our own wording. */
class ReactionRulesTest {
    private static Reaction first(List<Reaction> reactions, String actor) {
        return reactions.stream().filter(r -> r.actor().name().equals(actor)).findFirst()
                .orElseThrow(() -> new AssertionError(actor + " not in " + reactions));
    }

    @Test
    void quotedCondemnationIsAReactionOfItsSpeaker() {
        List<Reaction> r = extract("“These killings are war crimes and the perpetrators will face justice,” "
                + "Foreign Minister Ilse Marr said.").reactions();
        assertEquals(Stance.CONDEMN, first(r, "Ilse Marr").stance());
    }

    @Test
    void statementWithoutAnEvaluativeWordIsNoReaction() {
        assertTrue(extract("Foreign Minister Ilse Marr said the talks would resume on Tuesday.").reactions().isEmpty());
    }

    @Test
    void passiveAgentsOfACondemnationReact() {
        List<Reaction> r = extract("The vote was condemned by Poland and the European Union as a sham.").reactions();
        assertEquals(Stance.CONDEMN, first(r, "Poland").stance());
        assertEquals(Stance.CONDEMN, first(r, "European Union").stance());
    }

    @Test
    void passiveSubjectIsTheTargetNotTheSource() {
        assertTrue(extract("Russia is accused of shelling the dam.").reactions().stream()
                .noneMatch(r -> r.actor().name().equals("Russia")));
    }

    @Test
    void backedByDescribesAnAllianceNotAReaction() {
        assertTrue(extract("The rebels, backed by Iran, seized the port.").reactions().isEmpty());
    }

    @Test
    void sendingWeaponsIsSupport() {
        assertEquals(Stance.SUPPORT, first(extract("Germany sent air defence systems and ammunition to Kyiv.").reactions(),
                "Germany").stance());
    }

    @Test
    void sendingARepresentativeIsNoReaction() {
        assertTrue(extract("Germany sent its ambassador to the ceremony.").reactions().isEmpty());
    }

    @Test
    void twoSourcesOfOneCueReactEach() {
        List<Reaction> r = extract("Estonia and Latvia condemned the strike on the hospital.").reactions();
        assertEquals(List.of("Estonia", "Latvia"), r.stream().map(x -> x.actor().name()).toList());
    }

    @Test
    void institutionLikeGroupReactsOnItsOwn() {
        List<Reaction> r = extract("Several international aid agencies condemned the blockade of the port.").reactions();
        assertEquals(1, r.size());
        assertTrue(r.get(0).actor().name().endsWith("aid agencies"));
    }

    @Test
    void alliesDoNotSpeakForThePossessor() {
        assertTrue(extract("Ukraine’s allies welcomed the decision to extend the loan.").reactions().stream()
                .noneMatch(r -> r.actor().name().equals("Ukraine")));
    }

    @Test
    void outletsReportReactionsAndNeverReact() {
        assertTrue(extract("Reuters reported that the strike was a brutal escalation of the war.").reactions().isEmpty());
    }

    @Test
    void descriptionWithoutEvaluativeWordsIsOther() {
        assertEquals(Stance.OTHER, first(extract("Negotiator Ana Ruiz described the talks as long and detailed.").reactions(),
                "Ana Ruiz").stance());
    }

    @Test
    void pledgeToStandWithIsSupport() {
        assertEquals(Stance.SUPPORT, first(extract("Premier Jonas Vale pledged to stand with Moldova for as long as it takes.")
                .reactions(), "Jonas Vale").stance());
    }

    @Test
    void strongestStanceOfAnActorComesFirst() {
        List<Reaction> r = extract("Premier Jonas Vale welcomed the ceasefire.",
                "“The shelling of Odesa was a war crime,” Vale said.").reactions();
        assertEquals(Stance.CONDEMN, r.get(0).stance());
        assertEquals(2, r.size());
    }
}
