package com.presstally.spark;

import java.io.Serializable;

/** One row bound for one of the Parquet tables: its index in {@link ParquetTables#TABLES} and its values. */
record TableRow(int table, Object[] values) implements Serializable {
}
