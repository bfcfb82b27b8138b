package com.presstally.domain;

/**
 * What one run reports: one ISO week, or every article of the input regardless of date
 * ({@code --all}). Its label names the report folder.
 */
public record ReportScope(IsoWeek week) {
    public static final String ALL_LABEL = "all";

    public static ReportScope all() {
        return new ReportScope(null);
    }

    public static ReportScope parse(String text) {
        return ALL_LABEL.equalsIgnoreCase(text.trim()) ? all() : new ReportScope(IsoWeek.parse(text));
    }

    public boolean isAll() {
        return week == null;
    }

    public boolean includes(java.time.LocalDate date) {
        return isAll() || week.contains(date);
    }

    public String label() {
        return isAll() ? ALL_LABEL : week.toString();
    }

    @Override
    public String toString() {
        return label();
    }
}
