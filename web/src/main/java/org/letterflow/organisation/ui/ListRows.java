package org.letterflow.organisation.ui;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A page of rows the page's bean has already filtered (a person's own tasks or new deliveries, a few
 * hundred at most), sorted by a clicked column through the list's whitelisted orders; the sort and
 * page size are reported back so that the list remembers them.
 */
public class ListRows<T> extends LazyDataModel<T> {

    /** The rows that pass the list's filters, in the list's own order. */
    public interface Source<T> extends Serializable {
        List<T> rows();
    }

    /** The order of a column, or null for a field that is no sortable column. */
    public interface Orders<T> extends Serializable {
        Comparator<T> of(String field, boolean ascending);
    }

    public interface Key<T> extends Serializable {
        long of(T row);
    }

    /** Told what the table was loaded with (sort field or null, direction, page size). */
    public interface Loaded extends Serializable {
        void loaded(String field, boolean ascending, int pageSize);
    }

    private final Source<T> source;
    private final Orders<T> orders;
    private final Key<T> key;
    private final ListMemory memory;
    private final Loaded loaded;
    private transient List<T> page;

    public ListRows(Source<T> source, Orders<T> orders, Key<T> key, ListMemory memory, Loaded loaded) {
        this.source = source;
        this.orders = orders;
        this.key = key;
        this.memory = memory;
        this.loaded = loaded;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return source.rows().size();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        SortMeta clicked = sort == null ? null : sort.values().stream()
                .filter(m -> m.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        String field = clicked == null ? memory.sortField() : clicked.getField();
        boolean ascending = clicked == null ? memory.ascending() : clicked.getOrder() == SortOrder.ASCENDING;
        List<T> rows = source.rows();
        Comparator<T> order = orders.of(field, ascending);
        if (order != null) {
            rows = rows.stream().sorted(order).toList();
        }
        setRowCount(rows.size());
        loaded.loaded(order == null ? null : field, ascending, pageSize);
        int from = Math.min(Math.max(0, first), rows.size());
        page = rows.subList(from, Math.min(rows.size(), from + Math.max(1, pageSize)));
        return page;
    }

    @Override
    public String getRowKey(T row) {
        return Long.toString(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return page == null ? null : page.stream().filter(r -> Long.toString(key.of(r)).equals(rowKey)).findFirst()
                .orElse(null);
    }
}
