package org.letterflow.registration.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.letterflow.organisation.ui.ListMemory;
import org.letterflow.organisation.ui.ListRows;
import org.letterflow.registration.control.LetterOrder;
import org.letterflow.registration.control.LetterQuery;
import org.letterflow.registration.control.LetterRow;
import org.letterflow.registration.boundary.LetterSearches;
import org.letterflow.platform.ResultPage;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Letters for a lazy DataTable: each page is a query of its own on the server, sorted by the clicked
 * column (or, on a list that remembers, by the remembered one) through {@link LetterOrder}.
 */
public class LetterRows extends LazyDataModel<LetterRow> {

    private final transient LetterSearches letters;
    private final Supplier<LetterQuery> query;
    private final ListMemory memory;
    private final ListRows.Loaded loaded;
    private transient ResultPage<LetterRow> last;

    public LetterRows(LetterSearches letters, Supplier<LetterQuery> query) {
        this(letters, query, null, null);
    }

    /** A list that remembers: told each sort and page size it is loaded with. */
    public LetterRows(LetterSearches letters, Supplier<LetterQuery> query, ListMemory memory, ListRows.Loaded loaded) {
        this.letters = letters;
        this.query = query;
        this.memory = memory;
        this.loaded = loaded;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return last == null ? 0 : (int) last.total();
    }

    @Override
    public List<LetterRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        SortMeta clicked = sort == null ? null : sort.values().stream()
                .filter(m -> m.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        String field = clicked != null ? clicked.getField() : memory == null ? null : memory.sortField();
        boolean ascending = clicked != null ? clicked.getOrder() == SortOrder.ASCENDING : memory != null && memory.ascending();
        LetterOrder order = LetterOrder.of(field, ascending);
        if (loaded != null) {
            loaded.loaded(order == null ? null : field, ascending, pageSize);
        }
        last = letters.search(query.get(), order == null ? LetterOrder.NEWEST : order, first, pageSize);
        setRowCount((int) last.total());
        return last.items();
    }

    @Override
    public String getRowKey(LetterRow row) {
        return Long.toString(row.id());
    }

    @Override
    public LetterRow getRowData(String key) {
        return last == null ? null : last.items().stream().filter(r -> Long.toString(r.id()).equals(key))
                .findFirst().orElse(null);
    }
}
