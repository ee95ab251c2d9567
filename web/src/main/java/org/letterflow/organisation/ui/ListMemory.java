package org.letterflow.organisation.ui;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.letterflow.organisation.entity.ListChoice;

/**
 * One list's remembered choice while its page is open: the filters as the person types them (bound
 * to the inputs above the table), and the sort and page size the table last loaded with. The page's
 * bean stores it through ListPreferences whenever it changes, so it comes back after leaving the page
 * and after a new sign-in (kept per user in the database, not in the session: see V21).
 */
public final class ListMemory implements Serializable {

    private final String list;
    private final Set<String> sortable;
    private ListChoice choice;
    private final Map<String, String> filters;

    public ListMemory(String list, Set<String> sortable, ListChoice stored) {
        this.list = list;
        this.sortable = Set.copyOf(sortable);
        this.choice = stored.sortableBy(sortable);
        this.filters = new HashMap<>(choice.filters());
    }

    public String getList() {
        return list;
    }

    /** The inputs' values, as typed (bound with #{bean.memory.filters['from']}). */
    public Map<String, String> getFilters() {
        return filters;
    }

    public ListChoice choice() {
        return choice;
    }

    public int getPageSize() {
        return choice.pageSize();
    }

    /** The sort of the last click, or of the stored choice when the table was loaded without one. */
    public String sortField() {
        return choice.sortField();
    }

    public boolean ascending() {
        return choice.ascending();
    }

    /** Records what the table loaded with; true when that differs from what is stored. */
    public boolean loaded(String field, boolean ascending, int pageSize) {
        ListChoice now = (field != null && sortable.contains(field) ? choice.sortedBy(field, ascending) : choice)
                .paged(pageSize);
        boolean changed = !Objects.equals(now, choice);
        choice = now;
        return changed;
    }

    /** Takes the typed filters as the list's (once they have been read without a refusal). */
    public ListChoice filtered() {
        choice = choice.filtered(filters);
        return choice;
    }

    /** Empties the inputs and the list's filters. */
    public ListChoice cleared() {
        filters.clear();
        return filtered();
    }
}
