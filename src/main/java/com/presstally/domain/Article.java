package com.presstally.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news story as read from the corpus.
 *
 * @param id         stable id (spec §1): the path relative to the input folder for files
 * @param published  publication date, or null when neither the file nor its metadata tell
 * @param paragraphs body paragraphs, furniture removed
 */
public record Article(String id, String title, LocalDate published, String outlet, String url,
                      List<String> paragraphs) {
    public static final String PARAGRAPH_BREAK = "\n\n";

    public Article {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        outlet = outlet == null ? "" : outlet;
        url = url == null ? "" : url;
        paragraphs = List.copyOf(paragraphs);
    }

    /** The body as one string; every character span of an extracted item points into this text. */
    public String body() {
        return String.join(PARAGRAPH_BREAK, paragraphs);
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, title, date, outlet, url, paragraphs);
    }
}
