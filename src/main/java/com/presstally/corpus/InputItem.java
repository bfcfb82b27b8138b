package com.presstally.corpus;

import com.presstally.domain.Article;

/** One thing the reader hands on: a file to parse, an article already read from a record, or a rejection. */
public sealed interface InputItem extends java.io.Serializable {
    String id();

    /** A .txt, .md or .html file: parsed by the processor, where the work can be spread over threads. */
    record FileItem(String id) implements InputItem {
    }

    /** A row of a CSV file or an object of a JSON file, read while the file was streamed. */
    record RecordItem(Article article) implements InputItem {
        @Override
        public String id() {
            return article.id();
        }
    }

    /** An input that cannot be an article, with the reason (file and line in it). */
    record Rejected(String id, String reason) implements InputItem {
    }
}
