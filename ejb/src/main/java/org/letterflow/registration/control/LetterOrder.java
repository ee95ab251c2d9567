package org.letterflow.registration.control;

/**
 * How a list of letters is sorted when a person clicks a column: by number, date, correspondent,
 * subject or state, either way. Only these columns reach SQL (nothing the browser sends is pasted
 * into a query); ties are broken by id so that pages do not overlap.
 */
public record LetterOrder(Column column, boolean ascending) {

    /** The sortable columns of Входящие, Исходящие and Поиск. */
    public enum Column {
        NUMBER("l.registration_number"),
        DATE("l.registration_date"),
        CORRESPONDENT("coalesce(l.correspondent_name, l.addressees)"),
        SUBJECT("l.subject"),
        STATE("l.state");

        private final String expression;

        Column(String expression) {
            this.expression = expression;
        }
    }

    /** Newest first, as a clerk reads a journal (drafts, which have no date yet, on top). */
    public static final LetterOrder NEWEST = new LetterOrder(Column.DATE, false);

    public LetterOrder {
        if (column == null) {
            throw new IllegalArgumentException("column");
        }
    }

    /** The table column a person clicked ("registrationNumber", "subject", …), or null for one that does not sort. */
    public static LetterOrder of(String field, boolean ascending) {
        Column column = switch (field == null ? "" : field) {
            case "registrationNumber" -> Column.NUMBER;
            case "registrationDate" -> Column.DATE;
            case "correspondent" -> Column.CORRESPONDENT;
            case "subject" -> Column.SUBJECT;
            case "state" -> Column.STATE;
            default -> null;
        };
        return column == null ? null : new LetterOrder(column, ascending);
    }

    public String sql() {
        String direction = ascending ? " asc nulls last" : " desc nulls first";
        return " order by " + column.expression + direction + ", l.id" + (ascending ? " asc" : " desc");
    }
}
