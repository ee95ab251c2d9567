package org.letterflow.tasks.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.OrganisationKind;
import org.letterflow.organisation.entity.Role;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.BusinessException;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.Requisites;

/**
 * A task's due dates one by one: reports go to the earliest open one, a report is accepted or given
 * back with what is missing, a due date not done is moved only later, and who acts for a task.
 */
class CheckpointTest {

    private static final Instant NOW = Instant.parse("2026-01-10T08:00:00Z");
    private static final LocalDate JAN_20 = LocalDate.of(2026, 1, 20);
    private static final LocalDate FEB_20 = LocalDate.of(2026, 2, 20);
    private static final LocalDate MAR_20 = LocalDate.of(2026, 3, 20);

    private static final Organisation CITY = organisation(5, "Управление образования");
    private static final Organisation SCHOOL = organisation(6, "Школа № 1");
    private static final User CONTROLLER = user(1, CITY, "head");
    private static final User EXECUTOR = user(2, CITY, "executor");

    private static Organisation organisation(long id, String name) {
        return new Organisation(null, OrganisationKind.SCHOOL, name, name, ZoneId.of("Asia/Irkutsk"), null, null) {
            @Override
            public Long getId() {
                return id;
            }
        };
    }

    private static User user(long id, Organisation organisation, String login, Role... roles) {
        User user = new User(organisation, login, "x") {
            @Override
            public Long getId() {
                return id;
            }
        };
        user.grant(Set.of(roles));
        return user;
    }

    private static Resolution resolution(boolean onControl) {
        Letter letter = new Letter(CITY, Direction.INCOMING, new Requisites("О мониторинге", null, null, null, null, null,
                null, null, null, null, null, false), "clerk", NOW);
        return new Resolution(letter, CONTROLLER, "  Подготовить ответ  ", onControl, NOW);
    }

    /** Due dates given in any order, one repeated; ids as the database would give them. */
    private static Task task(boolean onControl) {
        Task task = Task.forUser(resolution(onControl), EXECUTOR, true, List.of(MAR_20, JAN_20, FEB_20, JAN_20));
        long id = 100;
        for (Checkpoint checkpoint : task.getCheckpoints()) {
            try {
                Field field = Checkpoint.class.getDeclaredField("id");
                field.setAccessible(true);
                field.set(checkpoint, id++);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return task;
    }

    private static BusinessException refusal(Runnable action) {
        return assertThrows(BusinessException.class, action::run);
    }

    @Test
    void theDueDatesAreKeptOnceEachInDateOrder() {
        Task task = task(true);
        assertEquals(List.of(JAN_20, FEB_20, MAR_20), task.getCheckpoints().stream().map(Checkpoint::getDueOn).toList());
        assertEquals(List.of(1, 2, 3), task.getCheckpoints().stream().map(Checkpoint::getPosition).toList());
        assertTrue(task.getCheckpoints().stream().allMatch(c -> c.getState() == CheckpointState.OPEN));
        assertSame(task, task.getCheckpoints().get(0).getTask());
    }

    @Test
    void aReportGoesToTheEarliestOpenDueDate() {
        Task task = task(true);
        Checkpoint first = task.report("  Сведения за январь направлены  ", "executor", NOW);
        assertEquals(JAN_20, first.getDueOn());
        assertEquals(CheckpointState.REPORTED, first.getState(), "a task under control waits for its controller");
        assertEquals("Сведения за январь направлены", first.getReport());
        assertEquals("executor", first.getReportedBy());
        assertEquals(NOW, first.getReportedAt());
        assertEquals(FEB_20, task.report("За февраль", "executor", NOW).getDueOn(), "the next report, the next date");
    }

    @Test
    void aReportOnATaskNotUnderControlClosesTheDueDateAtOnce() {
        Checkpoint first = task(false).report("Готово", "executor", NOW);
        assertEquals(CheckpointState.DONE, first.getState());
        assertNull(first.getDecidedBy(), "nobody decided on it");
    }

    @Test
    void anEmptyReportIsRefused() {
        Task task = task(true);
        for (String text : new String[] {null, "", "  "}) {
            BusinessException refused = refusal(() -> task.report(text, "executor", NOW));
            assertEquals(BusinessException.Kind.INVALID, refused.kind());
            assertEquals("text", refused.field());
        }
        assertEquals(CheckpointState.OPEN, task.getCheckpoints().get(0).getState());
    }

    @Test
    void theControllerAcceptsTheEarliestReportAndIsRecorded() {
        Task task = task(true);
        task.report("За январь", "executor", NOW);
        task.report("За февраль", "executor", NOW);
        Checkpoint accepted = task.accept(CONTROLLER, NOW.plusSeconds(60));
        assertEquals(JAN_20, accepted.getDueOn());
        assertEquals(CheckpointState.DONE, accepted.getState());
        assertEquals("head", accepted.getDecidedBy());
        assertEquals(NOW.plusSeconds(60), accepted.getDecidedAt());
        assertEquals(CheckpointState.REPORTED, task.getCheckpoints().get(1).getState(), "February still waits");
    }

    @Test
    void noOneAcceptsTheirOwnReportWhateverTheCaseOfTheLogin() {
        Task task = task(true);
        task.report("Готово", "Executor", NOW);
        BusinessException refused = refusal(() -> task.accept(user(3, CITY, "EXECUTOR"), NOW));
        assertEquals(BusinessException.Kind.FORBIDDEN, refused.kind());
        assertEquals(CheckpointState.REPORTED, task.getCheckpoints().get(0).getState());
    }

    @Test
    void aReportGivenBackReopensTheDueDateWithWhatIsMissing() {
        Task task = task(true);
        task.report("Черновик", "executor", NOW);
        Checkpoint back = task.giveBack("  Приложите таблицу  ", "head", NOW.plusSeconds(60));
        assertEquals(JAN_20, back.getDueOn());
        assertEquals(CheckpointState.OPEN, back.getState());
        assertEquals("Приложите таблицу", back.getReturnedComment());
        assertEquals("Черновик", back.getReport(), "the report stays readable");
        assertNull(back.getReportedAt(), "its time counts no more");
        assertEquals("head", back.getDecidedBy());
        assertEquals(NOW.plusSeconds(60), back.getDecidedAt());

        Checkpoint again = task.report("С таблицей", "executor", NOW.plusSeconds(120));
        assertSame(back, again, "the returned date is reported again before any later one");
        assertNull(again.getReturnedComment(), "a new report answers the comment");
        assertEquals(CheckpointState.REPORTED, again.getState());
    }

    @Test
    void aReportIsNotGivenBackWithoutAComment() {
        Task task = task(true);
        task.report("Черновик", "executor", NOW);
        for (String comment : new String[] {null, " "}) {
            BusinessException refused = refusal(() -> task.giveBack(comment, "head", NOW));
            assertEquals(BusinessException.Kind.INVALID, refused.kind());
            assertEquals("comment", refused.field());
        }
        assertEquals(CheckpointState.REPORTED, task.getCheckpoints().get(0).getState());
    }

    @Test
    void aDueDateNotDoneIsMovedLaterAndTheOldDateIsGivenForTheRecord() {
        Task task = task(true);
        Checkpoint feb = task.getCheckpoints().get(1);
        assertEquals(FEB_20, task.extend(feb.getId(), FEB_20.plusDays(1)));
        assertEquals(FEB_20.plusDays(1), feb.getDueOn());
    }

    @Test
    void aDueDateIsNotMovedToTheSameDayOrEarlierNorToNoDay() {
        Task task = task(true);
        long feb = task.getCheckpoints().get(1).getId();
        for (LocalDate notLater : new LocalDate[] {FEB_20, FEB_20.minusDays(1), null}) {
            BusinessException refused = refusal(() -> task.extend(feb, notLater));
            assertEquals(BusinessException.Kind.INVALID, refused.kind());
            assertEquals("dueOn", refused.field());
        }
        assertEquals(FEB_20, task.getCheckpoints().get(1).getDueOn());
    }

    @Test
    void aDoneDueDateOrAnotherTasksIsNotMoved() {
        Task task = task(false);
        Checkpoint done = task.report("Готово", "executor", NOW);
        assertEquals(BusinessException.Kind.CONFLICT, refusal(() -> task.extend(done.getId(), MAR_20)).kind());
        assertEquals(JAN_20, done.getDueOn());
        BusinessException unknown = refusal(() -> task.extend(999, MAR_20));
        assertEquals(BusinessException.Kind.INVALID, unknown.kind());
        assertEquals("checkpoint", unknown.field());
    }

    @Test
    void aReportedButUnacceptedDueDateMayStillBeMoved() {
        Task task = task(true);
        Checkpoint reported = task.report("Готово", "executor", NOW);
        assertEquals(JAN_20, task.extend(reported.getId(), MAR_20));
    }

    @Test
    void aPersonsTaskIsActedOnByThatPersonOnly() {
        Task task = task(true);
        assertTrue(task.isAssignee(user(2, CITY, "executor")));
        assertFalse(task.isAssignee(user(7, CITY, "colleague", Role.CLERK)), "not a colleague, clerk or not");
        assertSame(CITY, task.assigneeHome());
    }

    @Test
    void anOrganisationsTaskIsActedOnByItsClerks() {
        Task task = Task.forOrganisation(resolution(true), SCHOOL, false, List.of(JAN_20));
        assertTrue(task.isAssignee(user(8, SCHOOL, "school.clerk", Role.CLERK)));
        assertFalse(task.isAssignee(user(9, SCHOOL, "school.teacher", Role.EXECUTOR)), "not a non-clerk");
        assertFalse(task.isAssignee(user(10, CITY, "city.clerk", Role.CLERK)), "not another organisation's clerk");
        assertSame(SCHOOL, task.assigneeHome(), "the school's calendar gives the dates");
        assertFalse(task.isResponsible());
    }

    @Test
    void aDividedTaskIsControlledByTheOneWhoDividedIt() {
        Task parent = task(false);
        Resolution division = Resolution.dividing(parent, EXECUTOR, "  Подготовить сведения  ", NOW);
        assertTrue(division.isOnControl(), "whoever divides a task controls its parts");
        assertSame(EXECUTOR, division.getAuthor());
        assertSame(parent.getResolution().getLetter(), division.getLetter(), "the same letter");
        assertEquals("Подготовить сведения", division.getText());
        assertEquals("Подготовить ответ", parent.getResolution().getText());
    }
}
