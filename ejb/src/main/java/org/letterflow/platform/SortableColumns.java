package org.letterflow.platform;

import java.util.Map;
import java.util.Set;

/**
 * The columns one list may be sorted by, each with the SQL expression it sorts on. The field a person
 * clicked (or sent as {@code sort}) only picks one of these expressions, so nothing from the browser
 * reaches the query's text. A sorted column is followed by {@code tieBreaker}, which ends in a unique
 * key: rows with equal values keep one order from page to page, so pages neither overlap nor skip.
 * Nulls come last ascending and first descending, as the lists had them when they sorted in memory.
 *
 * @param expressions the field of each sortable column and what it sorts on
 * @param unsorted    the list's own order, when no column is asked for (unique as well)
 * @param tieBreaker  what orders rows that are equal in the sorted column
 */
public record SortableColumns(Map<String, String> expressions, String unsorted, String tieBreaker) {

    public SortableColumns {
        expressions = Map.copyOf(expressions);
    }

    public Set<String> fields() {
        return expressions.keySet();
    }

    public boolean sorts(String field) {
        return field != null && expressions.containsKey(field);
    }

    /** " order by …": the column's, or the list's own for a field that is no column of it. */
    public String orderBy(ListSort sort) {
        if (sort == null || !sorts(sort.field())) {
            return " order by " + unsorted;
        }
        return " order by " + expressions.get(sort.field()) + (sort.ascending() ? " asc nulls last" : " desc nulls first")
                + ", " + tieBreaker;
    }

    /** The API's sort: a field that is no column is refused by name rather than silently ignored. */
    public ListSort checked(ListSort sort) {
        if (sort.field() != null && !sorts(sort.field())) {
            throw BusinessException.invalid("sort", Text.SORT_UNKNOWN, sort.field(),
                    String.join(", ", new java.util.TreeSet<>(fields())));
        }
        return sort;
    }
}
