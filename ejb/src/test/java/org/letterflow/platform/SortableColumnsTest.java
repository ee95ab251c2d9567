package org.letterflow.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SortableColumnsTest {

    private final SortableColumns columns = new SortableColumns(Map.of("subject", "lower(x.subject)"), "x.at desc, x.id desc",
            "x.id");

    @Test
    void theApisSortNamesAColumnAndADirection() {
        assertEquals(new ListSort("subject", true), ListSort.parse(" subject "));
        assertEquals(new ListSort("subject", false), ListSort.parse("-subject"));
        assertEquals(ListSort.NONE, ListSort.parse(null));
        assertEquals(ListSort.NONE, ListSort.parse(""));
    }

    @Test
    void aColumnSortsEitherWayNullsAtTheEndAscendingThenByTheTieBreaker() {
        assertEquals(" order by lower(x.subject) asc nulls last, x.id", columns.orderBy(new ListSort("subject", true)));
        assertEquals(" order by lower(x.subject) desc nulls first, x.id", columns.orderBy(new ListSort("subject", false)));
    }

    @Test
    void anythingElseKeepsTheListsOwnOrderOrIsRefusedByTheApi() {
        assertEquals(" order by x.at desc, x.id desc", columns.orderBy(ListSort.NONE));
        assertEquals(" order by x.at desc, x.id desc", columns.orderBy(new ListSort("x.id; delete from letter", true)));
        BusinessException refused = assertThrows(BusinessException.class,
                () -> columns.checked(ListSort.parse("-x.id")));
        assertEquals("sort", refused.field());
        assertTrue(refused.getMessage().contains("subject"), refused.getMessage());
    }

    @Test
    void conditionsNumberTheirParametersAfterTheQuerysOwn() {
        Conditions where = new Conditions(4);
        where.and("a = " + where.parameter("x")).and("b like " + where.parameter("%y%"));
        assertEquals(" and a = ?4 and b like ?5", where.sql());
        assertEquals(" offset ?6 limit ?7", where.page(50, 25), "a page after the count, bound as well");
        assertEquals(java.util.List.of("x", "%y%", 50, 25), where.values());
    }
}
