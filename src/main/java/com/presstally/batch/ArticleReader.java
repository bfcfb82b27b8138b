package com.presstally.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.util.List;

/**
 * Reads the ids of the input folder's files in a stable order. The checkpoint is the position in
 * that order, so a restart resumes after the last committed chunk.
 */
public class ArticleReader extends AbstractItemReader {
    @Inject
    JobContext jobContext;

    private List<String> ids;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        JobSettings settings = JobResources.settings(jobContext);
        ids = JobResources.corpus(settings).listIds();
        next = checkpoint == null ? 0 : (Integer) checkpoint;
        ProgressListener.total(jobContext.getExecutionId(), ids.size());
    }

    @Override
    public Object readItem() {
        return next < ids.size() ? ids.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
