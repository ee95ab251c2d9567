package org.letterflow.tasks.boundary;

/**
 * Execution discipline of one organisation or one person over a period: due dates that fell in
 * it, done on time, done late, overdue (past and not done), and the share done on time.
 *
 * @param withSubordinates the line sums the organisation and every organisation below it (the report
 *                         by subordinates), not the organisation's own due dates alone
 */
public record DisciplineRow(long organisationId, Long personId, String organisation, String person, long total,
                            long onTime, long late, long overdue, long open, boolean withSubordinates) {

    /** Done on time of those whose day has come (open ones not yet due do not count against). */
    public double shareOnTime() {
        long judged = onTime + late + overdue;
        return judged == 0 ? 1.0 : (double) onTime / judged;
    }
}
