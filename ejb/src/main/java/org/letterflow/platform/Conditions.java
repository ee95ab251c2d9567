package org.letterflow.platform;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * The filters of a list's native query: conditions joined by "and", each value a bound parameter
 * numbered after the query's own ({@code first} on), so what a person typed never becomes SQL text.
 */
public final class Conditions {

    private final int first;
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> values = new ArrayList<>();

    public Conditions(int first) {
        this.first = first;
    }

    /** Binds a value; answers its placeholder ("?7") for the condition that uses it. */
    public String parameter(Object value) {
        values.add(value);
        return "?" + (first + values.size() - 1);
    }

    /** Adds a condition (written in code, its values through {@link #parameter}). */
    public Conditions and(String condition) {
        sql.append(" and ").append(condition);
        return this;
    }

    /**
     * " offset ?n limit ?m", both bound: a page of the rows the conditions select. Added after the
     * list's count has been read, which has no page.
     */
    public String page(int offset, int limit) {
        return " offset " + parameter(offset) + " limit " + parameter(limit);
    }

    /** The conditions, each preceded by " and " (empty when there are none). */
    public String sql() {
        return sql.toString();
    }

    public List<Object> values() {
        return List.copyOf(values);
    }

    /** Sets the values on a query that contains {@link #sql()}. */
    public <Q extends Query> Q bind(Q query) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(first + i, values.get(i));
        }
        return query;
    }
}
