package org.letterflow.registration.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.letterflow.registration.entity.JournalPeriod;

/**
 * The dates a letter itself demands (extracted from its text or typed on its card), printed in the
 * journal's «Срок исполнения» beside the resolutions' ones. They are the extraction component's,
 * which stands on registration; so registration asks for them here (issue 15).
 */
public interface LetterObligations {

    /** Per letter entered in the journal in the period that demands a date: those dates. */
    Map<Long, List<LocalDate>> dueDates(long journalId, JournalPeriod period);
}
