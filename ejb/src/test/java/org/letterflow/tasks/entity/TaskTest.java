package org.letterflow.tasks.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.OrganisationKind;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.BusinessException;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.Requisites;

/** A task's transitions: a report per open due date, a decision per report, nothing on what is done. */
class TaskTest {

    private static final Instant NOW = Instant.parse("2026-01-10T08:00:00Z");
    private static final Organisation ORG = new Organisation(null, OrganisationKind.SCHOOL, "Лицей № 1", "Лицей",
            ZoneId.of("Asia/Tomsk"), null, null) {
        @Override
        public Long getId() {
            return 5L; // as stored: a resolution records its organisation's id
        }
    };
    private static final User CONTROLLER = new User(ORG, "head", "x");

    private static Task task(boolean onControl) {
        Letter letter = new Letter(ORG, Direction.INCOMING, new Requisites("О мониторинге", null, null, null, null, null,
                null, null, null, null, null, false), "clerk", NOW);
        Resolution resolution = new Resolution(letter, CONTROLLER, "Подготовить ответ", onControl, NOW);
        return Task.forUser(resolution, new User(ORG, "executor", "x"), true, List.of(LocalDate.of(2026, 1, 20)));
    }

    private static BusinessException.Kind refusal(Runnable action) {
        return assertThrows(BusinessException.class, action::run).kind();
    }

    @Test
    void aDoneTaskTakesNoMoreReportsNorExtensions() {
        Task task = task(false);
        Checkpoint done = task.report("Ответ направлен", "executor", NOW);
        assertEquals(CheckpointState.DONE, done.getState());
        assertEquals(BusinessException.Kind.CONFLICT, refusal(() -> task.report("Ещё раз", "executor", NOW)));
        assertEquals(BusinessException.Kind.CONFLICT, refusal(() -> task.accept(CONTROLLER, NOW)), "nothing to accept");
    }

    @Test
    void onlyAReportIsAcceptedOrGivenBackAndNotByItsAuthor() {
        Task task = task(true);
        assertEquals(BusinessException.Kind.CONFLICT, refusal(() -> task.accept(CONTROLLER, NOW)), "no report yet");
        assertEquals(BusinessException.Kind.CONFLICT, refusal(() -> task.giveBack("доделать", "head", NOW)));
        task.report("Ответ направлен", "executor", NOW);
        assertEquals(BusinessException.Kind.FORBIDDEN,
                refusal(() -> task.accept(new User(ORG, "EXECUTOR", "x"), NOW)), "one's own report");
        assertEquals(CheckpointState.DONE, task.accept(CONTROLLER, NOW).getState());
        assertEquals(BusinessException.Kind.CONFLICT, refusal(() -> task.accept(CONTROLLER, NOW)), "accepted once");
    }
}
