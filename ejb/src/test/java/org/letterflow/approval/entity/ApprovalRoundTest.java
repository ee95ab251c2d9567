package org.letterflow.approval.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.letterflow.platform.BusinessException;

/**
 * A round of approval over stages: the approvers of a stage act independently and in any order,
 * the next stage opens when all of them have approved, remarks go with every answer that is not a
 * plain yes, the signature step only signs or rejects, and a deputy decides «за» the approver.
 */
class ApprovalRoundTest {

    private static final Instant START = Instant.parse("2026-01-10T08:00:00Z");
    private static final Instant T1 = START.plusSeconds(600);
    private static final Instant T2 = START.plusSeconds(1200);

    private final ApprovalSheet sheet = new ApprovalSheet(1, 2, 1L, "Иванова И.И.", "специалист", START,
            RouteKind.MIXED, SheetState.IN_PROGRESS);
    private final ApprovalStep lawyer = sheet.addStep(1, 2L, "Петров П.П.", false, null);
    private final ApprovalStep economist = sheet.addStep(1, 3L, "Кузнецова К.К.", false, null);
    private final ApprovalStep deputyHead = sheet.addStep(2, 4L, "Сидоров С.С.", false, null);
    private final ApprovalStep head = sheet.addStep(3, 5L, "Музипов Р.Г.", true, null);

    private static BusinessException refusal(Runnable action) {
        return assertThrows(BusinessException.class, action::run);
    }

    @Test
    void stepsAreNumberedInRouteOrderWithTheirStages() {
        assertEquals(List.of(1, 2, 3, 4), sheet.getSteps().stream().map(ApprovalStep::getPosition).toList());
        assertEquals(List.of(1, 1, 2, 3), sheet.getSteps().stream().map(ApprovalStep::getStage).toList());
        assertTrue(head.isSignature());
        assertFalse(lawyer.isDecided());
    }

    @Test
    void theApproversOfAParallelStageHoldTheDraftTogetherFromTheStartOfTheRound() {
        assertEquals(OptionalInt.of(1), sheet.currentStage());
        assertEquals(List.of("Петров П.П.", "Кузнецова К.К."), sheet.holders());
        assertEquals(Optional.of(START), sheet.heldSince());
        assertTrue(sheet.isCurrent(lawyer));
        assertTrue(sheet.isCurrent(economist));
        assertFalse(sheet.isCurrent(deputyHead), "the next stage waits");
    }

    /** Which steps carry the turn, in route order: what На согласовании and the late steps' reminders read. */
    private List<Boolean> inTurn() {
        return sheet.getSteps().stream().map(ApprovalStep::isInTurn).toList();
    }

    @Test
    void theSheetWritesTheTurnOnItsStepsFromTheStartToTheSignature() {
        assertEquals(List.of(true, true, false, false), inTurn(), "the first stage's approvers from the start");
        sheet.decide(economist, Decision.APPROVED, null, T1, null);
        assertEquals(List.of(true, false, false, false), inTurn(), "a decided step leaves the turn, its stage stays");
        sheet.decide(lawyer, Decision.APPROVED, null, T1, null);
        assertEquals(List.of(false, false, true, false), inTurn(), "the next stage takes it when all have approved");
        sheet.decide(deputyHead, Decision.APPROVED, null, T1, null);
        assertEquals(List.of(false, false, false, true), inTurn());
        sheet.decide(head, Decision.SIGNED, null, T2, null);
        assertEquals(List.of(false, false, false, false), inTurn(), "a signed sheet waits for nobody");
        assertTrue(sheet.getSteps().stream().noneMatch(sheet::isCurrent));
    }

    @Test
    void aStageHalfDecidedIsStillHeldSinceItOpened() {
        sheet.decide(economist, Decision.APPROVED, null, T1, null);
        assertEquals(Optional.of(START), sheet.heldSince(), "the lawyer has held it since the start, not since T1");
    }

    @Test
    void aRejectionTakesTheTurnFromTheWholeStage() {
        sheet.decide(lawyer, Decision.REJECTED, "Нет основания", T1, null);
        assertEquals(List.of(false, false, false, false), inTurn(), "the economist is no longer waited for");
        assertFalse(sheet.isCurrent(economist));
    }

    @Test
    void aStepAddedToTheRouteTakesItsTurnAsItsStageSays() {
        ApprovalSheet route = new ApprovalSheet(2, 1, 1L, "Иванова И.И.", null, START, RouteKind.SEQUENTIAL,
                SheetState.IN_PROGRESS);
        ApprovalStep second = route.addStep(2, 3L, "Кузнецова К.К.", true, null);
        assertTrue(second.isInTurn(), "alone on the route, the step is the earliest stage");
        ApprovalStep first = route.addStep(1, 2L, "Петров П.П.", false, null);
        assertTrue(first.isInTurn());
        assertFalse(second.isInTurn(), "an earlier stage added takes the turn back");
    }

    @Test
    void aParallelStageIsDecidedInAnyOrderAndTheNextOpensWhenAllHaveApproved() {
        sheet.decide(economist, Decision.APPROVED, null, T1, null);
        assertEquals(OptionalInt.of(1), sheet.currentStage(), "one of two approvers is not the stage");
        assertEquals(List.of("Петров П.П."), sheet.holders());
        assertEquals(BusinessException.Kind.CONFLICT,
                refusal(() -> sheet.decide(deputyHead, Decision.APPROVED, null, T1, null)).kind());

        sheet.decide(lawyer, Decision.APPROVED_WITH_REMARKS, "Уточнить ссылку на приказ", T2, null);
        assertEquals(OptionalInt.of(2), sheet.currentStage());
        assertEquals(List.of("Сидоров С.С."), sheet.holders());
        assertEquals(Optional.of(T2), sheet.heldSince(), "held since the last decision of the stage before");
        assertEquals(SheetState.IN_PROGRESS, sheet.getState(), "approval with remarks does not end the round");
    }

    @Test
    void theSignatureEndsTheRoundSigned() {
        sheet.decide(lawyer, Decision.APPROVED, null, T1, null);
        sheet.decide(economist, Decision.APPROVED, null, T1, null);
        sheet.decide(deputyHead, Decision.APPROVED, null, T1, null);
        assertEquals(List.of("Музипов Р.Г."), sheet.holders());
        sheet.decide(head, Decision.SIGNED, "  ", T2, null);
        assertEquals(SheetState.SIGNED, sheet.getState());
        assertEquals(Decision.SIGNED, head.getResult());
        assertNull(head.getRemarks(), "blank remarks are no remarks");
        assertEquals(OptionalInt.empty(), sheet.currentStage());
        assertEquals(List.of(), sheet.holders());
        assertEquals(Optional.empty(), sheet.heldSince());
    }

    @Test
    void theSignatureStepSignsOrRejectsButDoesNotMerelyApprove() {
        sheet.decide(lawyer, Decision.APPROVED, null, T1, null);
        sheet.decide(economist, Decision.APPROVED, null, T1, null);
        sheet.decide(deputyHead, Decision.APPROVED, null, T1, null);
        BusinessException refused = refusal(() -> sheet.decide(head, Decision.APPROVED, null, T2, null));
        assertEquals(BusinessException.Kind.INVALID, refused.kind());
        assertEquals("result", refused.field());
        assertEquals(BusinessException.Kind.INVALID,
                refusal(() -> sheet.decide(head, Decision.APPROVED_WITH_REMARKS, "ок", T2, null)).kind());
        assertFalse(head.isDecided(), "a refused decision leaves the step undecided");
        sheet.decide(head, Decision.REJECTED, "Переписать второй абзац", T2, null);
        assertEquals(SheetState.REJECTED, sheet.getState());
    }

    @Test
    void aRejectionInAParallelStageEndsTheRoundForEveryone() {
        sheet.decide(lawyer, Decision.REJECTED, "Нет основания", T1, null);
        assertEquals(SheetState.REJECTED, sheet.getState());
        assertEquals(List.of(), sheet.holders(), "the draft goes back to its initiator");
        assertEquals(BusinessException.Kind.CONFLICT,
                refusal(() -> sheet.decide(economist, Decision.APPROVED, null, T2, null)).kind());
    }

    @Test
    void anAnswerOtherThanAPlainYesNeedsRemarks() {
        for (Decision withRemarks : List.of(Decision.APPROVED_WITH_REMARKS, Decision.REJECTED)) {
            BusinessException refused = refusal(() -> sheet.decide(lawyer, withRemarks, "   ", T1, null));
            assertEquals(BusinessException.Kind.INVALID, refused.kind());
            assertEquals("remarks", refused.field());
            assertTrue(refused.getMessage().contains(withRemarks.printed()), refused.getMessage());
        }
        assertFalse(lawyer.isDecided());
        assertEquals(SheetState.IN_PROGRESS, sheet.getState());
    }

    @Test
    void theRemarksAndTheTimeOfTheAnswerAreKeptAsSaid() {
        sheet.decide(lawyer, Decision.APPROVED_WITH_REMARKS, "  Уточнить ссылку  ", T1, null);
        assertEquals("Уточнить ссылку", lawyer.getRemarks());
        assertEquals(T1, lawyer.getDecidedAt());
        assertEquals(Decision.APPROVED_WITH_REMARKS, lawyer.getResult());
    }

    @Test
    void aDeputyDecidesZaTheApproverAndTheSheetPrintsBoth() {
        assertEquals("Музипов Р.Г.", head.printedApprover());
        sheet.decide(lawyer, Decision.APPROVED, null, T1, "Захарова С.Н.");
        assertEquals("Захарова С.Н.", lawyer.getDecidedBy());
        assertEquals("за Петров П.П. — Захарова С.Н.", lawyer.printedApprover());
        sheet.decide(economist, Decision.APPROVED, null, T1, null);
        assertNull(economist.getDecidedBy());
        assertEquals("Кузнецова К.К.", economist.printedApprover(), "the approver who decided is printed alone");
    }

    @Test
    void theRefusalSaysWhatTheStepWasAlreadyDecided() {
        sheet.decide(lawyer, Decision.APPROVED_WITH_REMARKS, "мелочи", T1, null);
        BusinessException refused = refusal(() -> sheet.decide(lawyer, Decision.APPROVED, null, T2, null));
        assertEquals(BusinessException.Kind.CONFLICT, refused.kind());
        assertTrue(refused.getMessage().contains("Согласовано с замечаниями"), refused.getMessage());
        assertEquals(T1, lawyer.getDecidedAt(), "the first answer stands");
    }

    @Test
    void aHistoricalSheetKeepsTheDecisionsItWasPrintedWith() {
        ApprovalSheet printed = new ApprovalSheet(1, 1, null, "Иванова И.И.", null, null, RouteKind.SEQUENTIAL,
                SheetState.HISTORICAL);
        printed.addDecidedStep("Петров П.П.", Decision.APPROVED, T1, null);
        printed.addDecidedStep("Музипов Р.Г.", Decision.SIGNED, T2, "без замечаний");
        ApprovalStep first = printed.getSteps().get(0);
        ApprovalStep last = printed.getSteps().get(1);
        assertEquals(List.of(1, 2), printed.getSteps().stream().map(ApprovalStep::getStage).toList());
        assertEquals(2, last.getPosition());
        assertFalse(first.isSignature());
        assertTrue(last.isSignature(), "the signed step is the signature");
        assertEquals(T2, last.getDecidedAt());
        assertEquals("без замечаний", last.getRemarks());
        assertEquals(OptionalInt.empty(), printed.currentStage(), "nobody acts on a historical sheet");
        assertFalse(first.isInTurn() || last.isInTurn());
        assertFalse(printed.isOverdue(first, T2));
        assertEquals(BusinessException.Kind.CONFLICT,
                refusal(() -> printed.decide(first, Decision.APPROVED, null, T2, null)).kind());
    }
}
