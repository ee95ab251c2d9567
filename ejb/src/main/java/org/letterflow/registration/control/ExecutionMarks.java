package org.letterflow.registration.control;

import java.time.ZoneId;
import java.util.Map;
import org.letterflow.registration.entity.JournalPeriod;

/**
 * What became of the resolutions on a journal's letters: the printed journal's columns «Резолюция»,
 * «Срок исполнения» and «Отметка об исполнении». Resolutions and their tasks are the tasks
 * component's, which stands on registration; so registration asks for them here and tasks answer
 * (issue 15), instead of registration reading their tables.
 */
public interface ExecutionMarks {

    /**
     * Per letter entered in the journal in the period that has a resolution of its own organisation
     * on it: the resolutions with their assignees, their due dates and which were accepted, the last
     * acceptance as a day in {@code zone}. The letter's own due dates are not the tasks' to say: those
     * of each execution are empty. A letter nobody resolved on is absent.
     */
    Map<Long, PrintedJournal.Execution> of(long journalId, JournalPeriod period, ZoneId zone);
}
