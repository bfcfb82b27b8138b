package com.presstally.report;

import com.presstally.domain.ActorTally;
import com.presstally.domain.ProcessedArticle;
import com.presstally.domain.Reaction;
import com.presstally.domain.Stance;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report's charts as PNG files (JFreeChart), saved beside the workbook and embedded in it. */
public final class Charts {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 520;
    private static final int TOP = 15;

    /** A rendered chart: its file and the title it carries. */
    public record Chart(String title, Path file) {
    }

    private Charts() {
    }

    public static List<Chart> render(WeeklyReport report, Digest digest, Path folder) throws IOException {
        return List.of(statementsPerActor(report, folder.resolve("statements-per-actor.png")),
                casualtyTolls(report, digest.tolls(), folder.resolve("casualty-claims.png")),
                reactionsByStance(report, digest, folder.resolve("reactions-by-stance.png")),
                trend(report, folder.resolve("weekly-trend.png")));
    }

    /** Each toll as its lowest and highest claimed figure: where the bars differ, the sources disagree. */
    private static Chart casualtyTolls(WeeklyReport report, List<CasualtyTolls.Toll> tolls, Path file) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int rank = 0;
        for (CasualtyTolls.Toll t : tolls.stream().limit(TOP).toList()) {
            // numbered, so two tolls with the same outcome and victims stay two bars
            String label = shorten(++rank + ". " + t.outcome() + " / " + t.victimGroup()
                    + (t.location().isEmpty() ? "" : " / " + t.location()) + (t.period().isEmpty() ? "" : " per " + t.period())
                    + " (" + t.claimCount() + ")");
            data.addValue(Math.max(1, t.lowest()), "lowest claim", label);
            data.addValue(Math.max(1, t.highest()), "highest claim", label);
        }
        String title = "Casualty claims by toll, lowest and highest figure, " + report.scope();
        JFreeChart chart = ChartFactory.createBarChart(title, "Toll (number of claims)", "People (log scale)", data,
                PlotOrientation.HORIZONTAL, true, false, false);
        // a week holds tolls of 9 and of 21,000: on a linear axis the small ones vanish
        LogAxis people = new LogAxis("People (log scale)");
        people.setBase(10);
        people.setSmallestValue(1);
        people.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ((CategoryPlot) chart.getPlot()).setRangeAxis(people);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
        return new Chart(title, file);
    }

    /** Statements per week of the actors quoted most over the trend's weeks. */
    private static Chart trend(WeeklyReport report, Path file) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String actor : Tables.topActors(report, 5)) {
            for (com.presstally.domain.WeekFigures w : report.trend()) {
                data.addValue(w.statementsByActor().getOrDefault(actor, 0), shorten(actor), w.week());
            }
        }
        String title = "Statements per week, most quoted actors";
        JFreeChart chart = ChartFactory.createLineChart(title, "ISO week", "Statements", data,
                PlotOrientation.VERTICAL, true, false, false);
        return save(chart, title, file);
    }

    private static Chart statementsPerActor(WeeklyReport report, Path file) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        report.actors().stream().filter(t -> t.statements() > 0).limit(TOP).forEach(t -> {
            data.addValue(t.direct(), "direct", label(t));
            data.addValue(t.mixed(), "mixed", label(t));
            data.addValue(t.indirect(), "indirect", label(t));
        });
        String title = "Statements per actor, " + report.scope() + " (top " + TOP + ")";
        JFreeChart chart = ChartFactory.createStackedBarChart(title, "Actor", "Statements", data,
                PlotOrientation.HORIZONTAL, true, false, false);
        return save(chart, title, file);
    }

    private static Chart reactionsByStance(WeeklyReport report, Digest digest, Path file) throws IOException {
        Map<String, Map<Stance, Integer>> bySource = new LinkedHashMap<>();
        digest.reactionsBySource().forEach((source, counts) -> {
            Map<Stance, Integer> m = bySource.computeIfAbsent(shorten(source), k -> new LinkedHashMap<>());
            for (Stance s : Stance.values()) {
                if (counts[s.ordinal()] > 0) {
                    m.merge(s, counts[s.ordinal()], Integer::sum);
                }
            }
        });
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        bySource.entrySet().stream()
                .sorted((x, y) -> Integer.compare(total(y.getValue()), total(x.getValue())))
                .limit(TOP)
                .forEach(e -> {
                    for (Stance s : Stance.values()) {
                        data.addValue(e.getValue().getOrDefault(s, 0), s.label(), e.getKey());
                    }
                });
        String title = "Reactions by source and stance, " + report.scope();
        JFreeChart chart = ChartFactory.createStackedBarChart(title, "Source", "Reactions", data,
                PlotOrientation.HORIZONTAL, true, false, false);
        return save(chart, title, file);
    }

    /** Counts are whole numbers: integer ticks only. */
    private static Chart save(JFreeChart chart, String title, Path file) throws IOException {
        ((CategoryPlot) chart.getPlot()).getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
        return new Chart(title, file);
    }

    private static int total(Map<Stance, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String label(ActorTally t) {
        return shorten(t.actor());
    }

    /** Long names overlap in a bar chart's axis: cut them, keeping them distinct enough to read. */
    static String shorten(String name) {
        return name.length() <= 32 ? name : name.substring(0, 30) + "…";
    }
}
