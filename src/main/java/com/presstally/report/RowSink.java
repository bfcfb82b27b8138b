package com.presstally.report;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Where a table's rows go as they are produced: a CSV file or a workbook sheet. Closing finishes it. */
interface RowSink extends Closeable {
    void row(List<Object> values) throws IOException;
}
