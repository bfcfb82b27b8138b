package com.presstally.domain;

import java.time.LocalDate;

/**
 * One actor's running counts in a scope, however they are gathered (from domain objects in one walk,
 * or from store rows by pages merged afterwards). An actor's type is the first of its type labels in
 * sort order and its affiliation the last non-empty one, so the result does not depend on the order
 * the articles come in.
 */
public final class ActorCount {
    private String type;
    private String affiliation = "";
    private int statements;
    private int direct;
    private int mixed;
    private int indirect;
    private int articles;
    private int reactions;
    private int claims;
    private LocalDate first;
    private LocalDate last;

    /**
     * Notes one mention of the actor: its type and affiliation as given there and the article's date.
     *
     * @param newArticle whether this is the first mention in its article (the article is counted once)
     */
    public ActorCount seen(String mentionType, String mentionAffiliation, LocalDate published, boolean newArticle) {
        merge(mentionType, mentionAffiliation, published, published);
        if (newArticle) {
            articles++;
        }
        return this;
    }

    public void statement(StatementKind kind) {
        statements++;
        switch (kind) {
            case DIRECT -> direct++;
            case MIXED -> mixed++;
            case INDIRECT -> indirect++;
        }
    }

    public void reaction() {
        reactions++;
    }

    public void casualtyClaim() {
        claims++;
    }

    /** Adds the counts of the same actor from other articles. */
    public void add(ActorCount other) {
        merge(other.type, other.affiliation, other.first, other.last);
        statements += other.statements;
        direct += other.direct;
        mixed += other.mixed;
        indirect += other.indirect;
        articles += other.articles;
        reactions += other.reactions;
        claims += other.claims;
    }

    /** The order-independent rules: first type label in sort order, last non-empty affiliation, date range. */
    private void merge(String otherType, String otherAffiliation, LocalDate otherFirst, LocalDate otherLast) {
        if (type == null || (otherType != null && otherType.compareTo(type) < 0)) {
            type = otherType;
        }
        if (otherAffiliation != null && otherAffiliation.compareTo(affiliation) > 0) {
            affiliation = otherAffiliation;
        }
        if (otherFirst != null && (first == null || otherFirst.isBefore(first))) {
            first = otherFirst;
        }
        if (otherLast != null && (last == null || otherLast.isAfter(last))) {
            last = otherLast;
        }
    }

    public ActorTally tally(String actor) {
        return new ActorTally(actor, type, affiliation, statements, direct, mixed, indirect, articles, reactions, claims,
                first, last);
    }
}
