package com.presstally.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EnumLabelsTest {
    private record Case<E extends Enum<E>>(E[] constants, Function<E, String> label, Function<String, E> parse) {
        void roundTrips() {
            for (E constant : constants) {
                assertEquals(constant, parse.apply(label.apply(constant)), constant.name());
            }
        }
    }

    @Test
    void everyLabelReadsBackAsItsConstant() {
        List.of(new Case<>(ActorType.values(), ActorType::label, ActorType::parse),
                new Case<>(ArticleStatus.values(), ArticleStatus::label, ArticleStatus::parse),
                new Case<>(Outcome.values(), Outcome::label, Outcome::parse),
                new Case<>(Period.values(), Period::label, Period::parse),
                new Case<>(Qualifier.values(), Qualifier::label, Qualifier::parse),
                new Case<>(Stance.values(), Stance::label, Stance::parse),
                new Case<>(StatementKind.values(), StatementKind::label, StatementKind::parse),
                new Case<>(VictimGroup.values(), VictimGroup::label, VictimGroup::parse)).forEach(Case::roundTrips);
    }

    @Test
    void labelsAreLowercaseNamesAndNoPeriodIsEmpty() {
        assertEquals("at_least", Qualifier.AT_LEAST.label());
        assertEquals("aid_workers", VictimGroup.AID_WORKERS.label());
        assertEquals("", Period.NONE.label());
        assertEquals("week", Period.WEEK.label());
    }

    @Test
    void otherSpellingsAreTrimmedAndMatchedByName() {
        assertEquals(Qualifier.AT_LEAST, Qualifier.parse("  At_Least "));
        assertEquals(Stance.CONDEMN, Stance.parse("CONDEMN"));
        assertEquals(Period.NONE, Period.parse(" "));
        assertEquals(Period.NONE, Period.parse(null));
    }

    @Test
    void anUnknownWordIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Outcome.parse("wounded"));
        assertEquals("No enum constant com.presstally.domain.Outcome.WOUNDED", e.getMessage());
    }
}
