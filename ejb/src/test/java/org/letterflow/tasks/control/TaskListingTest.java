package org.letterflow.tasks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.letterflow.platform.BusinessException;
import org.letterflow.tasks.control.TaskRow;
import org.letterflow.tasks.entity.CheckpointState;

class TaskListingTest {

    private static TaskRow row(long task, String number, String subject, String assignee, LocalDate due,
                               CheckpointState state) {
        return new TaskRow(task, task, 1, 1, task, number, subject, "Исполнить", "А.А. Глава", assignee, due, state,
                false, false, null, true, null);
    }

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    private final TaskRow early = row(1, "10-1", "О кампании", "ДО г. Иркутска", MARCH, CheckpointState.OPEN);
    private final TaskRow late = row(2, "10-2", "Об отчёте", "Т.П. Иванова", MARCH.plusDays(20), CheckpointState.REPORTED);

    @Test
    void theDuePeriodIncludesBothDays() {
        TaskListing march = TaskListing.read(Map.of("from", "01.03.2026", "to", "01.03.2026"));
        assertTrue(march.matches(early));
        assertFalse(march.matches(late));
    }

    @Test
    void letterAndPersonMatchPartOfTheTextInAnyCase() {
        assertTrue(TaskListing.read(Map.of("letter", "КАМПАН")).matches(early));
        assertTrue(TaskListing.read(Map.of("letter", "10-2")).matches(late));
        assertFalse(TaskListing.read(Map.of("letter", "10-2")).matches(early));
        assertTrue(TaskListing.read(Map.of("person", "иванова")).matches(late));
        assertTrue(TaskListing.read(Map.of("person", "глава")).matches(early), "the author counts too");
        assertFalse(TaskListing.read(Map.of("state", "REPORTED")).matches(early));
    }

    @Test
    void aClickedColumnSortsEitherWayAndNothingElseSorts() {
        assertEquals(List.of(late, early), List.of(early, late).stream().sorted(TaskListing.order("dueOn", false)).toList());
        assertEquals(List.of(early, late), List.of(late, early).stream().sorted(TaskListing.order("assignee", true)).toList());
        assertEquals(List.of(late, early), List.of(early, late).stream().sorted(TaskListing.order("assignee", false)).toList());
        assertNull(TaskListing.order("dueOn; drop table task", true));
    }

    @Test
    void badInputIsRefusedInRussian() {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> TaskListing.read(Map.of("from", "20.03.2026", "to", "01.03.2026")));
        assertEquals("to", refused.field());
    }
}
