package com.presstally.spark;

import com.presstally.corpus.InputFormats;
import com.presstally.domain.IsoWeek;
import com.presstally.domain.ProcessedArticle;
import com.presstally.extract.ExtractionEngine;
import com.presstally.pipeline.ArticlePipeline;
import com.presstally.store.StoreRows;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A task's work: each file of its slice read, parsed and extracted by the weekly job's own pipeline,
 * then turned into store rows, one file at a time (a task never holds more than one file's rows).
 *
 * <p>An article's week is that of its publication date; an input with no date (a rejected file or
 * record) belongs to the week of its file's modification day, the week a weekly run would have
 * listed it in.
 */
final class ExtractFiles implements FlatMapFunction<Iterator<InputFile>, TableRow> {
    private final ExtractSettings settings;
    private final Broadcast<SerializableConfiguration> hadoop;

    ExtractFiles(ExtractSettings settings, Broadcast<SerializableConfiguration> hadoop) {
        this.settings = settings;
        this.hadoop = hadoop;
    }

    @Override
    public Iterator<TableRow> call(Iterator<InputFile> files) {
        InputFormats formats = settings.formats();
        ArticlePipeline pipeline = settings.pipeline();
        TaskContext task = TaskContext.get();
        boolean failAfterFirstFile = settings.failFirstAttempts() && task != null && task.attemptNumber() == 0;
        return new Iterator<>() {
            private final Deque<TableRow> rows = new ArrayDeque<>();
            private int filesRead;

            @Override
            public boolean hasNext() {
                while (rows.isEmpty() && files.hasNext()) {
                    if (failAfterFirstFile && filesRead == 1) {
                        throw new IllegalStateException("forced failure of the first attempt of task "
                                + task.taskAttemptId() + " (failFirstAttempts is set)");
                    }
                    read(files.next());
                    filesRead++;
                }
                return !rows.isEmpty();
            }

            @Override
            public TableRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return rows.removeFirst();
            }

            private void read(InputFile file) {
                LocalDate day = Instant.ofEpochMilli(file.modified()).atZone(settings.zone()).toLocalDate();
                String fileWeek = IsoWeek.of(day).toString();
                for (ProcessedArticle article : process(file, day)) {
                    rows.add(new TableRow(0, StoreRows.article(article, fileWeek, ExtractionEngine.VERSION)));
                    String week = (String) rows.peekLast().values()[ParquetTables.ARTICLE_WEEK];
                    for (int t = 1; t < ParquetTables.TABLES.size(); t++) {
                        for (Object[] item : StoreRows.items(ParquetTables.TABLES.get(t), article, ExtractionEngine.VERSION)) {
                            Object[] withWeek = Arrays.copyOf(item, item.length + 1);
                            withWeek[item.length] = week;
                            rows.add(new TableRow(t, withWeek));
                        }
                    }
                }
            }

            private List<ProcessedArticle> process(InputFile file, LocalDate day) {
                String refusal = formats.refusal(file.id(), file.size());
                if (refusal != null) {
                    return List.of(ProcessedArticle.rejected(file.id(), refusal));
                }
                byte[] bytes;
                Path path = new Path(file.uri());
                try (FSDataInputStream in = path.getFileSystem(hadoop.value().value()).open(path)) {
                    bytes = in.readAllBytes();
                } catch (IOException e) {
                    return List.of(ProcessedArticle.rejected(file.id(), "cannot read file: " + e.getMessage()));
                }
                return pipeline.processFile(formats, file.id(), bytes, day);
            }
        };
    }
}
