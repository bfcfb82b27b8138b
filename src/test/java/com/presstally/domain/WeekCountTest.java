package com.presstally.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WeekCountTest {
    private static Statement said(String articleId, Actor actor, StatementKind kind) {
        return new Statement(new Provenance(articleId, "rule", "", 0, 1), actor.name(), actor, kind, "said", "words");
    }

    private static Reaction condemned(String articleId, Actor actor) {
        return new Reaction(new Provenance(articleId, "rule", "", 0, 1), actor.name(), actor, Stance.CONDEMN, "condemned");
    }

    private static CasualtyClaim killed(String articleId, Actor claimant) {
        return new CasualtyClaim(new Provenance(articleId, "rule", "", 0, 1), 12, null, Qualifier.AT_LEAST, Outcome.KILLED,
                VictimGroup.CIVILIANS, Period.NONE, "", claimant);
    }

    private static ProcessedArticle article(String id, LocalDate day, List<Statement> statements, List<Reaction> reactions,
                                            List<CasualtyClaim> claims) {
        return ProcessedArticle.ok(new Article(id, "t", day, "o", "", List.of("body")), id, new Extraction(statements, claims, reactions));
    }

    @Test
    void anActorNamedTwiceInOneArticleCountsOneArticleAndCopiesAndRejectsCountNothing() {
        Actor un = new Actor("United Nations", ActorType.ORGANISATION, "", "");
        Actor unAsGroup = new Actor("United Nations", ActorType.GROUP, "", "");
        Actor guterres = new Actor("António Guterres", ActorType.PERSON, "United Nations", "");
        WeekCount count = new WeekCount();
        count.add(article("a", LocalDate.of(2026, 11, 18), List.of(said("a", un, StatementKind.DIRECT),
                said("a", un, StatementKind.INDIRECT), said("a", guterres, StatementKind.MIXED)),
                List.of(condemned("a", un)), List.of(killed("a", un))));
        count.add(article("b", LocalDate.of(2026, 11, 16), List.of(said("b", unAsGroup, StatementKind.INDIRECT)),
                List.of(), List.of(killed("b", null))));
        ProcessedArticle copy = article("c", LocalDate.of(2026, 11, 20), List.of(said("c", un, StatementKind.DIRECT)),
                List.of(), List.of());
        count.add(new ProcessedArticle("c", copy.article(), ArticleStatus.DUPLICATE, "copy of a", "c", "", copy.extraction(), 0));
        count.add(ProcessedArticle.rejected("d", "empty file"));

        assertEquals(List.of(
                // type: the first label in sort order ("group" before "organisation"); two articles, dates of both
                new ActorTally("United Nations", "group", "", 3, 1, 0, 2, 2, 1, 1, LocalDate.of(2026, 11, 16),
                        LocalDate.of(2026, 11, 18)),
                new ActorTally("António Guterres", "person", "United Nations", 1, 0, 1, 0, 1, 0, 0,
                        LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 18))), count.actors());
        WeekFigures figures = count.figures("2026-W47");
        assertEquals(List.of(4, 2, 1, 1, 4, 2, 1), List.of(figures.articles(), figures.counted(), figures.duplicates(),
                figures.rejected(), figures.statements(), figures.casualties(), figures.reactions()));
        assertEquals(java.util.Map.of("United Nations", 3, "António Guterres", 1), figures.statementsByActor());
    }
}
