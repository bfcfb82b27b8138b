package com.presstally.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.presstally.domain.Article;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Files that hold many articles: CSV exports (commons-csv, a header row), JSON lines and JSON arrays
 * (Jackson) from news APIs. Each record becomes an article with the id {@code file#<id field, else
 * its 1-based row or line>}; a record without text, a malformed row or line is a rejection naming
 * the file and the line, and the rest of the file is still read.
 */
public final class RecordFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FieldMap fields;
    private final ZoneId zone;

    public RecordFiles(FieldMap fields, ZoneId zone) {
        this.fields = fields;
        this.zone = zone;
    }

    public List<InputItem> csv(String fileId, String text, LocalDate fallbackDate) {
        List<InputItem> items = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).get().parse(new StringReader(text))) {
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderMap().forEach((name, index) -> header.put(name.strip().toLowerCase(Locale.ROOT), index));
            Iterator<CSVRecord> rows = parser.iterator();
            int row = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    record = rows.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    items.add(new InputItem.Rejected(fileId + "#" + (row + 1), "malformed CSV after line "
                            + parser.getCurrentLineNumber() + ": " + e.getMessage() + "; the rest of the file is not read"));
                    break;
                }
                row++;
                Map<String, String> values = new HashMap<>();
                header.forEach((name, index) -> values.put(name, index < record.size() ? record.get(index) : ""));
                items.add(article(fileId, row, "row " + row + " (line " + parser.getCurrentLineNumber() + ")", values, fallbackDate));
            }
        } catch (IOException | IllegalArgumentException e) {
            items.add(new InputItem.Rejected(fileId, "not a CSV file with a header row: " + e.getMessage()));
        }
        return items;
    }

    public List<InputItem> jsonLines(String fileId, String text, LocalDate fallbackDate) {
        List<InputItem> items = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(lines[i]);
                if (!node.isObject()) {
                    items.add(new InputItem.Rejected(fileId + "#" + (i + 1), "line " + (i + 1) + " is not a JSON object"));
                    continue;
                }
                items.add(article(fileId, i + 1, "line " + (i + 1), flatten(node), fallbackDate));
            } catch (IOException e) {
                items.add(new InputItem.Rejected(fileId + "#" + (i + 1), "line " + (i + 1) + " is not JSON: "
                        + e.getMessage().lines().findFirst().orElse("")));
            }
        }
        return items;
    }

    public List<InputItem> jsonArray(String fileId, String text, LocalDate fallbackDate) {
        List<InputItem> items = new ArrayList<>();
        try (JsonParser parser = JSON.getFactory().createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                items.add(new InputItem.Rejected(fileId, "not a JSON array of articles"));
                return items;
            }
            int index = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                index++;
                JsonNode node = JSON.readTree(parser);
                items.add(article(fileId, index, "element " + index, flatten(node), fallbackDate));
            }
        } catch (IOException e) {
            items.add(new InputItem.Rejected(fileId + "#" + (items.size() + 1), "malformed JSON after element "
                    + items.size() + ": " + e.getMessage().lines().findFirst().orElse("") + "; the rest of the file is not read"));
        }
        return items;
    }

    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> values = new HashMap<>();
        node.fields().forEachRemaining(e -> values.put(e.getKey().toLowerCase(Locale.ROOT),
                e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().isObject() && e.getValue().has("name")
                        ? e.getValue().get("name").asText() : ""));
        return values;
    }

    private InputItem article(String fileId, int position, String where, Map<String, String> values, LocalDate fallbackDate) {
        String key = fields.value("id", values);
        String id = fileId + "#" + (key.isEmpty() ? Integer.toString(position) : key);
        String body = fields.value("body", values);
        if (body.isBlank()) {
            return new InputItem.Rejected(id, fileId + " " + where + " has no article text (no body column or field)");
        }
        List<String> paragraphs = new ArrayList<>();
        for (String p : body.split("\\r?\\n\\s*\\n|\\r?\\n")) {
            if (!p.isBlank()) {
                paragraphs.add(p.strip().replaceAll("\\s+", " "));
            }
        }
        LocalDate date = DateParser.parse(fields.value("date", values), zone).orElse(fallbackDate);
        return new InputItem.RecordItem(new Article(id, fields.value("title", values), date, fields.value("outlet", values),
                fields.value("url", values), paragraphs));
    }
}
