package org.letterflow.organisation.entity;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a person left one list: the column it was sorted by (null: the list's own order), which way,
 * how many rows a page shows, and the filters typed above it (name → text as typed). What comes back
 * from storage is checked again here: a page size the table does not offer or a field that is not
 * one of the list's sortable columns is dropped, so nothing stored can reach SQL or break a page.
 */
public record ListChoice(String sortField, boolean ascending, int pageSize, Map<String, String> filters) {

    /** The page sizes every list offers (the paginator's drop-down). */
    public static final Set<Integer> PAGE_SIZES = Set.of(25, 50, 100);
    public static final int DEFAULT_PAGE_SIZE = 25;

    /** A list nobody has touched: its own order, 25 rows, no filter. */
    public static final ListChoice UNTOUCHED = new ListChoice(null, false, DEFAULT_PAGE_SIZE, Map.of());

    public ListChoice {
        pageSize = PAGE_SIZES.contains(pageSize) ? pageSize : DEFAULT_PAGE_SIZE;
        Map<String, String> kept = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((name, value) -> {
                if (name != null && !name.isBlank() && value != null && !value.isBlank()) {
                    kept.put(name, value.strip());
                }
            });
        }
        filters = Collections.unmodifiableMap(kept);
    }

    /** This choice with the sort kept only if the field is one of the list's sortable columns. */
    public ListChoice sortableBy(Set<String> columns) {
        return sortField == null || columns.contains(sortField) ? this
                : new ListChoice(null, false, pageSize, filters);
    }

    public ListChoice sortedBy(String field, boolean ascending) {
        return new ListChoice(field, field != null && ascending, pageSize, filters);
    }

    public ListChoice paged(int size) {
        return new ListChoice(sortField, ascending, size, filters);
    }

    public ListChoice filtered(Map<String, String> typed) {
        return new ListChoice(sortField, ascending, pageSize, typed);
    }

    public String filter(String name) {
        return filters.get(name);
    }

    /** The filters as stored: one "name=value" line each, both URL-encoded (a value may hold "=" or a line break). */
    public String storedFilters() {
        return filters.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("\n"));
    }

    /** The filters as read back; a line that is not "name=value" is skipped. */
    public static Map<String, String> readFilters(String stored) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (stored == null) {
            return filters;
        }
        for (String line : stored.split("\n")) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            try {
                filters.put(URLDecoder.decode(line.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(line.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                // a damaged line is a filter the person will type again, not a broken page
            }
        }
        return filters;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
