package org.letterflow.registration.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.letterflow.registration.boundary.LetterQuery;
import org.letterflow.registration.boundary.LetterRow;
import org.letterflow.registration.boundary.Letters;
import org.letterflow.registration.boundary.ResultPage;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.letterflow.registration.boundary.LetterOrder;

/** Letters for a lazy DataTable: each page is a query of its own on the server. */
public class LetterRows extends LazyDataModel<LetterRow> {

    private final transient Letters letters;
    private final Supplier<LetterQuery> query;
    private transient ResultPage<LetterRow> last;

    public LetterRows(Letters letters, Supplier<LetterQuery> query) {
        this.letters = letters;
        this.query = query;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return last == null ? 0 : (int) last.total();
    }

    @Override
    public List<LetterRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        LetterOrder order = sort == null ? null : sort.values().stream().findFirst()
                .map(m -> LetterOrder.of(m.getField(), m.getOrder() == SortOrder.ASCENDING)).orElse(null);
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
