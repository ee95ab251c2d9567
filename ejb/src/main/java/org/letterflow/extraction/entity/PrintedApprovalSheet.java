package org.letterflow.extraction.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A "Лист согласования" printed in a document, as read from its text: whom the document went
 * to, in which order, and what each answered. Not the system's own approval sheet, which is
 * kept as data; this one only describes what another system recorded.
 */
public record PrintedApprovalSheet(String documentNumber, LocalDate documentDate, String initiatorName,
                                   String initiatorPosition, LocalDateTime initiatedAt, String type, List<Step> steps) {

    /** One line of the sheet. {@code result} is as printed ("Согласовано", "Подписано"). */
    public record Step(int order, String name, LocalDateTime due, String result, LocalDateTime decidedAt,
                       String remarks) {
    }
}
