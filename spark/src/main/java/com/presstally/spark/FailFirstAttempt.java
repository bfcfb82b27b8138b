package com.presstally.spark;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * For recovery tests ({@code --fail-first-attempts}): passes rows on, but a task's first attempt
 * fails after {@code rows} of them, so the Parquet writer has written part of its file when the
 * task dies and Spark runs it again.
 */
final class FailFirstAttempt<T> implements FlatMapFunction<Iterator<T>, T> {
    private final int rows;

    FailFirstAttempt(int rows) {
        this.rows = rows;
    }

    @Override
    public Iterator<T> call(Iterator<T> in) {
        TaskContext task = TaskContext.get();
        boolean fail = task != null && task.attemptNumber() == 0;
        return new Iterator<>() {
            private int passed;

            @Override
            public boolean hasNext() {
                if (fail && passed == rows) {
                    throw new IllegalStateException("forced failure of the first attempt of task " + task.taskAttemptId()
                            + " after writing " + rows + " rows (--fail-first-attempts)");
                }
                return in.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                passed++;
                return in.next();
            }
        };
    }
}
