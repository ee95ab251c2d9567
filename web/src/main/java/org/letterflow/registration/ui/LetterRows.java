package org.letterflow.registration.ui;

import java.util.function.Supplier;
import org.letterflow.organisation.ui.ListMemory;
import org.letterflow.organisation.ui.ListRows;
import org.letterflow.platform.ListSort;
import org.letterflow.platform.ResultPage;
import org.letterflow.registration.boundary.LetterSearches;
import org.letterflow.registration.control.LetterOrder;
import org.letterflow.registration.control.LetterQuery;
import org.letterflow.registration.control.LetterRow;

/**
 * Letters for a lazy DataTable: each page is a query of its own on the server, sorted by the clicked
 * column (or, on a list that remembers, by the remembered one) through {@link LetterOrder}.
 */
public class LetterRows extends ListRows<LetterRow> {

    public LetterRows(LetterSearches letters, Supplier<LetterQuery> query) {
        this(letters, query, null, null);
    }

    /** A list that remembers: told each sort and page size it is loaded with. */
    public LetterRows(LetterSearches letters, Supplier<LetterQuery> query, ListMemory memory, ListRows.Loaded loaded) {
        super(new Search(letters, query), field -> LetterOrder.of(field, true) != null, LetterRow::id, memory, loaded);
    }

    /** The search's pages, newest first unless a column is sorted. */
    private static final class Search implements Pages<LetterRow> {

        private final transient LetterSearches letters;
        private final Supplier<LetterQuery> query;

        Search(LetterSearches letters, Supplier<LetterQuery> query) {
            this.letters = letters;
            this.query = query;
        }

        @Override
        public ResultPage<LetterRow> page(ListSort sort, int offset, int limit) {
            LetterOrder order = sort.field() == null ? LetterOrder.NEWEST : LetterOrder.of(sort.field(), sort.ascending());
            return letters.search(query.get(), order, offset, limit);
        }
    }
}
