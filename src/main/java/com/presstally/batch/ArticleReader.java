package com.presstally.batch;

import com.presstally.corpus.CorpusFolder;
import com.presstally.corpus.InputItem;
import com.presstally.corpus.PackedIds;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.util.List;

/**
 * Reads the input folder's files in a stable order and hands on their inputs: a one-article file as
 * itself, the records of a CSV or JSON file one by one. The checkpoint is the position (file, record),
 * so a restart resumes after the last committed chunk, even inside a large CSV export. In a
 * partitioned step each reader takes every n-th file.
 */
public class ArticleReader extends AbstractItemReader {
    @Inject
    JobContext jobContext;
    @Inject
    @BatchProperty(name = ArticlePartitionMapper.PARTITION)
    String partition;
    @Inject
    @BatchProperty(name = ArticlePartitionMapper.PARTITIONS)
    String partitions;

    private CorpusFolder corpus;
    private List<String> files;
    private int file;
    private List<InputItem> items;
    private int item;

    @Override
    public void open(Serializable checkpoint) {
        JobSettings settings = JobResources.settings(jobContext);
        corpus = JobResources.corpus(settings);
        List<String> all = corpus.listIds();
        int slice = partition == null || partition.isBlank() ? 0 : Integer.parseInt(partition);
        int slices = partitions == null || partitions.isBlank() ? 1 : Integer.parseInt(partitions);
        files = PackedIds.everyNth(all, slice, slices);
        if (checkpoint instanceof String position) {
            String[] parts = position.split(":");
            file = Integer.parseInt(parts[0]);
            item = Integer.parseInt(parts[1]);
        }
        ProgressListener.total(jobContext.getExecutionId(), all.size());
    }

    @Override
    public Object readItem() {
        while (file < files.size()) {
            if (items == null) {
                items = corpus.items(files.get(file));
            }
            if (item < items.size()) {
                return items.get(item++);
            }
            file++;
            item = 0;
            items = null;
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return file + ":" + item;
    }
}
