package org.letterflow.organisation.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.letterflow.platform.ListSort;
import org.letterflow.platform.ResultPage;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy DataTable over a list that filters, sorts and pages in its query: each page the table shows
 * is a query of its own, in the order of the clicked column or, when none was clicked, of the
 * remembered one; the sort and page size it was loaded with are reported back so that the list
 * remembers them. The table never holds more than the page it shows.
 */
public class ListRows<T> extends LazyDataModel<T> {

    /** One page of the list, filtered as the page's bean last read its filters. */
    public interface Pages<T> extends Serializable {
        ResultPage<T> page(ListSort sort, int offset, int limit);
    }

    /** Whether a field is a sortable column of the list. */
    public interface Sortable extends Serializable {
        boolean sorts(String field);
    }

    public interface Key<T> extends Serializable {
        long of(T row);
    }

    /** Told what the table was loaded with (sort field or null, direction, page size). */
    public interface Loaded extends Serializable {
        void loaded(String field, boolean ascending, int pageSize);
    }

    private final Pages<T> pages;
    private final Sortable sortable;
    private final Key<T> key;
    private final ListMemory memory;
    private final Loaded loaded;
    private transient ResultPage<T> last;

    /** A list that does not remember (Поиск): the clicked column only. */
    public ListRows(Pages<T> pages, Sortable sortable, Key<T> key) {
        this(pages, sortable, key, null, null);
    }

    public ListRows(Pages<T> pages, Sortable sortable, Key<T> key, ListMemory memory, Loaded loaded) {
        this.pages = pages;
        this.sortable = sortable;
        this.key = key;
        this.memory = memory;
        this.loaded = loaded;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return last == null ? 0 : (int) last.total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        SortMeta clicked = sort == null ? null : sort.values().stream()
                .filter(m -> m.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        String field = clicked != null ? clicked.getField() : memory == null ? null : memory.sortField();
        boolean ascending = clicked != null ? clicked.getOrder() == SortOrder.ASCENDING : memory == null || memory.ascending();
        ListSort order = sortable.sorts(field) ? new ListSort(field, ascending) : ListSort.NONE;
        if (loaded != null) {
            loaded.loaded(order.field(), ascending, pageSize);
        }
        last = pages.page(order, first, pageSize);
        setRowCount((int) last.total());
        return last.items();
    }

    @Override
    public String getRowKey(T row) {
        return Long.toString(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return last == null ? null : last.items().stream().filter(r -> Long.toString(key.of(r)).equals(rowKey))
                .findFirst().orElse(null);
    }
}
