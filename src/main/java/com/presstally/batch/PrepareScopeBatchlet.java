package com.presstally.batch;

import com.presstally.store.ExtractionStore;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

import java.nio.file.Files;

/**
 * Step 1: checks the input folder, creates the store tables, and forgets what an earlier run of this
 * scope stored. A week loaded from a backfill is reported as loaded: the job goes straight to the
 * tally ({@link #BACKFILLED}), and the input folder is not read for it.
 */
public class PrepareScopeBatchlet extends AbstractBatchlet {
    /** The exit status that skips the extract step (see jobs/weekly-report.xml). */
    public static final String BACKFILLED = "BACKFILLED";

    @Inject
    JobContext jobContext;

    @Override
    public String process() {
        JobSettings settings = JobResources.settings(jobContext);
        if (!Files.isDirectory(settings.input())) {
            throw new IllegalArgumentException("input folder " + settings.input().toAbsolutePath() + " does not exist");
        }
        ExtractionStore store = JobResources.store(settings);
        store.initialise();
        if (!settings.scope().isAll() && store.loadedWeek(settings.corpus(), settings.scope().label()).isPresent()) {
            return BACKFILLED;
        }
        store.clearScope(settings.corpus(), settings.scope());
        return "PREPARED";
    }
}
