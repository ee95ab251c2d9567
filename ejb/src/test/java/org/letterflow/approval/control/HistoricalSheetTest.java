package org.letterflow.approval.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.letterflow.approval.entity.ApprovalSheet;
import org.letterflow.approval.entity.ApprovalStep;
import org.letterflow.approval.entity.Decision;
import org.letterflow.approval.entity.RouteKind;
import org.letterflow.approval.entity.SheetState;
import org.letterflow.extraction.entity.PrintedApprovalSheet;

/** A sheet another system printed becomes a read-only round: its answers in our terms, its times in the organisation's zone. */
class HistoricalSheetTest {

    private static final ZoneId TOMSK = ZoneId.of("Asia/Tomsk");

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "Подписано|SIGNED", "подписан|SIGNED",
            "Не согласовано|REJECTED", "Отклонено|REJECTED", "Отказано|REJECTED",
            "Согласовано с замечаниями|APPROVED_WITH_REMARKS",
            "Согласовано|APPROVED", "СОГЛАСОВАН|APPROVED",
            "На рассмотрении|NULL", "NULL|NULL"})
    void thePrintedAnswerInOurTerms(String printed, Decision decision) {
        assertEquals(decision, HistoricalSheet.decision(printed));
    }

    @Test
    void theRoundIsKeptAsPrintedInTheOrganisationsTime() {
        PrintedApprovalSheet printed = new PrintedApprovalSheet("57-0144", LocalDate.of(2026, 1, 12), "Иванова И.И.",
                "специалист", LocalDateTime.of(2026, 1, 12, 9, 0), "parallel", List.of(
                new PrintedApprovalSheet.Step(1, "Петров П.П.", null, "Согласовано с замечаниями",
                        LocalDateTime.of(2026, 1, 12, 10, 30), "Уточнить сроки"),
                new PrintedApprovalSheet.Step(2, "Музипов Р.Г.", null, "Подписано", null, null)));
        ApprovalSheet sheet = HistoricalSheet.of(7, 3, printed, TOMSK);
        assertEquals(SheetState.HISTORICAL, sheet.getState());
        assertEquals(RouteKind.PARALLEL, sheet.getKind());
        assertEquals(7, sheet.getLetterId());
        assertEquals(3, sheet.getRound());
        assertEquals("Иванова И.И.", sheet.getInitiator());
        assertEquals(Instant.parse("2026-01-12T02:00:00Z"), sheet.getStartedAt(), "09:00 in Tomsk");
        ApprovalStep first = sheet.getSteps().get(0);
        assertEquals(Decision.APPROVED_WITH_REMARKS, first.getResult());
        assertEquals(Instant.parse("2026-01-12T03:30:00Z"), first.getDecidedAt());
        assertEquals("Уточнить сроки", first.getRemarks());
        ApprovalStep last = sheet.getSteps().get(1);
        assertTrue(last.isSignature());
        assertNull(last.getDecidedAt(), "a time the sheet did not print stays unknown");
    }

    @Test
    void aSheetWithoutInitiatorOrTimeIsStillKept() {
        PrintedApprovalSheet printed = new PrintedApprovalSheet(null, null, null, null, null, "sequential",
                List.of(new PrintedApprovalSheet.Step(1, "Петров П.П.", null, "Согласовано", null, null)));
        ApprovalSheet sheet = HistoricalSheet.of(7, 1, printed, TOMSK);
        assertEquals("—", sheet.getInitiator());
        assertNull(sheet.getStartedAt());
        assertEquals(RouteKind.SEQUENTIAL, sheet.getKind());
        assertEquals(Decision.APPROVED, sheet.getSteps().get(0).getResult());
    }
}
