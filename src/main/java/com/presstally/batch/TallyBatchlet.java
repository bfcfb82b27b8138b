package com.presstally.batch;

import com.presstally.corpus.NearDuplicates;
import com.presstally.store.ExtractionStore;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;

/**
 * Step 3: marks exact and near (syndicated) copies, streaming the week's fingerprints through the
 * near-copy finder, then counts the week per actor (a page at a time) and in total (in SQL), and
 * stores both for trends.
 */
public class TallyBatchlet extends AbstractBatchlet {
    @Inject
    JobContext jobContext;

    @Override
    public String process() {
        JobSettings settings = JobResources.settings(jobContext);
        ExtractionStore store = JobResources.store(settings);
        NearDuplicates.Finder finder = new NearDuplicates.Finder(1_000);
        Map<String, String> copies = new HashMap<>();
        store.forEachFingerprint(settings.corpus(), settings.scope(), (id, exact, near) -> {
            String original = finder.add(id, exact, near);
            if (!original.equals(id)) {
                copies.put(id, original);
            }
        });
        store.markCopies(settings.corpus(), settings.scope(), copies);
        store.saveTally(settings.corpus(), settings.scope(), store.computeTally(settings.corpus(), settings.scope()));
        store.saveWeekFigures(settings.corpus(), settings.scope(), store.computeWeekFigures(settings.corpus(), settings.scope()));
        return "TALLIED";
    }
}
