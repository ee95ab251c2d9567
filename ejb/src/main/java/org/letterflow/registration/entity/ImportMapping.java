package org.letterflow.registration.entity;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.letterflow.platform.Text;

/**
 * How the columns of an imported journal become a letter's fields: the column (counted from 0) of
 * each mapped field, whether the first row is the header, and for CSV the encoding and separator
 * (null: recognised from the file). Kept with the import as one line of text so the job reads
 * exactly what the administrator confirmed.
 */
public record ImportMapping(Map<ImportField, Integer> columns, boolean header, String encoding, Character separator) {

    public static final List<String> ENCODINGS = List.of("UTF-8", "windows-1251");

    public ImportMapping {
        columns = Collections.unmodifiableMap(columns == null || columns.isEmpty()
                ? new EnumMap<>(ImportField.class) : new EnumMap<>(columns));
    }

    /**
     * The mapping, or a list of what is wrong with it in words an administrator understands: each
     * required field needs a column, and a column that is not in the file cannot be read.
     */
    public List<String> mistakes(int columnCount) {
        List<String> mistakes = new ArrayList<>();
        for (ImportField field : ImportField.values()) {
            Integer column = columns.get(field);
            if (column == null) {
                if (field.required()) {
                    mistakes.add(Text.IMPORT_COLUMN_MISSING.format(field.label()));
                }
            } else if (column < 0 || (columnCount > 0 && column >= columnCount)) {
                mistakes.add(Text.IMPORT_COLUMN_OUTSIDE.format(field.label(), column + 1, columnCount));
            }
        }
        if (encoding != null && ENCODINGS.stream().noneMatch(e -> e.equalsIgnoreCase(encoding))) {
            mistakes.add(Text.IMPORT_ENCODING_UNKNOWN.format());
        }
        if (separator != null && separator != ';' && separator != ',' && separator != '\t') {
            mistakes.add(Text.IMPORT_SEPARATOR_UNKNOWN.format());
        }
        return mistakes;
    }

    /**
     * A first guess from the header's words, for the administrator to correct: paper journals
     * head their columns «Рег. №», «Дата регистрации», «Корреспондент», «Исх. №», «Краткое
     * содержание», «Исполнитель»…; each column fills one field at most.
     */
    public static ImportMapping guess(List<String> header) {
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).toLowerCase(java.util.Locale.ROOT).strip();
            boolean theirs = name.contains("исх") || name.startsWith("от") || name.contains("корреспондента")
                    || name.startsWith("на №");
            ImportField field = null;
            if (theirs && (name.contains("дат") || name.equals("от"))) {
                field = ImportField.CORRESPONDENT_DATE;
            } else if (theirs && (name.contains("№") || name.contains("номер"))) {
                field = ImportField.CORRESPONDENT_NUMBER;
            } else if (name.contains("дат")) {
                field = ImportField.DATE;
            } else if (name.contains("№") || name.contains("номер")) {
                field = ImportField.NUMBER;
            } else if (name.contains("корреспондент") || name.contains("от кого") || name.contains("отправител")
                    || name.contains("кому")) {
                field = ImportField.CORRESPONDENT;
            } else if (name.contains("содержан") || name.contains("тема") || name.contains("заголов")) {
                field = ImportField.SUBJECT;
            } else if (name.contains("исполнител")) {
                field = ImportField.EXECUTOR;
            } else if (name.contains("подпис")) {
                field = ImportField.SIGNATORY;
            } else if (name.contains("адресат")) {
                field = ImportField.ADDRESSEES;
            } else if (name.contains("примечан")) {
                field = ImportField.SUMMARY;
            }
            if (field != null && !columns.containsKey(field)) {
                columns.put(field, i);
            }
        }
        return new ImportMapping(columns, true, null, null);
    }

    public Optional<Integer> column(ImportField field) {
        return Optional.ofNullable(columns.get(field));
    }

    public Optional<Charset> charset() {
        return Optional.ofNullable(encoding).map(Charset::forName);
    }

    /** One line: {@code header=true;encoding=;separator=;NUMBER=0;DATE=1;…}. */
    public String encode() {
        StringBuilder out = new StringBuilder("header=").append(header)
                .append(";encoding=").append(encoding == null ? "" : encoding)
                .append(";separator=").append(separator == null ? "" : separator == '\t' ? "tab"
                        : separator == ';' ? "semicolon" : "comma");
        columns.forEach((field, column) -> out.append(';').append(field.name()).append('=').append(column));
        return out.toString();
    }

    public static ImportMapping decode(String line) {
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        boolean header = true;
        String encoding = null;
        Character separator = null;
        for (String part : line.split(";")) {
            int eq = part.indexOf('=');
            String key = part.substring(0, eq);
            String value = part.substring(eq + 1);
            switch (key) {
                case "header" -> header = Boolean.parseBoolean(value);
                case "encoding" -> encoding = value.isEmpty() ? null : value;
                case "separator" -> separator = switch (value) {
                    case "tab" -> '\t';
                    case "semicolon" -> ';';
                    case "comma" -> ',';
                    default -> null;
                };
                default -> columns.put(ImportField.valueOf(key), Integer.valueOf(value));
            }
        }
        return new ImportMapping(columns, header, encoding, separator);
    }
}
