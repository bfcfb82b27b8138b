package com.presstally.corpus;

import com.presstally.domain.Article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text articles (spec §1): an optional header block of {@code key: value} lines ended by a
 * blank line, then paragraphs separated by blank lines. Without a header the first non-empty line is
 * the title, and scraped page furniture ({@code By}, {@code 3 Min Read}, {@code Share This Article},
 * a lone outlet name) is dropped.
 */
public final class TextArticleParser {
    static final Set<String> HEADER_KEYS = Set.of("title", "date", "published", "outlet", "source",
            "url", "author", "language");
    static final Pattern HEADER_LINE = Pattern.compile("^([A-Za-z_]+)\\s*:\\s*(.*)$");
    private static final Set<String> UNKNOWN = Set.of("unknown", "n/a", "none", "-");
    /** A wire dateline: "PORT SELIN, Valdoria (Meridian Wire) — " or "KYIV (Reuters) - ". */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}'’.\\- ]{2,40}(?:,\\s*[\\p{L}'’.\\- ]{2,40})?\\s*(?:\\([^)]{1,40}\\))?\\s*[—–-]{1,2}\\s+");

    private final List<Pattern> furniture;
    /** The furniture patterns as one alternation, matched once a line; null when they cannot be joined. */
    private final Pattern anyFurniture;
    private final ZoneId zone;

    public TextArticleParser(List<Pattern> furniture, ZoneId zone) {
        this.furniture = List.copyOf(furniture);
        this.anyFurniture = joined(this.furniture);
        this.zone = zone;
    }

    /**
     * One pattern that matches a whole line where any of the patterns does. Not for patterns with
     * back references (joining renumbers groups) or with different flags.
     */
    private static Pattern joined(List<Pattern> patterns) {
        if (patterns.isEmpty()) {
            return null;
        }
        int flags = patterns.get(0).flags();
        StringBuilder alternation = new StringBuilder();
        for (Pattern p : patterns) {
            if (p.flags() != flags || BACK_REFERENCE.matcher(p.pattern()).find()) {
                return null;
            }
            alternation.append(alternation.isEmpty() ? "" : "|").append("(?:").append(p.pattern()).append(')');
        }
        return Pattern.compile(alternation.toString(), flags);
    }

    private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\(?:[1-9]|k<)");

    /** A parser with the shipped furniture patterns ({@code lexicon/furniture.txt}). */
    public static TextArticleParser withDefaults(ZoneId zone) {
        return new TextArticleParser(loadFurniture(), zone);
    }

    /**
     * @param fallbackDate used when the header gives no date (the file's modification day)
     */
    public Article parse(String id, String rawText, LocalDate fallbackDate) throws ArticleRejectedException {
        String text = normalise(rawText);
        Map<String, String> header = new HashMap<>();
        String rest = readHeader(text, header);
        List<String> blocks = blocks(rest);
        String title = value(header, "title");
        if (header.isEmpty()) {
            // no header block: the first line is the title ("title: unknown" in a header is no title, not a cue to take one)
            if (blocks.isEmpty()) {
                throw new ArticleRejectedException(id, "no text after the header");
            }
            String first = blocks.remove(0);
            int newline = first.indexOf('\n');
            title = (newline < 0 ? first : first.substring(0, newline)).strip();
            if (newline >= 0) {
                blocks.add(0, first.substring(newline + 1));
            }
        }
        List<String> paragraphs = bodyParagraphs(blocks);
        if (paragraphs.isEmpty()) {
            throw new ArticleRejectedException(id, "no body text (only a title or page furniture)");
        }
        String dateText = value(header, "date");
        if (dateText.isEmpty()) {
            dateText = value(header, "published");
        }
        LocalDate published = DateParser.parse(dateText, zone).orElse(fallbackDate);
        String outlet = value(header, "outlet");
        if (outlet.isEmpty()) {
            outlet = value(header, "source");
        }
        return new Article(id, title, published, outlet, value(header, "url"), paragraphs);
    }

    /**
     * Each run of whitespace that holds a line break becomes one space ({@code \s*\n\s*} as a
     * regular expression, hand-written: it runs on every paragraph of every article).
     */
    static String joinLines(String block) {
        if (block.indexOf('\n') < 0) {
            return block;
        }
        StringBuilder out = new StringBuilder(block.length());
        int i = 0;
        while (i < block.length()) {
            int end = i;
            boolean lineBreak = false;
            while (end < block.length() && isRegexSpace(block.charAt(end))) {
                lineBreak |= block.charAt(end) == '\n';
                end++;
            }
            if (end > i) {
                out.append(lineBreak ? " " : block.substring(i, end));
                i = end;
            } else {
                out.append(block.charAt(i++));
            }
        }
        return out.toString();
    }

    /** What {@code \s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Line ends as {@code \n}, no-break spaces as spaces, a leading byte-order mark dropped. One pass,
     * and none for the usual text without either: {@code String.replace} on text with curly quotes
     * (UTF-16 inside the JVM) took up to 8 % of a big week's extraction threads in some runs.
     */
    static String normalise(String text) {
        int from = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        if (text.indexOf('\r') < 0 && text.indexOf('\u00A0') < 0) {
            return text.substring(from);
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c == '\u00A0' ? ' ' : c);
            }
        }
        return sb.toString();
    }

    /**
     * Reads a header block ({@code key: value} lines before the first blank line) into {@code header}
     * and returns the text after it, or returns the text unchanged when it does not start with one.
     * Walks the lines in place: the body after a header can be long, and only its start is read here.
     */
    static String readHeader(String text, Map<String, String> header) {
        int line = 0; // start of the current line; past the text's length once the last line is read
        int end = lineEnd(text, line);
        while (line <= text.length() && isBlank(text, line, end)) {
            line = end + 1;
            end = lineEnd(text, line);
        }
        int start = line;
        Map<String, String> found = new HashMap<>();
        for (; line <= text.length() && !isBlank(text, line, end); line = end + 1, end = lineEnd(text, line)) {
            Matcher m = HEADER_LINE.matcher(text.substring(line, end).strip());
            if (!m.matches() || !HEADER_KEYS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return text; // not a header block: the first line is the title
            }
            found.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
        }
        if (line == start) {
            return text;
        }
        header.putAll(found);
        return line > text.length() ? "" : text.substring(line);
    }

    /** Where the line starting at {@code lineStart} ends: its newline, or the text's end (also past the end). */
    private static int lineEnd(String text, int lineStart) {
        int newline = text.indexOf('\n', lineStart);
        return newline < 0 ? text.length() : newline;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text's blocks: the pieces between blank lines (a line of nothing but spaces, tabs and no-break
     * spaces), stripped, empty ones dropped. Found by hand: a regular expression split was a few percent
     * of a big week's reading.
     */
    static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        int from = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            int j = i + 1;
            while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\u00A0')) {
                j++;
            }
            if (j < text.length() && text.charAt(j) == '\n') {
                addBlock(blocks, text, from, i);
                from = j + 1;
                i = j;
            }
        }
        addBlock(blocks, text, from, text.length());
        return blocks;
    }

    private static void addBlock(List<String> blocks, String text, int from, int to) {
        String b = text.substring(from, to).strip();
        if (!b.isEmpty()) {
            blocks.add(b);
        }
    }

    /** Drops furniture anywhere, and short unpunctuated lines before the first or after the last real paragraph. */
    private List<String> bodyParagraphs(List<String> blocks) {
        List<String> kept = new ArrayList<>();
        for (String block : blocks) {
            String oneLine = joinLines(block).strip();
            if (!isFurniture(oneLine)) {
                kept.add(oneLine);
            }
        }
        int first = 0;
        while (first < kept.size() && isShortLabel(kept.get(first))) {
            first++;
        }
        int last = kept.size() - 1;
        while (last >= first && isShortLabel(kept.get(last))) {
            last--;
        }
        if (last < first) {
            return List.of();
        }
        List<String> body = new ArrayList<>(kept.subList(first, last + 1));
        Matcher dateline = DATELINE.matcher(body.get(0));
        if (dateline.find() && dateline.end() < body.get(0).length()) {
            body.set(0, body.get(0).substring(dateline.end())); // the dateline is furniture, not the story
        }
        return body;
    }

    private boolean isFurniture(String line) {
        if (anyFurniture != null) {
            return anyFurniture.matcher(line).matches();
        }
        for (Pattern p : furniture) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A byline, outlet name or dateline: a few words without sentence punctuation or quotes. */
    private static boolean isShortLabel(String line) {
        String[] words = line.split("\\s+");
        char lastChar = line.charAt(line.length() - 1);
        boolean punctuated = ".!?\"”’:;)".indexOf(lastChar) >= 0;
        return words.length <= 5 && !punctuated && line.indexOf('“') < 0 && line.indexOf('"') < 0;
    }

    private static String value(Map<String, String> header, String key) {
        String v = header.getOrDefault(key, "").strip();
        return UNKNOWN.contains(v.toLowerCase(Locale.ROOT)) ? "" : v;
    }

    static List<Pattern> loadFurniture() {
        List<Pattern> patterns = new ArrayList<>();
        try (InputStream in = TextArticleParser.class.getResourceAsStream("/lexicon/furniture.txt")) {
            if (in == null) {
                throw new IllegalStateException("lexicon/furniture.txt missing from the classpath");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    patterns.add(Pattern.compile(l, Pattern.CASE_INSENSITIVE));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return patterns;
    }
}
