package com.presstally.report;

import com.presstally.domain.ArticleStatus;
import com.presstally.domain.IsoWeek;
import com.presstally.domain.ProcessedArticle;
import com.presstally.domain.ReportScope;
import com.presstally.domain.Statement;
import com.presstally.domain.WeekFigures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Week-by-week figures: what a week's run stores for its trend, and which weeks the trend reads. */
public final class Trends {
    /** How many weeks the Trends sheet and chart show. */
    public static final int WEEKS = 8;

    private Trends() {
    }

    /** The figures of one scope, from its articles (all of them: read, duplicate and rejected). */
    public static WeekFigures of(String label, List<ProcessedArticle> articles) {
        Map<String, Integer> byActor = new HashMap<>();
        int statements = 0;
        int casualties = 0;
        int reactions = 0;
        int counted = 0;
        for (ProcessedArticle a : articles) {
            if (a.status() != ArticleStatus.OK) {
                continue;
            }
            counted++;
            statements += a.extraction().statements().size();
            casualties += a.extraction().casualties().size();
            reactions += a.extraction().reactions().size();
            for (Statement s : a.extraction().statements()) {
                byActor.merge(s.actor().name(), 1, Integer::sum);
            }
        }
        int duplicates = (int) articles.stream().filter(a -> a.status() == ArticleStatus.DUPLICATE).count();
        int rejected = (int) articles.stream().filter(a -> a.status() == ArticleStatus.REJECTED).count();
        return new WeekFigures(label, articles.size(), counted, duplicates, rejected, statements, casualties, reactions, byActor);
    }

    /** The scopes a week's trend reads from the store: the {@link #WEEKS} weeks ending with it, oldest first. */
    public static List<ReportScope> weeksEndingWith(IsoWeek week) {
        List<ReportScope> scopes = new ArrayList<>();
        IsoWeek w = week;
        for (int i = 0; i < WEEKS; i++) {
            scopes.add(0, new ReportScope(w));
            w = w.previous();
        }
        return scopes;
    }
}
