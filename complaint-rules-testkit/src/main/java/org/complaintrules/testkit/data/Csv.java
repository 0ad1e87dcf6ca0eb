package org.complaintrules.testkit.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader for test and calibration data: fields separated by commas, optionally
 * quoted; a quoted field may hold commas, line breaks and doubled quotes ({@code ""} for one
 * {@code "}). Records end at {@code \n}, {@code \r\n} or a lone {@code \r}; a leading byte order
 * mark is skipped. Reads a whole file held in memory, which is what test data needs.
 */
public final class Csv {

    private Csv() {}

    /**
     * @param text the whole file
     * @return the records, each a list of fields
     * @throws IllegalArgumentException when a quoted field is not closed
     */
    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    fieldStarted = true;
                }
                case ',' -> {
                    record.add(field.toString());
                    field.setLength(0);
                    fieldStarted = true;
                }
                case '\r' -> {
                    // part of \r\n; a lone \r is treated as a line break as well
                    if (i + 1 < n && text.charAt(i + 1) == '\n') {
                        break;
                    }
                    fieldStarted = endRecord(records, record, field, fieldStarted);
                    record = new ArrayList<>();
                }
                case '\n' -> {
                    fieldStarted = endRecord(records, record, field, fieldStarted);
                    record = new ArrayList<>();
                }
                default -> {
                    field.append(c);
                    fieldStarted = true;
                }
            }
            i++;
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field");
        }
        endRecord(records, record, field, fieldStarted);
        return records;
    }

    private static boolean endRecord(
            List<List<String>> records, List<String> record, StringBuilder field, boolean fieldStarted) {
        if (fieldStarted || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        field.setLength(0);
        return false;
    }

    /**
     * @param text the whole file, with a header line
     * @return one map per data record, header name to field, in column order
     * @throws IllegalArgumentException when a record has a different number of fields than the header
     */
    public static List<Map<String, String>> parseWithHeader(String text) {
        List<List<String>> records = parse(text);
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> fields = records.get(r);
            if (fields.size() != header.size()) {
                throw new IllegalArgumentException(
                        "record " + r + " has " + fields.size() + " fields, header has " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int f = 0; f < header.size(); f++) {
                row.put(header.get(f), fields.get(f));
            }
            rows.add(row);
        }
        return rows;
    }
}
