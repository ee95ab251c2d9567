package org.letterflow.platform;

import jakarta.persistence.Query;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of a native query, read by the column's name (its label in the SQL) instead of its
 * position, so that a column added or moved in a select cannot shift the meaning of the others.
 * The one way Letterflow reads native query rows; a typo in a name fails loudly, never as null.
 */
public final class Row {

    /**
     * EclipseLink's query hint (a plain string: the API is Jakarta Persistence's) that returns each
     * row as a map keyed by the column's label; a portable {@code Tuple} for native queries comes
     * only with Jakarta Persistence 3.2.
     */
    static final String RESULT_TYPE_HINT = "eclipselink.result-type";

    private final Map<?, ?> values;

    private Row(Map<?, ?> values) {
        this.values = values;
    }

    /** The rows of a native query, each read by name; labels are PostgreSQL's, so lower case. */
    public static List<Row> all(Query nativeQuery) {
        nativeQuery.setHint(RESULT_TYPE_HINT, "Map");
        return nativeQuery.getResultList().stream().map(row -> new Row((Map<?, ?>) row)).toList();
    }

    /** The first row of a native query, if there is one. */
    public static Optional<Row> first(Query nativeQuery) {
        return all(nativeQuery).stream().findFirst();
    }

    /** A row from plain values, as a unit test or another reader hands them in. */
    public static Row of(Map<String, ?> values) {
        return new Row(values);
    }

    /** The raw value, as the JDBC driver returned it; null if the column holds null. */
    public Object value(String column) {
        if (!values.containsKey(column)) {
            throw new IllegalArgumentException("the query has no column " + column + ", only " + values.keySet());
        }
        return values.get(column);
    }

    public boolean isNull(String column) {
        return value(column) == null;
    }

    /** A number that must be there (an id, a count). */
    public long longValue(String column) {
        return ((Number) required(column)).longValue();
    }

    public Long longOrNull(String column) {
        Object value = value(column);
        return value == null ? null : ((Number) value).longValue();
    }

    public int intValue(String column) {
        return ((Number) required(column)).intValue();
    }

    public Integer intOrNull(String column) {
        Object value = value(column);
        return value == null ? null : ((Number) value).intValue();
    }

    public String string(String column) {
        Object value = value(column);
        return value == null ? null : value.toString();
    }

    /** A boolean that must be there (a flag the select computes). */
    public boolean flag(String column) {
        return (Boolean) required(column);
    }

    /** A date column (a due date, a registration date): a date, not an instant; null stays null. */
    public LocalDate date(String column) {
        Object value = value(column);
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return (LocalDate) value;
    }

    /** A timestamptz column; null stays null. */
    public Instant instant(String column) {
        Object value = value(column);
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        Object value = value(column);
        return value == null ? null : Enum.valueOf(type, value.toString());
    }

    /** A bigint[] column as a list; null is an empty list. */
    public List<Long> longs(String column) {
        List<Long> result = new ArrayList<>();
        for (Object element : array(column)) {
            result.add(element == null ? null : ((Number) element).longValue());
        }
        return result;
    }

    /** A text[] column as a list; null is an empty list. */
    public List<String> strings(String column) {
        List<String> result = new ArrayList<>();
        for (Object element : array(column)) {
            result.add(element == null ? null : element.toString());
        }
        return result;
    }

    private Object[] array(String column) {
        Object value = value(column);
        try {
            if (value == null) {
                return new Object[0];
            }
            if (value instanceof Array sql) {
                return (Object[]) sql.getArray();
            }
            if (value instanceof List<?> list) {
                return list.toArray();
            }
            return (Object[]) value;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the array column " + column, e);
        }
    }

    private Object required(String column) {
        Object value = value(column);
        if (value == null) {
            throw new IllegalStateException("column " + column + " is null where the query promises a value");
        }
        return value;
    }

    @Override
    public String toString() {
        return "Row" + values;
    }
}
