package org.letterflow.approval.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.letterflow.platform.BusinessException;

/** A sheet's transitions: in turn, once, and nothing more once the round has ended. */
class ApprovalSheetTest {

    private static final Instant NOW = Instant.parse("2026-01-10T08:00:00Z");

    private static ApprovalSheet sheet() {
        ApprovalSheet sheet = new ApprovalSheet(1, 1, 1L, "Иванова И.И.", "специалист", NOW, RouteKind.SEQUENTIAL,
                SheetState.IN_PROGRESS);
        sheet.addStep(1, 2L, "Петров П.П.", false, null);
        sheet.addStep(2, 3L, "Сидоров С.С.", true, null);
        return sheet;
    }

    private static BusinessException.Kind refusal(Runnable action) {
        return assertThrows(BusinessException.class, action::run).kind();
    }

    @Test
    void theSignatureWaitsForTheStepsBeforeIt() {
        ApprovalSheet sheet = sheet();
        ApprovalStep signature = sheet.getSteps().get(1);
        assertEquals(BusinessException.Kind.CONFLICT, refusal(() -> sheet.decide(signature, Decision.SIGNED, null, NOW, null)));
    }

    @Test
    void aStepIsDecidedOnce() {
        ApprovalSheet sheet = sheet();
        ApprovalStep first = sheet.getSteps().get(0);
        sheet.decide(first, Decision.APPROVED, null, NOW, null);
        assertEquals(BusinessException.Kind.CONFLICT, refusal(() -> sheet.decide(first, Decision.REJECTED, "нет", NOW, null)));
    }

    @Test
    void aRejectedSheetTakesNoMoreDecisions() {
        ApprovalSheet sheet = sheet();
        sheet.decide(sheet.getSteps().get(0), Decision.REJECTED, "Уточнить сроки", NOW, null);
        assertEquals(SheetState.REJECTED, sheet.getState());
        assertEquals(BusinessException.Kind.CONFLICT,
                refusal(() -> sheet.decide(sheet.getSteps().get(1), Decision.SIGNED, null, NOW, null)),
                "the signature of a closed sheet");
    }

    @Test
    void aSignedSheetIsClosed() {
        ApprovalSheet sheet = sheet();
        sheet.decide(sheet.getSteps().get(0), Decision.APPROVED, null, NOW, null);
        sheet.decide(sheet.getSteps().get(1), Decision.SIGNED, null, NOW, null);
        assertEquals(SheetState.SIGNED, sheet.getState());
        assertEquals(BusinessException.Kind.CONFLICT,
                refusal(() -> sheet.decide(sheet.getSteps().get(1), Decision.REJECTED, "передумал", NOW, null)));
    }

    @Test
    void onlyTheLastStepSigns() {
        ApprovalSheet sheet = sheet();
        assertEquals(BusinessException.Kind.INVALID,
                refusal(() -> sheet.decide(sheet.getSteps().get(0), Decision.SIGNED, null, NOW, null)));
    }

    @Test
    void aStepPastItsDueTimeWithNoDecisionIsOverdueUntilDecided() {
        ApprovalSheet sheet = new ApprovalSheet(1, 1, 1L, "Иванова И.И.", "специалист", NOW, RouteKind.SEQUENTIAL,
                SheetState.IN_PROGRESS);
        Instant due = NOW.plusSeconds(3600);
        ApprovalStep first = sheet.addStep(1, 2L, "Петров П.П.", false, due);
        ApprovalStep signature = sheet.addStep(2, 3L, "Сидоров С.С.", true, due);
        ApprovalStep undated = sheet.addStep(3, 4L, "Кузнецов К.К.", false, null);
        assertFalse(sheet.isOverdue(first, due), "on the due time itself the step is still on time");
        Instant later = due.plusSeconds(60);
        assertTrue(sheet.isOverdue(first, later));
        assertTrue(sheet.isOverdue(signature, later), "a later step is late too, though its turn has not come");
        assertFalse(sheet.isOverdue(undated, later), "a step with no due time is never overdue");
        sheet.decide(first, Decision.APPROVED, null, later, null);
        assertFalse(sheet.isOverdue(first, later.plusSeconds(60)), "a decided step is not waited for");
    }

    @Test
    void anEndedRoundHasNoOverdueSteps() {
        ApprovalSheet sheet = new ApprovalSheet(1, 1, 1L, "Иванова И.И.", "специалист", NOW, RouteKind.SEQUENTIAL,
                SheetState.IN_PROGRESS);
        Instant due = NOW.plusSeconds(3600);
        ApprovalStep first = sheet.addStep(1, 2L, "Петров П.П.", false, due);
        ApprovalStep signature = sheet.addStep(2, 3L, "Сидоров С.С.", true, due);
        sheet.decide(first, Decision.REJECTED, "Уточнить сроки", NOW, null);
        assertFalse(sheet.isOverdue(signature, due.plusSeconds(60)), "the draft went back; nobody waits for the signature");
    }
}
