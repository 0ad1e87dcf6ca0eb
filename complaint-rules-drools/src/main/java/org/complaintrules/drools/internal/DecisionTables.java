package org.complaintrules.drools.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.complaintrules.api.RuleCompilationException;
import org.complaintrules.api.RuleProblem;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.drools.decisiontable.parser.csv.CsvParser;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.parser.DataListener;
import org.drools.template.parser.DecisionTableParseException;

/**
 * Drools decision tables in a policy folder: {@code NAME.drl.xlsx} (every sheet with a
 * {@code RuleTable}) and {@code NAME.drl.csv}, one rule per row, converted to DRL text when the
 * policy is loaded (with Drools' own {@code drools-decisiontables}) and then compiled, checked and
 * audited exactly like a DRL file. Rows give each rule its {@code @id} and {@code @description}
 * through {@code METADATA} columns ({@code id($param)}, {@code description("$param")}) and its name
 * through a {@code NAME} column. Every problem, in the table or in the DRL it became, names the
 * file, the sheet, the row and the column.
 */
public final class DecisionTables {
    private static final Pattern CELL = Pattern.compile("\\b([A-Z]{1,3})(\\d{1,7})\\b");
    private static final Pattern RULE_VALUES = Pattern.compile("^// rule values at ([A-Z]{1,3})(\\d{1,7}), header at");

    private DecisionTables() {}

    /**
     * @param name a file name
     * @return whether it is a decision table ({@code .drl.xlsx} or {@code .drl.csv})
     */
    public static boolean isTable(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".drl.xlsx") || n.endsWith(".drl.csv");
    }

    /**
     * @param name a file name
     * @return whether it is a CSV decision table ({@code .drl.csv}), a text file
     */
    public static boolean isCsv(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".drl.csv");
    }

    /** A rule's id as a message quotes it: {@code @id(COMP-FORM-1)}. */
    private static final Pattern ID_IN_MESSAGE = Pattern.compile("@id\\(([^)]*)\\)");

    /** The end of a sandbox message about a function: {@code (in function leak)}. */
    private static final Pattern IN_FUNCTION = Pattern.compile("\\(in function (\\w+)\\)");

    /** The end of a sandbox message: {@code (in rule "...")}. */
    private static final Pattern IN_RULE = Pattern.compile("\\(in rule \"[^\"]*\"\\)");

    /**
     * Where in a table a line of its generated DRL came from.
     *
     * @param sheet the sheet's name, or {@code null} for a CSV file
     * @param lineRows for each DRL line (index 0 is line 1) the 1-based spreadsheet row, or 0
     * @param lineColumns for each DRL line the column letter, or {@code null}
     */
    public record Origin(String sheet, int[] lineRows, String[] lineColumns, Map<Integer, Map<String, String>> cells) {
        /** Copies the cells. */
        public Origin {
            cells = Map.copyOf(cells);
        }

        /**
         * @param problem a problem reported against a line of the generated DRL
         * @return the same problem pointing at the table: the line becomes the spreadsheet row, and the
         *     message says sheet, row and column (the column whose cell the message quotes, else the one
         *     the line shows)
         */
        public RuleProblem locate(RuleProblem problem) {
            int line = problem.line();
            int row = line >= 1 && line <= lineRows.length ? lineRows[line - 1] : 0;
            if (row == 0) {
                // not a rule's line: an Import, Functions or Variables row of the table's header, found by
                // the function the message names or the name it quotes
                Map.Entry<Integer, String> cell = headerCell(problem.message());
                if (cell != null) {
                    return new RuleProblem(
                            problem.file(), cell.getKey(), where(cell.getKey(), cell.getValue()) + problem.message());
                }
                return new RuleProblem(problem.file(), 0, where(null, null) + problem.message());
            }
            // the rule's own name, which the sandbox's messages end with, is the NAME column's cell:
            // the column is the one the rest of the message quotes
            Map<String, String> rowCells = cells.getOrDefault(row, Map.of());
            // a message about the rule's id ("has @id(X), already used by ...") is about the id's cell
            String column = idColumn(problem.message(), rowCells);
            if (column == null) {
                column = quoted(IN_RULE.matcher(problem.message()).replaceAll(""), rowCells);
            }
            if (column == null && line <= lineColumns.length) {
                column = lineColumns[line - 1];
            }
            return new RuleProblem(problem.file(), row, where(row, column) + problem.message());
        }

        /**
         * The header row and column letters a problem outside the rules is about: the cell that declares
         * the function named in "(in function f)", else the one whose list holds the longest name the
         * message quotes ("import java.io.File is not allowed"); {@code null} when none does.
         */
        private Map.Entry<Integer, String> headerCell(String message) {
            Matcher fn = IN_FUNCTION.matcher(message);
            Pattern declares = fn.find()
                    ? Pattern.compile("\\bfunction\\b[^(]*\\b" + Pattern.quote(fn.group(1)) + "\\s*\\(")
                    : null;
            Map.Entry<Integer, String> best = null;
            int bestLength = 3;
            for (Map.Entry<Integer, Map<String, String>> r : new TreeMap<>(cells).entrySet()) {
                for (Map.Entry<String, String> c : r.getValue().entrySet()) {
                    String value = c.getValue();
                    if (declares != null) {
                        if (declares.matcher(value).find()) {
                            return Map.entry(r.getKey(), c.getKey());
                        }
                        continue;
                    }
                    for (String item : value.split(",")) {
                        String name = item.strip();
                        if (name.length() > bestLength && containsWord(message, name)) {
                            best = Map.entry(r.getKey(), c.getKey());
                            bestLength = name.length();
                        }
                    }
                }
            }
            return best;
        }

        private static String idColumn(String message, Map<String, String> rowCells) {
            Matcher m = ID_IN_MESSAGE.matcher(message);
            if (!m.find()) {
                return null;
            }
            for (Map.Entry<String, String> c : rowCells.entrySet()) {
                if (c.getValue().strip().equals(m.group(1).strip())) {
                    return c.getKey();
                }
            }
            return null;
        }

        private static String quoted(String message, Map<String, String> rowCells) {
            String best = null;
            int bestLength = 0;
            for (Map.Entry<String, String> c : rowCells.entrySet()) {
                // the whole cell, or one item of a list cell (forall columns: "REFUND, STORE_CREDIT")
                List<String> candidates = new ArrayList<>(List.of(c.getValue().strip()));
                for (String item : c.getValue().split(",")) {
                    candidates.add(item.strip());
                }
                for (String v : candidates) {
                    if (v.length() > bestLength && containsWord(message, v)) {
                        best = c.getKey();
                        bestLength = v.length();
                    }
                }
            }
            return best;
        }

        private static boolean containsWord(String text, String word) {
            return Pattern.compile("(?<![\\w])" + Pattern.quote(word) + "(?![\\w])")
                    .matcher(text)
                    .find();
        }

        private String where(Integer row, String column) {
            StringBuilder b = new StringBuilder();
            if (sheet != null) {
                b.append("sheet '").append(sheet).append("'");
            }
            if (row != null) {
                b.append(b.length() == 0 ? "" : ", ").append("row ").append(row);
                if (column != null) {
                    b.append(", column ").append(column);
                }
            }
            return b.length() == 0 ? "" : b.append(": ").toString();
        }
    }

    /**
     * @param name the file's name relative to the policy folder, e.g. {@code forms.drl.csv}
     * @param content the file's bytes
     * @return one DRL policy file per sheet holding rule tables (named {@code name} for a CSV file or a
     *     workbook with one such sheet, else {@code name#sheet}), each with its {@link Origin}
     * @throws RuleCompilationException when the table cannot be read, naming the sheet, row and column
     */
    public static List<PolicyFile> toDrl(String name, byte[] content) {
        boolean csv = name.toLowerCase(Locale.ROOT).endsWith(".csv");
        if (csv) {
            return List.of(convert(name, null, content, true));
        }
        List<String> sheets;
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            sheets = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                sheets.add(workbook.getSheetName(i));
            }
        } catch (IOException | RuntimeException e) {
            throw new RuleCompilationException(
                    List.of(new RuleProblem(name, 0, "cannot read the workbook: " + e.getMessage())));
        }
        List<PolicyFile> out = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (String sheet : sheets) {
            try {
                PolicyFile f = convert(name, sheet, content, false);
                if (f != null) {
                    out.add(f);
                }
            } catch (RuleCompilationException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        if (out.isEmpty()) {
            throw new RuleCompilationException(
                    List.of(new RuleProblem(name, 0, "no sheet holds a RuleTable; see the decision table format")));
        }
        if (out.size() == 1) {
            return List.of(new PolicyFile(name, out.get(0).content(), out.get(0).origin()));
        }
        return out;
    }

    private static PolicyFile convert(String name, String sheet, byte[] content, boolean csv) {
        DefaultRuleSheetListener rules = new DefaultRuleSheetListener();
        Cells cells = new Cells();
        String drl;
        if (csv) {
            List<RuleProblem> rows = csvRowProblems(name, new String(content, StandardCharsets.UTF_8));
            if (!rows.isEmpty()) {
                // Drools reads such a row into cells of another row's shape: a rule that was never written
                throw new RuleCompilationException(rows);
            }
        }
        try {
            List<DataListener> listeners = List.of(rules, cells);
            if (csv) {
                new CsvParser(listeners, new CsvLineParser()).parseFile(new ByteArrayInputStream(content));
            } else {
                new ExcelParser(Map.of(sheet, listeners)).parseFile(new ByteArrayInputStream(content));
            }
            drl = new SpreadsheetCompiler().listenerToString(rules);
        } catch (DecisionTableParseException e) {
            if (!csv && e.getMessage() != null && e.getMessage().startsWith("No RuleTable")) {
                return null;
            }
            throw new RuleCompilationException(List.of(problem(name, sheet, e.getMessage())));
        } catch (RuntimeException e) {
            throw new RuleCompilationException(List.of(problem(name, sheet, String.valueOf(e.getMessage()))));
        }
        return new PolicyFile(sheet == null ? name : name + "#" + sheet, drl, origin(drl, sheet, cells.byRow));
    }

    /**
     * The rows of a CSV table that Drools would read into the wrong cells, without a word: a quoted cell
     * whose closing quote is missing (the rest of the line, commas and all, becomes one cell) and a rule
     * row with another number of cells than the table's header row.
     *
     * @param name the file's name
     * @param text the file's text
     * @return one problem per such row, at its line, naming the row and, where known, the column
     */
    static List<RuleProblem> csvRowProblems(String name, String text) {
        String[] lines = text.split("\r?\n|\r", -1);
        CsvLineParser parser = new CsvLineParser();
        List<RuleProblem> problems = new ArrayList<>();
        int header = -1; // 0-based line of the table's column types (NAME, CONDITION, ...)
        int headerCells = 0;
        boolean inTable = false;
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            int row = i + 1;
            String quote = quoteProblem(line);
            if (quote != null) {
                problems.add(new RuleProblem(name, row, "row " + row + ", " + quote));
                continue;
            }
            List<String> cells = parser.parse(line);
            boolean blank = cells.stream().allMatch(c -> c == null || c.isBlank());
            String first =
                    cells.isEmpty() || cells.get(0) == null ? "" : cells.get(0).strip();
            if (first.startsWith("RuleTable")) {
                header = i + 1;
                inTable = true;
                continue;
            }
            if (inTable && blank && i > header + 3) {
                inTable = false; // a blank row ends the table
                continue;
            }
            if (i == header) {
                headerCells = cells.size();
            } else if (inTable && i > header + 3 && !blank && cells.size() != headerCells) {
                problems.add(new RuleProblem(
                        name,
                        row,
                        "row " + row + ": the row has " + cells.size() + " cells, the table's header (row "
                                + (header + 1) + ") has " + headerCells
                                + "; a cell's closing quote may be missing, or a comma outside quotes splits a cell"));
            }
        }
        return problems;
    }

    /**
     * @param line a line of CSV
     * @return "column X: ..." when a quoted cell of the line is not closed right before a comma or the
     *     line's end, else {@code null}
     */
    private static String quoteProblem(String line) {
        int column = 0;
        int i = 0;
        while (i <= line.length()) {
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < line.length()) {
                    if (line.charAt(i) == '"') {
                        if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                            i += 2;
                            continue;
                        }
                        closed = true;
                        i++;
                        break;
                    }
                    i++;
                }
                if (!closed) {
                    return "column " + letters(column) + ": the cell opens a quote that is never closed; end the"
                            + " cell with \" (and write a quote inside a cell as \"\")";
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    return "column " + letters(column) + ": the quoted cell ends before the comma that ends it;"
                            + " its closing quote is missing, or a quote inside it is not doubled (\"\")";
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    i++;
                }
            }
            i++; // the comma
            column++;
        }
        return null;
    }

    /** A parse error: Drools names the cell (e.g. "in cell D12"); say sheet, row and column instead. */
    private static RuleProblem problem(String name, String sheet, String message) {
        Matcher m = CELL.matcher(message == null ? "" : message);
        String where = sheet == null ? "" : "sheet '" + sheet + "', ";
        if (m.find()) {
            int row = Integer.parseInt(m.group(2));
            return new RuleProblem(name, row, where + "row " + row + ", column " + m.group(1) + ": " + message);
        }
        return new RuleProblem(name, 0, where + message);
    }

    /**
     * Maps each line of the generated DRL to the row of its rule (from the comment Drools writes before
     * each rule) and to the column whose cell value the line shows.
     */
    private static Origin origin(String drl, String sheet, Map<Integer, Map<Integer, String>> byRow) {
        String[] lines = drl.split("\n", -1);
        int[] rows = new int[lines.length];
        String[] columns = new String[lines.length];
        int row = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            Matcher m = RULE_VALUES.matcher(line);
            if (m.find()) {
                row = Integer.parseInt(m.group(2));
            } else if (line.startsWith("package ") || line.startsWith("import ")) {
                row = 0;
            }
            rows[i] = row;
            if (row > 0 && !line.startsWith("rule ") && !line.startsWith("//")) {
                columns[i] = column(line, byRow.getOrDefault(row - 1, Map.of()));
            }
        }
        Map<Integer, Map<String, String>> cells = new HashMap<>();
        byRow.forEach((r, byColumn) -> {
            Map<String, String> named = new TreeMap<>();
            byColumn.forEach((c, v) -> named.put(letters(c), v));
            cells.put(r + 1, named);
        });
        return new Origin(sheet, rows, columns, cells);
    }

    /** @return the column letter of the longest cell value of the row that the line contains, or null */
    private static String column(String line, Map<Integer, String> cells) {
        String best = null;
        int bestLength = 0;
        for (Map.Entry<Integer, String> c : cells.entrySet()) {
            String v = c.getValue().strip();
            if (v.length() > bestLength && line.contains(v)) {
                best = letters(c.getKey());
                bestLength = v.length();
            }
        }
        return best;
    }

    /** @return the spreadsheet column name of a 0-based column: A, B, ..., Z, AA, ... */
    static String letters(int column) {
        StringBuilder b = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int r = (c - 1) % 26;
            b.insert(0, (char) ('A' + r));
            c = (c - 1) / 26;
        }
        return b.toString();
    }

    /** Records every cell's value by 0-based row and column. */
    private static final class Cells implements DataListener {
        final Map<Integer, Map<Integer, String>> byRow = new HashMap<>();

        @Override
        public void startSheet(String name) {}

        @Override
        public void finishSheet() {}

        @Override
        public void newRow(int rowNumber, int columns) {}

        @Override
        public void newCell(int row, int column, String value, int mergedColStart) {
            if (value != null && !value.isBlank()) {
                byRow.computeIfAbsent(row, k -> new TreeMap<>()).put(column, value);
            }
        }
    }
}
