package com.presstally.store;

import com.presstally.domain.ActorTally;
import com.presstally.domain.ProcessedArticle;
import com.presstally.domain.ReportScope;
import com.presstally.domain.WeekFigures;

import java.util.List;
import java.util.Map;

/**
 * Where extractions live between the steps of a run and across weeks. Every write replaces the rows
 * of the articles it names, so a repeated chunk or a restarted run never counts twice.
 *
 * <p>A corpus is the input folder an article came from: ids are only unique within one.
 */
public interface ExtractionStore {
    /** Creates the tables if they are missing. */
    void initialise();

    /**
     * Forgets what an earlier run of this scope stored, so articles removed from the input disappear.
     * Rows of weeks loaded from a backfill stay: only another load replaces them.
     */
    void clearScope(String corpus, ReportScope scope);

    /** A week whose rows a backfill loaded (see {@code store.jdbc.WeekLoad}), with where they came from. */
    record LoadedWeek(String week, String source, String extractorVersion, int articles, java.time.Instant loadedAt) {
    }

    /** The corpus's weeks loaded from a backfill, oldest first. */
    List<LoadedWeek> loadedWeeks(String corpus);

    /** The load of one week of the corpus, if it was loaded from a backfill. */
    default java.util.Optional<LoadedWeek> loadedWeek(String corpus, String week) {
        return loadedWeeks(corpus).stream().filter(w -> w.week().equals(week)).findFirst();
    }

    /**
     * Hands a loaded week back to the weekly job: it is no longer marked as loaded, so the next run of
     * it clears its rows and reads the input folder. Returns whether the week was marked.
     */
    boolean forgetLoadedWeek(String corpus, String week);

    /** Stores articles and their extractions, replacing any earlier rows of the same ids. */
    void save(String corpus, ReportScope scope, List<ProcessedArticle> articles);

    /** What {@link #forEachFingerprint} hands over: one article's id, exact fingerprint and near-copy signature. */
    interface FingerprintVisitor {
        void visit(String articleId, String exact, String nearCopy);
    }

    /** Visits the scope's readable articles in id order with their fingerprints, one row at a time. */
    void forEachFingerprint(String corpus, ReportScope scope, FingerprintVisitor visitor);

    /**
     * Marks the scope's copies: each article in {@code copies} as a duplicate of its original (id →
     * original's id), every other article of the scope that was a duplicate as ok again, and each
     * original with how many copies it has ({@link com.presstally.domain.ProcessedArticle#copies()}).
     */
    void markCopies(String corpus, ReportScope scope, Map<String, String> copies);

    /** Every article of the scope with its extraction, in id order. */
    List<ProcessedArticle> load(String corpus, ReportScope scope);

    /** At most {@code limit} articles of the scope after {@code afterId} (from the first when null), in id order. */
    List<ProcessedArticle> page(String corpus, ReportScope scope, String afterId, int limit);

    /** What {@link #forEachCountedClaim} hands over: a claim (without its sentence) and its article's id, date and outlet. */
    interface ClaimVisitor {
        void visit(com.presstally.domain.CasualtyClaim claim, com.presstally.domain.Article article);
    }

    /**
     * Visits the casualty claims of the scope's counted articles, one row at a time, in no particular
     * order (sorting a big week's claims cost the database more than the two walks tolls take).
     */
    void forEachCountedClaim(String corpus, ReportScope scope, ClaimVisitor visitor);

    /** The ISO weeks the corpus's dated articles fall in, oldest first. */
    List<String> weeks(String corpus);

    void saveTally(String corpus, ReportScope scope, List<ActorTally> tally);

    /**
     * Counts the scope's counted articles per actor (statements by kind, articles, reactions,
     * casualty claims made, first and last seen), most quoted first, reading a page of articles'
     * items at a time: a week of 100k articles is tallied without being loaded.
     */
    default List<ActorTally> computeTally(String corpus, ReportScope scope) {
        return computeWeek(corpus, scope).actors();
    }

    /** The scope's totals (articles by status, items of counted articles), counted in the database. */
    WeekFigures computeWeekFigures(String corpus, ReportScope scope);

    /** A scope's tally per actor with its totals, both from one walk of its items. */
    record WeekTally(List<ActorTally> actors, WeekFigures figures) {
        public WeekTally {
            actors = List.copyOf(actors);
        }
    }

    /**
     * {@link #computeTally} and {@link #computeWeekFigures} from one walk of the store: the all-dates
     * report's trend counts each week this way (a report counts its own scope in its walk, with
     * {@link com.presstally.domain.WeekCount}). The totals count the same rows the tally does.
     */
    WeekTally computeWeek(String corpus, ReportScope scope);

    List<ActorTally> tally(String corpus, ReportScope scope);

    /** Tallies of the given scopes that exist, keyed by scope label. */
    Map<String, List<ActorTally>> tallies(String corpus, List<ReportScope> scopes);

    void saveWeekFigures(String corpus, ReportScope scope, WeekFigures figures);

    /** The stored figures of those scopes that have them, in the order asked, each with its statements per actor. */
    List<WeekFigures> weekFigures(String corpus, List<ReportScope> scopes);
}
