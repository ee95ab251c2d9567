package org.letterflow.approval.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.letterflow.platform.BusinessException;

class ApprovalListingTest {

    record Row(String subject, String initiator, LocalDateTime started) implements ApprovalListing.Line {
    }

    private final Row early = new Row("О приёме в первый класс", "Иванова И.И.", LocalDateTime.of(2026, 3, 1, 23, 50));
    private final Row late = new Row("Об отчёте", "Петров П.П.", LocalDateTime.of(2026, 3, 2, 9, 0));

    @Test
    void theStartDayAndPartsOfNamesFilter() {
        ApprovalListing first = ApprovalListing.read(Map.of("from", "01.03.2026", "to", "01.03.2026"));
        assertTrue(first.matches(early));
        assertFalse(first.matches(late));
        assertTrue(ApprovalListing.read(Map.of("initiator", "петров")).matches(late));
        assertFalse(ApprovalListing.read(Map.of("subject", "ОТЧЁТ")).matches(early));
    }

    @Test
    void aClickedColumnSortsEitherWayAndNothingElseSorts() {
        assertEquals(List.of(late, early), List.of(early, late).stream()
                .sorted(ApprovalListing.<Row>order("startedAt", false)).toList());
        assertEquals(List.of(early, late), List.of(late, early).stream()
                .sorted(ApprovalListing.<Row>order("initiator", true)).toList());
        assertNull(ApprovalListing.order("initiator)--", true));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThrows(BusinessException.class, () -> ApprovalListing.read(Map.of("from", "02.03.2026", "to", "01.03.2026")));
    }
}
