package com.presstally.store.jdbc;

import com.presstally.domain.Actor;
import com.presstally.domain.ActorCount;
import com.presstally.domain.ActorTally;
import com.presstally.domain.ActorType;
import com.presstally.domain.Article;
import com.presstally.domain.ArticleStatus;
import com.presstally.domain.CasualtyClaim;
import com.presstally.domain.Extraction;
import com.presstally.domain.Outcome;
import com.presstally.domain.Period;
import com.presstally.domain.ProcessedArticle;
import com.presstally.domain.Provenance;
import com.presstally.domain.Qualifier;
import com.presstally.domain.Reaction;
import com.presstally.domain.ReportScope;
import com.presstally.domain.Stance;
import com.presstally.domain.Statement;
import com.presstally.domain.StatementKind;
import com.presstally.domain.VictimGroup;
import com.presstally.domain.WeekFigures;
import com.presstally.extract.ExtractionEngine;
import com.presstally.store.ExtractionStore;
import com.presstally.store.StoreException;
import com.presstally.store.StoreRows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The store on any JDBC database that speaks plain SQL (H2 and PostgreSQL are tested). */
public final class JdbcExtractionStore implements ExtractionStore {
    private static final String SCOPE_FILTER = " WHERE corpus = ? AND (? = 'all' OR iso_week = ?)";
    // Paged and ranged reads say ORDER BY corpus, article_id (not just article_id, though corpus is fixed):
    // only then does H2 walk the primary key in order and stop at the LIMIT. Without it each page of a
    // 100k-article week read and sorted every later row, and the report's walk grew with the square.

    private final Database database;

    public JdbcExtractionStore(Database database) {
        this.database = database;
    }

    @Override
    public void initialise() {
        String script;
        try (InputStream in = JdbcExtractionStore.class.getResourceAsStream("/sql/schema.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("sql/schema.sql missing from the classpath", e);
        }
        inTransaction("creating the store tables", c -> {
            for (String sql : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.execute();
                    }
                }
            }
        });
    }

    @Override
    public void clearScope(String corpus, ReportScope scope) {
        String notLoaded = " AND (iso_week IS NULL OR iso_week NOT IN (SELECT iso_week FROM pt_loaded_week WHERE corpus = ?))";
        String[] after = {""};
        while (true) {
            List<String> ids = new ArrayList<>();
            inTransaction("clearing " + scope, c -> {
                query(c, "SELECT article_id FROM pt_article" + SCOPE_FILTER + notLoaded + " AND article_id > ? "
                        + "ORDER BY corpus, article_id LIMIT " + CLEAR_BATCH, rs -> ids.add(rs.getString(1)),
                        corpus, scope.label(), scope.label(), corpus, after[0]);
                deleteArticles(c, corpus, ids);
            });
            if (ids.size() < CLEAR_BATCH) {
                return;
            }
            after[0] = ids.get(ids.size() - 1);
        }
    }

    /** Every row of these articles, items first. */
    private static void deleteArticles(Connection c, String corpus, List<String> ids) throws SQLException {
        for (String table : List.of("pt_statement", "pt_casualty", "pt_reaction", "pt_article")) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE corpus = ? AND article_id = ?")) {
                for (String id : ids) {
                    bind(delete, corpus, id);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
    }

    /**
     * Articles whose rows are forgotten per transaction when a scope is cleared. One transaction for a
     * whole week kept every deleted row in H2's undo log until its commit.
     */
    private static final int CLEAR_BATCH = 500;

    @Override
    public List<LoadedWeek> loadedWeeks(String corpus) {
        List<LoadedWeek> weeks = new ArrayList<>();
        inTransaction("reading loaded weeks", c -> query(c, "SELECT iso_week, source, extractor_version, articles, loaded_at "
                + "FROM pt_loaded_week WHERE corpus = ? ORDER BY iso_week", rs -> weeks.add(new LoadedWeek(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getInt(4), rs.getTimestamp(5).toInstant())), corpus));
        return weeks;
    }

    @Override
    public boolean forgetLoadedWeek(String corpus, String week) {
        boolean[] forgotten = {false};
        inTransaction("forgetting the load of " + week, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM pt_loaded_week WHERE corpus = ? AND iso_week = ?")) {
                bind(ps, corpus, week);
                forgotten[0] = ps.executeUpdate() > 0;
            }
        });
        return forgotten[0];
    }

    @Override
    public void save(String corpus, ReportScope scope, List<ProcessedArticle> articles) {
        inTransaction("saving " + articles.size() + " articles", c -> {
            deleteArticles(c, corpus, articles.stream().map(ProcessedArticle::id).toList());
            String undatedWeek = scope.isAll() ? null : scope.label();
            try (PreparedStatement art = c.prepareStatement(insertSql(StoreRows.ARTICLES))) {
                for (ProcessedArticle a : articles) {
                    bindRow(art, corpus, StoreRows.article(a, undatedWeek, ExtractionEngine.VERSION));
                    art.addBatch();
                }
                art.executeBatch();
            }
            for (StoreRows.Table table : StoreRows.ITEM_TABLES) {
                try (PreparedStatement insert = c.prepareStatement(insertSql(table))) {
                    for (ProcessedArticle a : articles) {
                        for (Object[] row : StoreRows.items(table, a, ExtractionEngine.VERSION)) {
                            bindRow(insert, corpus, row);
                            insert.addBatch();
                        }
                    }
                    insert.executeBatch();
                }
            }
        });
    }

    /** {@code INSERT INTO table (corpus, columns...) VALUES (?, ...)}. */
    static String insertSql(StoreRows.Table table) {
        return insertSql(table.name(), table.columns());
    }

    static String insertSql(String tableName, List<String> columns) {
        return "INSERT INTO " + tableName + " (corpus, " + String.join(", ", columns) + ") VALUES (?"
                + ", ?".repeat(columns.size()) + ")";
    }

    /** Binds the corpus, then a {@link StoreRows} row, to an {@link #insertSql} statement. */
    static void bindRow(PreparedStatement ps, String corpus, Object[] row) throws SQLException {
        ps.setString(1, corpus);
        bindFrom(ps, 2, row);
    }

    @Override
    public void forEachFingerprint(String corpus, ReportScope scope, FingerprintVisitor visitor) {
        String[] after = {""};
        int[] read = new int[1];
        do {
            read[0] = 0;
            inTransaction("reading fingerprints", c -> query(c, "SELECT article_id, fingerprint, near_fingerprint FROM "
                    + "pt_article" + SCOPE_FILTER + " AND status <> 'rejected' AND article_id > ? ORDER BY corpus, article_id "
                    + "LIMIT " + FINGERPRINT_PAGE, rs -> {
                        after[0] = rs.getString(1);
                        read[0]++;
                        visitor.visit(after[0], nullToEmpty(rs.getString(2)), nullToEmpty(rs.getString(3)));
                    }, corpus, scope.label(), scope.label(), after[0]));
        } while (read[0] == FINGERPRINT_PAGE);
    }

    /**
     * Fingerprint rows read at a time. Not that short: with the near-copy signature at 512 characters
     * (128 now), H2 held a page of 10,000 rows as ~20 MB of values while the tally read it.
     */
    private static final int FINGERPRINT_PAGE = 2_000;

    @Override
    public void markCopies(String corpus, ReportScope scope, Map<String, String> copies) {
        inTransaction("marking duplicates", c -> {
            update(c, "UPDATE pt_article SET status = 'ok', reason = ''" + SCOPE_FILTER + " AND status = 'duplicate'",
                    corpus, scope.label(), scope.label());
            update(c, "UPDATE pt_article SET copies = 0" + SCOPE_FILTER + " AND copies <> 0", corpus, scope.label(),
                    scope.label());
        });
        Map<String, Integer> perOriginal = new HashMap<>();
        copies.values().forEach(original -> perOriginal.merge(original, 1, Integer::sum));
        updateInBatches("marking duplicates", "UPDATE pt_article SET status = 'duplicate', reason = ? "
                + "WHERE corpus = ? AND article_id = ?", copies.keySet(), id -> new Object[] {"copy of " + copies.get(id), corpus, id});
        updateInBatches("counting copies", "UPDATE pt_article SET copies = ? WHERE corpus = ? AND article_id = ?",
                perOriginal.keySet(), id -> new Object[] {perOriginal.get(id), corpus, id});
    }

    /** One update per article, in id order, {@link #MARK_BATCH} a transaction. */
    private void updateInBatches(String what, String sql, Collection<String> articleIds,
                                 Function<String, Object[]> parameters) {
        List<String> ids = new ArrayList<>(articleIds);
        ids.sort(null);
        for (int from = 0; from < ids.size(); from += MARK_BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + MARK_BATCH));
            inTransaction(what, c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (String id : batch) {
                        bind(ps, parameters.apply(id));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            });
            if (database.isH2()) { // H2 holds changed pages until its writer's next turn; PostgreSQL writes on its own
                inTransaction("writing out " + what, c -> update(c, "CHECKPOINT"));
            }
        }
    }

    /**
     * Copies marked, or originals given their count, per transaction. A week's copies are spread over
     * all of its article rows, so each copy marked changes a page of several rows (of ~700 bytes when
     * the near-copy signature took 512 of them; 128 now); H2 holds changed pages in memory until its
     * writer runs. 12,500 copies marked at once in a 100,000-article week held up to 35 MB; 1,000 at a
     * time ~11 MB; 250 at a time a few MB.
     */
    private static final int MARK_BATCH = 250;

    private static java.time.LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public List<ProcessedArticle> load(String corpus, ReportScope scope) {
        return loadRange(corpus, scope, null, Integer.MAX_VALUE);
    }

    @Override
    public List<ProcessedArticle> page(String corpus, ReportScope scope, String afterId, int limit) {
        return loadRange(corpus, scope, afterId, limit);
    }

    /** Articles of the scope after {@code afterId} (all when null), at most {@code limit}, with their items. */
    private List<ProcessedArticle> loadRange(String corpus, ReportScope scope, String afterId, int limit) {
        Map<String, ProcessedArticle> articles = new LinkedHashMap<>();
        Map<String, List<Statement>> statements = new HashMap<>();
        Map<String, List<CasualtyClaim>> casualties = new HashMap<>();
        Map<String, List<Reaction>> reactions = new HashMap<>();
        inTransaction("loading " + scope, c -> {
            String after = afterId == null ? "" : " AND article_id > ?";
            String limited = limit == Integer.MAX_VALUE ? "" : " LIMIT " + limit;
            Object[] params = afterId == null ? new Object[] {corpus, scope.label(), scope.label()}
                    : new Object[] {corpus, scope.label(), scope.label(), afterId};
            query(c, "SELECT article_id, title, outlet, url, published, status, reason, fingerprint, copies FROM pt_article"
                    + SCOPE_FILTER + after + " ORDER BY corpus, article_id" + limited, rs -> {
                    String id = rs.getString(1);
                    Article meta = new Article(id, rs.getString(2), localDate(rs.getDate(5)), rs.getString(3),
                            rs.getString(4), List.of());
                    ArticleStatus status = ArticleStatus.parse(rs.getString(6));
                    articles.put(id, new ProcessedArticle(id, meta, status, rs.getString(7), rs.getString(8), "", null, rs.getInt(9)));
                }, params);
            if (articles.isEmpty()) {
                return;
            }
            // the items of the page's id range; ids of other scopes in that range are dropped below
            List<String> ids = new ArrayList<>(articles.keySet());
            String range = " WHERE corpus = ? AND article_id >= ? AND article_id <= ? ORDER BY corpus, article_id, seq";
            Object[] rangeParams = {corpus, ids.get(0), ids.get(ids.size() - 1)};
            query(c, "SELECT article_id, speaker, actor, actor_type, affiliation, country, kind, cue, content, "
                    + "rule_id, sentence, span_start, span_end FROM pt_statement" + range, rs -> {
                    Actor actor = new Actor(rs.getString(3), ActorType.parse(rs.getString(4)), rs.getString(5), rs.getString(6));
                    statements.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Statement(
                            provenance(rs, 10), rs.getString(2), actor, StatementKind.parse(rs.getString(7)),
                            rs.getString(8), rs.getString(9)));
                }, rangeParams);
            query(c, "SELECT article_id, count_low, count_high, qualifier, outcome, victim_group, period, location, "
                    + "claimant, claimant_type, rule_id, sentence, span_start, span_end FROM pt_casualty" + range, rs -> {
                    long high = rs.getLong(3);
                    Long countHigh = rs.wasNull() ? null : high;
                    String claimantName = rs.getString(9);
                    Actor claimant = claimantName == null || claimantName.isEmpty() ? null
                            : new Actor(claimantName, ActorType.parse(rs.getString(10)), "", "");
                    casualties.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new CasualtyClaim(
                            provenance(rs, 11), rs.getLong(2), countHigh, Qualifier.parse(rs.getString(4)),
                            Outcome.parse(rs.getString(5)), VictimGroup.parse(rs.getString(6)),
                            Period.parse(rs.getString(7)), rs.getString(8), claimant));
                }, rangeParams);
            query(c, "SELECT article_id, source, actor, actor_type, affiliation, country, stance, cue, rule_id, "
                    + "sentence, span_start, span_end FROM pt_reaction" + range, rs -> {
                    Actor actor = new Actor(rs.getString(3), ActorType.parse(rs.getString(4)), rs.getString(5), rs.getString(6));
                    reactions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Reaction(
                            provenance(rs, 9), rs.getString(2), actor, Stance.parse(rs.getString(7)), rs.getString(8)));
                }, rangeParams);
        });
        List<ProcessedArticle> result = new ArrayList<>();
        for (ProcessedArticle a : articles.values()) {
            Extraction x = new Extraction(statements.getOrDefault(a.id(), List.of()),
                    casualties.getOrDefault(a.id(), List.of()), reactions.getOrDefault(a.id(), List.of()));
            result.add(new ProcessedArticle(a.id(), a.article(), a.status(), a.reason(), a.fingerprint(), "", x, a.copies()));
        }
        return result;
    }

    @Override
    public void forEachCountedClaim(String corpus, ReportScope scope, ClaimVisitor visitor) {
        forEachCountedPage(corpus, scope, "reading casualty claims", CLAIM_PAGE, (c, page, range) -> query(c, "SELECT article_id, "
                + "count_low, count_high, qualifier, outcome, victim_group, period, location, claimant, claimant_type, "
                + "rule_id, span_start, span_end FROM pt_casualty WHERE corpus = ? AND article_id >= ? AND article_id <= ?",
                rs -> {
                    String id = rs.getString(1);
                    CountedArticle counted = page.get(id);
                    if (counted == null) {
                        return;
                    }
                    long high = rs.getLong(3);
                    Long countHigh = rs.wasNull() ? null : high;
                    String claimantName = rs.getString(9);
                    Actor claimant = claimantName == null || claimantName.isEmpty() ? null
                            : new Actor(claimantName, ActorType.parse(rs.getString(10)), "", "");
                    Article article = new Article(id, "", counted.published(), counted.outlet(), "", List.of());
                    visitor.visit(new CasualtyClaim(new Provenance(id, rs.getString(11), "", rs.getInt(12), rs.getInt(13)),
                            rs.getLong(2), countHigh, Qualifier.parse(rs.getString(4)), Outcome.parse(rs.getString(5)),
                            VictimGroup.parse(rs.getString(6)), Period.parse(rs.getString(7)), rs.getString(8), claimant),
                            article);
                }, range));
    }

    @Override
    public List<String> weeks(String corpus) {
        List<String> weeks = new ArrayList<>();
        inTransaction("listing weeks", c -> query(c, "SELECT DISTINCT iso_week FROM pt_article WHERE corpus = ? "
                + "AND iso_week IS NOT NULL ORDER BY iso_week", rs -> weeks.add(rs.getString(1)), corpus));
        return weeks;
    }

    private static Provenance provenance(ResultSet rs, int at) throws SQLException {
        return new Provenance(rs.getString(1), rs.getString(at), rs.getString(at + 1), rs.getInt(at + 2), rs.getInt(at + 3));
    }

    @Override
    public void saveTally(String corpus, ReportScope scope, List<ActorTally> tally) {
        inTransaction("saving the tally of " + scope, c -> {
            update(c, "DELETE FROM pt_actor_tally WHERE corpus = ? AND scope = ?", corpus, scope.label());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO pt_actor_tally (corpus, scope, actor, actor_type, "
                    + "affiliation, statements, direct_count, mixed_count, indirect_count, articles, reactions, "
                    + "casualty_claims, first_seen, last_seen) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (ActorTally t : tally) {
                    bind(ps, corpus, scope.label(), t.actor(), t.actorType(), t.affiliation(), t.statements(), t.direct(),
                            t.mixed(), t.indirect(), t.articles(), t.reactions(), t.casualtyClaims(),
                            t.firstSeen() == null ? null : Date.valueOf(t.firstSeen()),
                            t.lastSeen() == null ? null : Date.valueOf(t.lastSeen()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    @Override
    public WeekTally computeWeek(String corpus, ReportScope scope) {
        // a page of articles at a time, each page's items read by id range and counted on a worker
        // thread (the pages are independent: an article is on one page); one GROUP BY with
        // COUNT(DISTINCT article_id) held every actor-article pair of the week in memory
        Map<String, ActorCount> byActor = new HashMap<>();
        int[] items = new int[3]; // statements, casualty claims, reactions of counted articles
        java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(TALLY_THREADS, task -> {
            Thread t = new Thread(task, "tally-page");
            t.setDaemon(true);
            return t;
        });
        java.util.ArrayDeque<java.util.concurrent.Future<PageTally>> counting = new java.util.ArrayDeque<>();
        try {
            forEachCountedPage(corpus, scope, "listing the articles of " + scope, TALLY_PAGE, (c, page, range) -> {
                counting.add(workers.submit(() -> tallyPage(scope, page, range)));
                while (counting.size() > 2 * TALLY_THREADS) {
                    awaitPage(counting.removeFirst()).addTo(byActor, items);
                }
            });
            while (!counting.isEmpty()) {
                awaitPage(counting.removeFirst()).addTo(byActor, items);
            }
        } finally {
            workers.shutdownNow();
        }
        List<ActorTally> result = new ArrayList<>();
        byActor.forEach((actor, t) -> result.add(t.tally(actor)));
        result.sort(java.util.Comparator.comparingInt(ActorTally::statements).reversed()
                .thenComparing(java.util.Comparator.comparingInt(ActorTally::total).reversed())
                .thenComparing(ActorTally::actor));
        int[] articles = articleCounts(corpus, scope);
        return new WeekTally(result, new WeekFigures(scope.label(), articles[0], articles[1], articles[2], articles[3],
                items[0], items[1], items[2], Map.of()));
    }

    private static final int TALLY_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** One page's counts per actor and its items. */
    private record PageTally(Map<String, ActorCount> byActor, int[] items) {
        void addTo(Map<String, ActorCount> total, int[] totalItems) {
            byActor.forEach((actor, t) -> total.computeIfAbsent(actor, k -> new ActorCount()).add(t));
            for (int i = 0; i < items.length; i++) {
                totalItems[i] += items[i];
            }
        }
    }

    private static PageTally awaitPage(java.util.concurrent.Future<PageTally> page) {
        try {
            return page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while tallying", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new StoreException("tallying failed", e.getCause());
        }
    }

    /** Counts one page of counted articles: their statements, reactions and casualty claims, per actor. */
    private PageTally tallyPage(ReportScope scope, Map<String, CountedArticle> page, Object[] range) {
        Map<String, ActorCount> byActor = new HashMap<>();
        int[] items = new int[3];
        inTransaction("tallying " + scope, c -> {
            Map<String, java.util.Set<String>> actorsOf = new HashMap<>();
            String between = " WHERE corpus = ? AND article_id >= ? AND article_id <= ?";
            query(c, "SELECT article_id, actor, actor_type, affiliation, kind FROM pt_statement" + between, rs -> {
                if (page.containsKey(rs.getString(1))) {
                    items[0]++;
                    seen(byActor, actorsOf, page, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))
                            .statement(StatementKind.parse(rs.getString(5)));
                }
            }, range);
            query(c, "SELECT article_id, actor, actor_type, affiliation FROM pt_reaction" + between, rs -> {
                if (page.containsKey(rs.getString(1))) {
                    items[2]++;
                    seen(byActor, actorsOf, page, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))
                            .reaction();
                }
            }, range);
            query(c, "SELECT article_id, claimant, claimant_type FROM pt_casualty" + between, rs -> {
                String claimant = rs.getString(2);
                if (page.containsKey(rs.getString(1))) {
                    items[1]++;
                    if (claimant != null && !claimant.isEmpty()) {
                        seen(byActor, actorsOf, page, rs.getString(1), claimant, rs.getString(3), "").casualtyClaim();
                    }
                }
            }, range);
        });
        return new PageTally(byActor, items);
    }

    /** The actor's count, noting this mention (its article counted once per actor) and the article's date. */
    private static ActorCount seen(Map<String, ActorCount> byActor, Map<String, java.util.Set<String>> actorsOf,
                                   Map<String, CountedArticle> page, String articleId, String actor, String type,
                                   String affiliation) {
        boolean newArticle = actorsOf.computeIfAbsent(articleId, k -> new java.util.HashSet<>()).add(actor);
        return byActor.computeIfAbsent(actor, k -> new ActorCount()).seen(type, affiliation,
                page.get(articleId).published(), newArticle);
    }

    /** The scope's articles: all, counted (ok), duplicates, rejected. */
    private int[] articleCounts(String corpus, ReportScope scope) {
        int[] f = new int[4];
        inTransaction("counting the articles of " + scope, c -> query(c, "SELECT COUNT(*), "
                + "SUM(CASE WHEN status = 'ok' THEN 1 ELSE 0 END), SUM(CASE WHEN status = 'duplicate' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN status = 'rejected' THEN 1 ELSE 0 END) FROM pt_article" + SCOPE_FILTER, rs -> {
                    for (int i = 0; i < 4; i++) {
                        f[i] = rs.getInt(i + 1);
                    }
                }, corpus, scope.label(), scope.label()));
        return f;
    }

    private static final int TALLY_PAGE = 2000;
    /**
     * Articles a page of the casualty-claim walk. The walk runs beside the report's own walk of the
     * articles, on top of the report's pages, and H2 (like PostgreSQL's driver) copies a query's whole
     * result into memory first, so each page is held twice (at 2,000 articles ~4,600 claims of 13
     * columns, several MB): the smaller the page, the lower the report's peak.
     */
    private static final int CLAIM_PAGE = 500;

    /** A counted article as the paged walks need it: its date and outlet. */
    private record CountedArticle(java.time.LocalDate published, String outlet) {
    }

    private interface PageWork {
        /** @param range corpus, first and last article id of the page, for {@code WHERE corpus = ? AND article_id BETWEEN} */
        void page(Connection c, Map<String, CountedArticle> page, Object[] range) throws SQLException;
    }

    /**
     * The scope's counted articles, {@code pageSize} at a time in id order, each page handed over
     * with its connection so its items can be read by id range: every result stays a page's size.
     */
    private void forEachCountedPage(String corpus, ReportScope scope, String what, int pageSize, PageWork work) {
        String after = "";
        while (true) {
            Map<String, CountedArticle> page = new LinkedHashMap<>();
            String from = after;
            inTransaction(what, c -> {
                query(c, "SELECT article_id, published, outlet FROM pt_article" + SCOPE_FILTER + " AND status = 'ok' "
                        + "AND article_id > ? ORDER BY corpus, article_id LIMIT " + pageSize,
                        rs -> page.put(rs.getString(1), new CountedArticle(localDate(rs.getDate(2)), nullToEmpty(rs.getString(3)))),
                        corpus, scope.label(), scope.label(), from);
                if (!page.isEmpty()) {
                    work.page(c, page, new Object[] {corpus, page.keySet().iterator().next(), lastKey(page)});
                }
            });
            if (page.isEmpty()) {
                return;
            }
            after = lastKey(page);
        }
    }

    private static String lastKey(Map<String, ?> page) {
        String last = null;
        for (String id : page.keySet()) {
            last = id;
        }
        return last;
    }

    /** One actor's running counts; type and affiliation as SQL's MIN and MAX would pick them. */
    @Override
    public WeekFigures computeWeekFigures(String corpus, ReportScope scope) {
        int[] f = new int[7];
        System.arraycopy(articleCounts(corpus, scope), 0, f, 0, 4);
        String okArticles = " WHERE corpus = ? AND article_id IN (SELECT article_id FROM pt_article" + SCOPE_FILTER
                + " AND status = 'ok')";
        inTransaction("counting " + scope, c -> {
            int k = 4;
            for (String table : List.of("pt_statement", "pt_casualty", "pt_reaction")) {
                int at = k++;
                query(c, "SELECT COUNT(*) FROM " + table + okArticles, rs -> f[at] = rs.getInt(1),
                        corpus, corpus, scope.label(), scope.label());
            }
        });
        return new WeekFigures(scope.label(), f[0], f[1], f[2], f[3], f[4], f[5], f[6], Map.of());
    }

    @Override
    public List<ActorTally> tally(String corpus, ReportScope scope) {
        return tallies(corpus, List.of(scope)).getOrDefault(scope.label(), List.of());
    }

    @Override
    public Map<String, List<ActorTally>> tallies(String corpus, List<ReportScope> scopes) {
        Map<String, List<ActorTally>> result = new LinkedHashMap<>();
        inTransaction("loading tallies", c -> {
            for (ReportScope scope : scopes) {
                query(c, "SELECT actor, actor_type, affiliation, statements, direct_count, mixed_count, indirect_count, "
                        + "articles, reactions, casualty_claims, first_seen, last_seen FROM pt_actor_tally "
                        + "WHERE corpus = ? AND scope = ? ORDER BY statements DESC, reactions DESC, actor", rs -> {
                        result.computeIfAbsent(scope.label(), k -> new ArrayList<>()).add(new ActorTally(
                                rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                                rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                                localDate(rs.getDate(11)), localDate(rs.getDate(12))));
                    }, corpus, scope.label());
            }
        });
        return result;
    }

    @Override
    public void saveWeekFigures(String corpus, ReportScope scope, WeekFigures f) {
        inTransaction("saving the figures of " + scope, c -> {
            update(c, "DELETE FROM pt_week_summary WHERE corpus = ? AND scope = ?", corpus, scope.label());
            update(c, "INSERT INTO pt_week_summary (corpus, scope, articles, counted, duplicates, rejected, statements, "
                    + "casualties, reactions) VALUES (?,?,?,?,?,?,?,?,?)", corpus, scope.label(), f.articles(), f.counted(),
                    f.duplicates(), f.rejected(), f.statements(), f.casualties(), f.reactions());
        });
    }

    @Override
    public List<WeekFigures> weekFigures(String corpus, List<ReportScope> scopes) {
        Map<String, List<ActorTally>> actors = tallies(corpus, scopes);
        List<WeekFigures> result = new ArrayList<>();
        inTransaction("loading week figures", c -> {
            for (ReportScope scope : scopes) {
                query(c, "SELECT articles, counted, duplicates, rejected, statements, casualties, reactions "
                        + "FROM pt_week_summary WHERE corpus = ? AND scope = ?", rs -> {
                        Map<String, Integer> byActor = new LinkedHashMap<>();
                        for (ActorTally t : actors.getOrDefault(scope.label(), List.of())) {
                            byActor.put(t.actor(), t.statements());
                        }
                        result.add(new WeekFigures(scope.label(), rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                                rs.getInt(5), rs.getInt(6), rs.getInt(7), byActor));
                    }, corpus, scope.label());
            }
        });
        return result;
    }

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private void inTransaction(String what, Work work) {
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("store failed while " + what, e);
        }
    }

    private static void query(Connection c, String sql, RowHandler handler, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            ps.executeUpdate();
        }
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        bindFrom(ps, 1, params);
    }

    /** Binds {@code params} to the parameters from {@code first} (1-based) on. */
    private static void bindFrom(PreparedStatement ps, int first, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int at = first + i;
            if (p == null) {
                ps.setNull(at, ps.getParameterMetaData().getParameterType(at));
            } else if (p instanceof String text) { // typed setters skip the driver's probing of each value's class
                ps.setString(at, text);
            } else if (p instanceof Integer number) {
                ps.setInt(at, number);
            } else if (p instanceof Date d) {
                ps.setDate(at, d);
            } else {
                ps.setObject(at, p);
            }
        }
    }
}
