package org.letterflow.platform;

/**
 * The sort a person asked a list for: a column's field as the page or the API names it
 * ("dueOn"), either way; {@code field} null for the list's own order. Whether the field is a
 * column at all is the list's {@link SortableColumns}' to say.
 */
public record ListSort(String field, boolean ascending) {

    /** The list's own order. */
    public static final ListSort NONE = new ListSort(null, true);

    /** The API's {@code sort} parameter: "dueOn" ascending, "-dueOn" descending, nothing for the list's own order. */
    public static ListSort parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return NONE;
        }
        return text.startsWith("-") ? new ListSort(text.substring(1), false) : new ListSort(text, true);
    }
}
