package com.presstally.spark;

import com.presstally.corpus.InputFormats;
import com.presstally.store.StoreRows;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The extract job: lists the corpus on the driver, spreads its files over tasks that run the weekly
 * job's unchanged pipeline ({@link ExtractFiles}), and writes the store's rows as Parquet partitioned
 * by ISO week. The rows are kept (memory, then disk) while the four tables are written, so every
 * article is extracted once. Writing replaces only the weeks this corpus holds.
 */
final class SparkExtraction {
    /** Files per task when the caller does not say: enough tasks to balance, few enough to start quickly. */
    private static final int FILES_PER_TASK = 500;

    /**
     * What a run wrote: per ISO week, how many {@code articles}, {@code rejected}, {@code statements},
     * {@code casualties} and {@code reactions}; and the seconds each phase took.
     */
    record Summary(int files, Map<String, Map<String, Long>> weeks, Map<String, Double> seconds) {
        long total(String count) {
            return weeks.values().stream().mapToLong(w -> w.getOrDefault(count, 0L)).sum();
        }
    }

    private SparkExtraction() {
    }

    static Summary run(SparkSession spark, ExtractSettings settings, int partitions) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Map<String, Double> seconds = new LinkedHashMap<>();
        long start = System.nanoTime();
        List<InputFile> files = list(hadoop, settings.input());
        start = lap(seconds, "listing", start);
        int slices = partitions > 0 ? partitions
                : Math.max(context.defaultParallelism(), (files.size() + FILES_PER_TASK - 1) / FILES_PER_TASK);
        Broadcast<SerializableConfiguration> shipped = context.broadcast(new SerializableConfiguration(hadoop));
        JavaRDD<TableRow> rows = context.parallelize(files, Math.max(1, slices))
                .mapPartitions(new ExtractFiles(settings, shipped))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            for (int t = 0; t < ParquetTables.TABLES.size(); t++) {
                StoreRows.Table table = ParquetTables.TABLES.get(t);
                int index = t;
                JavaRDD<Row> tableRows = rows.filter(r -> r.table() == index).map(r -> RowFactory.create(r.values()));
                if (settings.failFirstAttempts() && table == StoreRows.STATEMENTS) {
                    tableRows = tableRows.mapPartitions(new FailFirstAttempt<>(100));
                }
                Dataset<Row> frame = spark.createDataFrame(tableRows, ParquetTables.schema(table));
                frame.write().mode(SaveMode.Overwrite).partitionBy(ParquetTables.WEEK)
                        .parquet(settings.output() + "/" + ParquetTables.folder(table));
                start = lap(seconds, t == 0 ? "extracting and writing articles" : "writing " + ParquetTables.folder(table), start);
            }
            Map<String, Map<String, Long>> weeks = perWeek(rows);
            lap(seconds, "counting", start);
            return new Summary(files.size(), weeks, seconds);
        } finally {
            rows.unpersist(false);
            shipped.destroy();
        }
    }

    private static long lap(Map<String, Double> seconds, String phase, long since) {
        long now = System.nanoTime();
        seconds.put(phase, (now - since) / 1e9);
        return now;
    }

    /** The {@link Summary} counts per week, from the kept rows. */
    private static Map<String, Map<String, Long>> perWeek(JavaRDD<TableRow> rows) {
        Map<Tuple2<String, String>, Long> counts = rows.flatMapToPair(r -> {
            List<Tuple2<Tuple2<String, String>, Long>> keys = new ArrayList<>(2);
            if (r.table() == 0) {
                String week = (String) r.values()[ParquetTables.ARTICLE_WEEK];
                keys.add(new Tuple2<>(new Tuple2<>(week, "articles"), 1L));
                if ("rejected".equals(r.values()[StoreRows.ARTICLES.columns().indexOf("status")])) {
                    keys.add(new Tuple2<>(new Tuple2<>(week, "rejected"), 1L));
                }
            } else {
                String week = (String) r.values()[r.values().length - 1];
                keys.add(new Tuple2<>(new Tuple2<>(week, ParquetTables.folder(ParquetTables.TABLES.get(r.table()))), 1L));
            }
            return keys.iterator();
        }).countByKey();
        Map<String, Map<String, Long>> weeks = new TreeMap<>();
        counts.forEach((key, n) -> weeks.computeIfAbsent(key._1(), k -> new TreeMap<>()).put(key._2(), n));
        return weeks;
    }

    /**
     * Every file under the root (any depth) that the weekly job would read, by id. Walks plain
     * statuses: a located status asks the local file system for permissions, one {@code stat}
     * process per file (140 of 200 s for 50,000 files).
     */
    static List<InputFile> list(Configuration hadoop, String input) {
        try {
            Path root = new Path(input);
            FileSystem fs = root.getFileSystem(hadoop);
            Path qualified = fs.makeQualified(root);
            if (!fs.getFileStatus(qualified).isDirectory()) {
                throw new IllegalArgumentException("input " + input + " is not a folder");
            }
            String prefix = qualified.toUri().getPath().replaceAll("/+$", "") + "/";
            List<InputFile> files = new ArrayList<>();
            Deque<Path> folders = new ArrayDeque<>(List.of(qualified));
            while (!folders.isEmpty()) {
                RemoteIterator<FileStatus> it = fs.listStatusIterator(folders.pop());
                while (it.hasNext()) {
                    FileStatus status = it.next();
                    String path = status.getPath().toUri().getPath();
                    String id = path.startsWith(prefix) ? path.substring(prefix.length()) : status.getPath().getName();
                    if (InputFormats.isIgnored(id)) {
                        continue;
                    }
                    if (status.isDirectory()) {
                        folders.push(status.getPath());
                    } else {
                        files.add(new InputFile(id, status.getPath().toString(), status.getLen(), status.getModificationTime()));
                    }
                }
            }
            files.sort(Comparator.comparing(InputFile::id));
            return files;
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException("input folder " + input + " does not exist");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input " + input + ": " + e.getMessage(), e);
        }
    }
}
