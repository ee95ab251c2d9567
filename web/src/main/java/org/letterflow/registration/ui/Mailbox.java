package org.letterflow.registration.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.letterflow.organisation.boundary.ListPreferences;
import org.letterflow.platform.BusinessException;
import org.letterflow.organisation.ui.ListMemory;
import org.letterflow.platform.ui.ShowsProblems;
import org.letterflow.registration.boundary.LetterSearches;
import org.letterflow.registration.control.JournalFilter;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.LetterState;
import org.primefaces.component.datatable.DataTable;

/**
 * Входящие and Исходящие: the organisation's letters of one direction, newest first or by a clicked
 * column, filtered by period, correspondent, state and executor in the database query, a page at a
 * time; the person's sort, page size and filters are remembered per list.
 */
@Named
@ViewScoped
@ShowsProblems
public class Mailbox implements Serializable {

    static final Set<String> SORTABLE = Set.of("registrationNumber", "registrationDate", "correspondent", "subject",
            "state");

    @Inject
    transient LetterSearches letters;

    @Inject
    transient ListPreferences preferences;

    private Direction direction;
    private ListMemory memory;
    private JournalFilter filter = JournalFilter.NONE;
    private LetterRows rows;

    @PostConstruct
    void init() {
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        direction = view.contains("outbox") ? Direction.OUTGOING : Direction.INCOMING;
        memory = new ListMemory(direction == Direction.OUTGOING ? "outbox" : "inbox", SORTABLE,
                preferences.of(direction == Direction.OUTGOING ? "outbox" : "inbox"));
        try {
            filter = JournalFilter.read(memory.getFilters());
        } catch (BusinessException stale) {
            // a stored filter that no longer reads (a state renamed since) is dropped, not shown as an error
            preferences.remember(memory.getList(), memory.cleared());
        }
        rows = new LetterRows(letters, () -> filter.query(direction), memory, this::loaded);
    }

    void loaded(String field, boolean ascending, int pageSize) {
        if (memory.loaded(field, ascending, pageSize)) {
            preferences.remember(memory.getList(), memory.choice());
        }
    }

    /** Shows the letters that pass the typed filters, from the first page; a bad input is said, the list kept. */
    public void applyFilters() {
        filter = JournalFilter.read(memory.getFilters());
        preferences.remember(memory.getList(), memory.filtered());
        firstPage();
    }

    public void clearFilters() {
        filter = JournalFilter.NONE;
        preferences.remember(memory.getList(), memory.cleared());
        firstPage();
    }

    static void firstPage() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":list:letters");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public Direction getDirection() {
        return direction;
    }

    public LetterRows getRows() {
        return rows;
    }

    public ListMemory getMemory() {
        return memory;
    }

    public LetterState[] getStates() {
        return LetterState.values();
    }
}
