package org.letterflow.tasks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Conditions;
import org.letterflow.platform.ListSort;
import org.letterflow.tasks.entity.CheckpointState;

class TaskListingTest {

    @Test
    void nothingChosenListsEveryDueDateNotDone() {
        Conditions where = TaskListing.read(Map.of()).where(5);
        assertEquals(" and c.state <> 'DONE'", where.sql());
        assertEquals(List.of(), where.values());
    }

    @Test
    void theDuePeriodIncludesBothDaysAndEveryValueIsBound() {
        Conditions where = TaskListing.read(Map.of("from", "01.03.2026", "to", "20.03.2026", "state", "REPORTED")).where(5);
        assertEquals(" and c.state = ?5 and c.due_on >= ?6 and c.due_on <= ?7", where.sql());
        assertEquals(List.of("REPORTED", Date.valueOf("2026-03-01"), Date.valueOf("2026-03-20")), where.values());
    }

    @Test
    void letterAndPersonMatchPartOfEitherTextWhateverTheCase() {
        Conditions where = TaskListing.read(Map.of("letter", "КАМПАН", "person", "100%_глава'--")).where(5);
        assertEquals(" and c.state <> 'DONE'"
                + " and (lower(l.registration_number) like ?5 or lower(l.subject) like ?5)"
                + " and (lower(coalesce(u.short_name, o.short_name)) like ?6 or lower(a.short_name) like ?6)", where.sql());
        assertEquals(List.of("%кампан%", "%100\\%\\_глава'--%"), where.values(), "typed text is a value, never SQL");
    }

    @Test
    void aClickedColumnSortsEitherWayTiesByDueDateAndTask() {
        assertEquals(" order by c.due_on, t.id, c.position", TaskListing.COLUMNS.orderBy(ListSort.NONE));
        assertEquals(" order by c.due_on desc nulls first, c.due_on, t.id, c.position",
                TaskListing.COLUMNS.orderBy(new ListSort("dueOn", false)));
        assertEquals(" order by lower(coalesce(u.short_name, o.short_name)) asc nulls last, c.due_on, t.id, c.position",
                TaskListing.COLUMNS.orderBy(new ListSort("assignee", true)));
        assertTrue(TaskListing.COLUMNS.orderBy(new ListSort("state", true)).contains("when 'OPEN' then 0"),
                "a state sorts in its order of work");
    }

    @Test
    void aFieldThatIsNoColumnNeverReachesSql() {
        String injected = "dueOn; drop table task";
        assertEquals(" order by c.due_on, t.id, c.position", TaskListing.COLUMNS.orderBy(new ListSort(injected, true)));
        assertFalse(TaskListing.COLUMNS.sorts(injected));
        assertEquals("sort", assertThrows(BusinessException.class,
                () -> TaskListing.COLUMNS.checked(ListSort.parse(injected))).field());
    }

    @Test
    void theCalendarsDaysNarrowThePeriod() {
        TaskListing march = TaskListing.read(Map.of("from", "10.03.2026", "state", "OPEN"));
        assertEquals(new TaskListing(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 31), CheckpointState.OPEN, null, null),
                march.within(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        assertNull(march.within(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)), "a month before the period: nothing");
    }

    @Test
    void badInputIsRefusedInRussian() {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> TaskListing.read(Map.of("from", "20.03.2026", "to", "01.03.2026")));
        assertEquals("to", refused.field());
    }
}
