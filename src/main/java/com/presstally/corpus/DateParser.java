package com.presstally.corpus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Publication dates in the forms news metadata uses. */
public final class DateParser {
    private static final List<DateTimeFormatter> DATE_FORMS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("uuuu/MM/dd"));

    private DateParser() {
    }

    /**
     * Parses a date or timestamp; a timestamp with an offset is converted to {@code zone} first, so
     * an article published late on Sunday in New York lands in the week its readers saw it.
     */
    public static Optional<LocalDate> parse(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.trim();
        try {
            return Optional.of(OffsetDateTime.parse(value).atZoneSameInstant(zone).toLocalDate());
        } catch (DateTimeParseException notATimestamp) {
            // fall through to the date-only forms
        }
        if (value.length() > 10 && value.charAt(10) == 'T') {
            value = value.substring(0, 10);
        }
        for (DateTimeFormatter form : DATE_FORMS) {
            try {
                return Optional.of(LocalDate.parse(value, form));
            } catch (DateTimeParseException tryNext) {
                // next form
            }
        }
        return Optional.empty();
    }
}
