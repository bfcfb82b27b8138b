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
        if (type == null || (mentionType != null && mentionType.compareTo(type) < 0)) {
            type = mentionType;
        }
        if (mentionAffiliation != null && mentionAffiliation.compareTo(affiliation) > 0) {
            affiliation = mentionAffiliation;
        }
        if (newArticle) {
            articles++;
        }
        if (published != null) {
            first = first == null || published.isBefore(first) ? published : first;
            last = last == null || published.isAfter(last) ? published : last;
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
        if (type == null || (other.type != null && other.type.compareTo(type) < 0)) {
            type = other.type;
        }
        if (other.affiliation.compareTo(affiliation) > 0) {
            affiliation = other.affiliation;
        }
        statements += other.statements;
        direct += other.direct;
        mixed += other.mixed;
        indirect += other.indirect;
        articles += other.articles;
        reactions += other.reactions;
        claims += other.claims;
        first = first == null || (other.first != null && other.first.isBefore(first)) ? other.first : first;
        last = last == null || (other.last != null && other.last.isAfter(last)) ? other.last : last;
    }

    public ActorTally tally(String actor) {
        return new ActorTally(actor, type, affiliation, statements, direct, mixed, indirect, articles, reactions, claims,
                first, last);
    }
}
