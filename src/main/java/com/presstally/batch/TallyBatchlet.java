package com.presstally.batch;

import com.presstally.corpus.NearDuplicates;
import com.presstally.store.ExtractionStore;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Step 3: marks exact and near (syndicated) copies, streaming the week's fingerprints through the
 * near-copy finder, so that each story is counted once. The counting itself, per actor and in total,
 * happens in the report step's walk of the week, which reads every item anyway.
 */
public class TallyBatchlet extends AbstractBatchlet {
    @Inject
    JobContext jobContext;

    @Override
    public String process() {
        JobSettings settings = JobResources.settings(jobContext);
        ExtractionStore store = JobResources.store(settings);
        store.markCopies(settings.corpus(), settings.scope(), copies(store, settings));
        return "TALLIED";
    }

    /**
     * Each copy's id → its original's id. Two walks of the fingerprints, so no id is held for an
     * article that is neither: the first finds the stories by index, the second names them (an
     * original always comes before its copies in id order).
     */
    static Map<String, String> copies(ExtractionStore store, JobSettings settings) {
        int[] original = originals(store, settings);
        BitSet hasCopies = new BitSet(original.length);
        for (int n = 0; n < original.length; n++) {
            if (original[n] != n) {
                hasCopies.set(original[n]);
            }
        }
        Map<Integer, String> originalIds = new HashMap<>();
        Map<String, String> copies = new HashMap<>();
        int[] next = {0};
        store.forEachFingerprint(settings.corpus(), settings.scope(), (id, exact, near) -> {
            int n = next[0]++;
            if (n >= original.length) {
                throw new IllegalStateException("the week's articles changed while it was tallied");
            }
            if (original[n] != n) {
                copies.put(id, originalIds.get(original[n]));
            } else if (hasCopies.get(n)) {
                originalIds.put(n, id);
            }
        });
        return copies;
    }

    /**
     * The first walk: each article's story, by index. A method of its own so that the finder (its
     * signatures take ~64 bytes an article) is garbage before the second walk fills the maps of copies:
     * held through it, it made the tally the job's highest step at 100,000 articles.
     */
    private static int[] originals(ExtractionStore store, JobSettings settings) {
        NearDuplicates.Finder finder = new NearDuplicates.Finder();
        store.forEachFingerprint(settings.corpus(), settings.scope(), (id, exact, near) -> finder.add(exact, near));
        return finder.originals();
    }
}
