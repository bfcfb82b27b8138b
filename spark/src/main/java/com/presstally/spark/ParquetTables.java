package com.presstally.spark;

import com.presstally.store.StoreRows;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The backfill's Parquet layout: one folder per store table ({@code articles}, {@code statements},
 * {@code casualties}, {@code reactions}), each partitioned by {@code iso_week}, with the store's
 * columns (without the corpus, which the load names).
 */
final class ParquetTables {
    static final List<StoreRows.Table> TABLES = List.of(StoreRows.ARTICLES, StoreRows.STATEMENTS, StoreRows.CASUALTIES,
            StoreRows.REACTIONS);
    static final String WEEK = "iso_week";
    /** Where an article row holds its week. */
    static final int ARTICLE_WEEK = StoreRows.ARTICLES.columns().indexOf(WEEK);
    private static final Set<String> INTS = Set.of("seq", "span_start", "span_end");
    private static final Set<String> LONGS = Set.of("count_low", "count_high");

    private ParquetTables() {
    }

    static String folder(StoreRows.Table table) {
        return switch (table.name()) {
            case "pt_article" -> "articles";
            case "pt_statement" -> "statements";
            case "pt_casualty" -> "casualties";
            case "pt_reaction" -> "reactions";
            default -> throw new IllegalArgumentException("not a backfill table: " + table.name());
        };
    }

    /** The table's columns, then {@code iso_week} for item tables (the article table has it already). */
    static List<String> columns(StoreRows.Table table) {
        List<String> columns = new ArrayList<>(table.columns());
        if (!columns.contains(WEEK)) {
            columns.add(WEEK);
        }
        return columns;
    }

    static StructType schema(StoreRows.Table table) {
        List<StructField> fields = new ArrayList<>();
        for (String column : columns(table)) {
            fields.add(DataTypes.createStructField(column, type(column), !column.equals("article_id")));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType type(String column) {
        if (INTS.contains(column)) {
            return DataTypes.IntegerType;
        } else if (LONGS.contains(column)) {
            return DataTypes.LongType;
        } else if (column.equals("published")) {
            return DataTypes.DateType;
        }
        return DataTypes.StringType;
    }
}
