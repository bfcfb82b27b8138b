package com.presstally.batch;

import com.presstally.store.ExtractionStore;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

import java.nio.file.Files;

/** Step 1: checks the input folder, creates the store tables, and forgets what an earlier run of this scope stored. */
public class PrepareScopeBatchlet extends AbstractBatchlet {
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
        store.clearScope(settings.corpus(), settings.scope());
        return "PREPARED";
    }
}
