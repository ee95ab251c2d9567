package org.letterflow.extraction.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a letter's text says about itself: the fields of a registration card and the deadlines it
 * imposes. A field that could not be read is null (or an empty list); {@code confidence} says how
 * sure each read field is (0..1), {@code spans} where in the text it was read.
 */
public record Extraction(String number, LocalDate date, String sender, String subject, List<String> addressees,
                         Signatory signatory, Executor executor, List<LetterReference> references,
                         List<Deadline> deadlines, List<RecurringDeadline> recurringDeadlines,
                         Integer attachmentsSheets, PrintedApprovalSheet approvalSheet,
                         Map<String, Double> confidence, Map<String, Span> spans) {
}
