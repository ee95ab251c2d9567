package org.letterflow.registration.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.letterflow.platform.Text;

/**
 * One row of an imported journal read by the mapping: the letter's values exactly as the old
 * journal wrote them (trimmed; a cell that looks like a formula stays the text it is), or the
 * reasons the row cannot become a letter. Dates are read strictly: 31.02.2025 is no date.
 */
public final class ImportedRow {

    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DOTTED_SHAPE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
    private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SHORT_YEAR = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{2}");

    private final long rowNumber;
    private final Map<ImportField, String> texts = new EnumMap<>(ImportField.class);
    private final Map<ImportField, LocalDate> dates = new EnumMap<>(ImportField.class);
    private final List<String> problems = new ArrayList<>();
    private final java.util.Set<ImportField> filled = java.util.EnumSet.noneOf(ImportField.class);

    private ImportedRow(long rowNumber) {
        this.rowNumber = rowNumber;
    }

    /** Whether a row has nothing in it at all: the blank lines below a spreadsheet's last entry are no rows. */
    public static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    /**
     * The row numbered {@code rowNumber} in the file (as the spreadsheet shows it), read by the
     * mapping; a registration date after {@code today} is a typing mistake, not a letter.
     */
    public static ImportedRow read(long rowNumber, List<String> cells, ImportMapping mapping, LocalDate today) {
        ImportedRow row = new ImportedRow(rowNumber);
        for (ImportField field : ImportField.values()) {
            mapping.column(field).ifPresent(column -> row.take(field, column < cells.size() ? cells.get(column) : null));
        }
        for (ImportField field : ImportField.values()) {
            if (field.required() && mapping.column(field).isPresent() && !row.has(field)) {
                row.problems.add(switch (field) {
                    case NUMBER -> Text.IMPORT_ROW_NUMBER_MISSING.format();
                    case DATE -> Text.IMPORT_ROW_DATE_MISSING.format();
                    default -> Text.IMPORT_ROW_FIELD_MISSING.format(field.label());
                });
            }
        }
        LocalDate date = row.dates.get(ImportField.DATE);
        if (date != null && date.isAfter(today)) {
            row.problems.add(Text.IMPORT_ROW_DATE_FUTURE.format(
                    date.format(DateTimeFormatter.ofPattern("dd.MM.uuuu"))));
        }
        return row;
    }

    private void take(ImportField field, String cell) {
        String text = clean(cell);
        if (text == null) {
            return;
        }
        filled.add(field);
        if (field.isDate()) {
            LocalDate date = date(field, text);
            if (date != null) {
                dates.put(field, date);
            }
            return;
        }
        if (text.length() > field.maxLength()) {
            problems.add(Text.IMPORT_ROW_TOO_LONG.format(field.label(), field.maxLength()));
            return;
        }
        texts.put(field, text);
    }

    private LocalDate date(ImportField field, String text) {
        String what = (field == ImportField.DATE ? Text.IMPORT_ROW_WHAT_DATE : Text.IMPORT_ROW_WHAT_CORRESPONDENT_DATE)
                .format();
        try {
            if (DOTTED_SHAPE.matcher(text).matches()) {
                return check(field, LocalDate.parse(text, DOTTED), what, text);
            }
            if (ISO_SHAPE.matcher(text).matches()) {
                return check(field, LocalDate.parse(text, ISO), what, text);
            }
        } catch (DateTimeException e) {
            problems.add(Text.IMPORT_ROW_DATE_NONEXISTENT.format(what, text));
            return null;
        }
        if (SHORT_YEAR.matcher(text).matches()) {
            problems.add(Text.IMPORT_ROW_DATE_SHORT_YEAR.format(what, text));
        } else {
            problems.add(Text.IMPORT_ROW_DATE_SHAPE.format(what, shortened(text)));
        }
        return null;
    }

    private LocalDate check(ImportField field, LocalDate date, String what, String text) {
        if (date.getYear() < 1900) {
            problems.add(Text.IMPORT_ROW_DATE_BEFORE_1900.format(what, text));
            return null;
        }
        return date;
    }

    /** Trimmed, without NUL (which PostgreSQL's text cannot hold); empty is nothing. */
    static String clean(String cell) {
        if (cell == null) {
            return null;
        }
        String text = cell.indexOf('\0') >= 0 ? cell.replace("\0", "") : cell;
        text = text.strip();
        return text.isEmpty() ? null : text;
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private boolean has(ImportField field) {
        return filled.contains(field);
    }

    public long rowNumber() {
        return rowNumber;
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** The reasons, joined for one line of the list of refused rows. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public String text(ImportField field) {
        return texts.get(field);
    }

    public LocalDate date(ImportField field) {
        return dates.get(field);
    }
}
