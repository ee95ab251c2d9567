package org.letterflow.organisation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.letterflow.platform.Row;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.entity.ListChoice;

/**
 * The signed-in person's choice on each list (sort, page size, filters), kept per user so that it
 * survives leaving the page and signing in again. A list is named by its page ("inbox", "tasks", …).
 */
@Stateless
public class ListPreferences {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    /** How the caller left the list, or {@link ListChoice#UNTOUCHED}. */
    public ListChoice of(String list) {
        return Row.first(em.createNativeQuery("select sort_field, ascending, page_size, filters from user_list_preference"
                        + " where user_id = ?1 and list_name = ?2")
                .setParameter(1, caller.get().getId()).setParameter(2, list))
                .map(r -> new ListChoice(r.string("sort_field"), Boolean.TRUE.equals(r.value("ascending")),
                        r.intValue("page_size"), ListChoice.readFilters(r.string("filters"))))
                .orElse(ListChoice.UNTOUCHED);
    }

    public void remember(String list, ListChoice choice) {
        em.createNativeQuery("""
                        insert into user_list_preference (user_id, list_name, sort_field, ascending, page_size, filters)
                        values (?1, ?2, cast(?3 as varchar), ?4, ?5, ?6)
                        on conflict (user_id, list_name) do update set sort_field = excluded.sort_field,
                            ascending = excluded.ascending, page_size = excluded.page_size, filters = excluded.filters""")
                .setParameter(1, caller.get().getId()).setParameter(2, list)
                .setParameter(3, choice.sortField()).setParameter(4, choice.ascending())
                .setParameter(5, choice.pageSize()).setParameter(6, choice.storedFilters())
                .executeUpdate();
    }
}
