package org.letterflow.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.LetterState;
import org.letterflow.tasks.control.TaskExecutors;

/**
 * The SQL a search is: which conditions each filter adds on letter l, which values are bound under which
 * numbers (nothing typed is pasted into the query), how a word's matches are read and a page is sorted.
 */
class LetterSearchTest {

    private static final String OWN_AND_READABLE = " l.organisation_id = ?1 and (not l.restricted or l.created_by = ?2"
            + " or exists (select 1 from letter_reader r where r.letter_id = l.id and r.user_id = ?3))";

    private final List<Object> parameters = new ArrayList<>();

    /** The deployment's own condition for people given a task (the tasks component's). */
    private LetterExecutors executors = new TaskExecutors();

    private String filter(LetterQuery q) {
        return LetterSearch.filter(7, 42, "clerk", q, executors, parameters);
    }

    private static LetterQuery none() {
        return new LetterQuery(null, null, null, null, null, null, null, null);
    }

    @Test
    void withoutFiltersOnlyTheOrganisationAndWhatTheUserMayReadAreAsked() {
        assertEquals(OWN_AND_READABLE, filter(none()));
        assertEquals(List.of(7L, "clerk", 42L), parameters);
    }

    @Test
    void blankFiltersAreNoFilters() {
        assertEquals(OWN_AND_READABLE, filter(new LetterQuery("  ", " ", null, null, null, null, "   ", null, "  ")));
        assertEquals(3, parameters.size());
    }

    @Test
    void aNumberIsMatchedExactlyAsTypedOnEitherNumberOfTheLetter() {
        String sql = filter(new LetterQuery(null, "  1871/23-Д ", null, null, null, null, null, null));
        assertEquals(OWN_AND_READABLE + " and (l.registration_number = ?4 or l.correspondent_number = ?4)", sql);
        assertEquals("1871/23-Д", parameters.get(3), "stripped, not a pattern");
    }

    @Test
    void directionJournalAndStateAreBoundByName() {
        String sql = filter(new LetterQuery(null, null, Direction.OUTGOING, 5L, null, null, null, LetterState.REGISTERED));
        assertEquals(OWN_AND_READABLE + " and l.direction = ?4 and l.journal_id = ?5 and l.state = ?6", sql);
        assertEquals(List.of(7L, "clerk", 42L, "OUTGOING", 5L, "REGISTERED"), parameters);
    }

    @Test
    void thePeriodIncludesBothDaysAndADraftCountsByTheDayItWasWritten() {
        LocalDate from = LocalDate.of(2026, 3, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        String sql = filter(new LetterQuery(null, null, null, null, from, to, null, null));
        assertEquals(OWN_AND_READABLE + " and coalesce(l.registration_date, l.created_at::date) >= ?4"
                + " and coalesce(l.registration_date, l.created_at::date) <= ?5", sql);
        assertEquals(List.of(Date.valueOf(from), Date.valueOf(to)), parameters.subList(3, 5));
    }

    @Test
    void anOpenPeriodHasOneEdge() {
        String sql = filter(new LetterQuery(null, null, null, null, null, LocalDate.of(2026, 3, 31), null, null));
        assertTrue(sql.endsWith(" and coalesce(l.registration_date, l.created_at::date) <= ?4"), sql);
        assertFalse(sql.contains(">="), sql);
    }

    @Test
    void theCorrespondentIsPartOfTheSendersOrTheAddresseesNameWithItsWildcardsLiteral() {
        String sql = filter(new LetterQuery(null, null, null, null, null, null, " Школа_№5 ", null));
        assertEquals(OWN_AND_READABLE + " and lower(coalesce(l.correspondent_name, l.addressees)) like ?4", sql);
        assertEquals("%школа\\_№5%", parameters.get(3));
    }

    @Test
    void theExecutorIsTheOneWrittenOnTheLetterOrAPersonGivenATaskOnIt() {
        String sql = filter(new LetterQuery(null, null, null, null, null, null, null, null, "Петров"));
        assertEquals(OWN_AND_READABLE + " and (lower(l.executor_name) like ?4 or exists (select 1 from resolution er"
                + " join task et on et.resolution_id = er.id join app_user eu on eu.id = et.assignee_user_id"
                + " where er.letter_id = l.id and (lower(eu.full_name) like ?4 or lower(eu.short_name) like ?4)))", sql);
        assertEquals(List.of(7L, "clerk", 42L, "%петров%"), parameters);
    }

    @Test
    void theTasksConditionIsAskedForThePatternsParameterAndAddedAsAnAlternative() {
        executors = namePattern -> "given_a_task(l.id, ?" + namePattern + ")";
        String sql = filter(new LetterQuery(null, "12", null, null, null, null, null, null, "Петров"));
        assertEquals(OWN_AND_READABLE + " and (l.registration_number = ?4 or l.correspondent_number = ?4)"
                + " and (lower(l.executor_name) like ?5 or given_a_task(l.id, ?5))", sql);
        assertEquals(List.of(7L, "clerk", 42L, "12", "%петров%"), parameters, "the condition binds nothing of its own");
    }

    @Test
    void withoutTheTasksComponentTheExecutorIsOnlyTheOneWrittenOnTheLetter() {
        executors = null;
        String sql = filter(new LetterQuery(null, null, null, null, null, null, null, null, "Петров"));
        assertEquals(OWN_AND_READABLE + " and (lower(l.executor_name) like ?4)", sql);
        assertEquals(List.of(7L, "clerk", 42L, "%петров%"), parameters);
    }

    @Test
    void everyFilterTogetherNumbersItsParametersInTheOrderTheConditionsAppear() {
        String sql = filter(new LetterQuery("приказ", "12", Direction.INCOMING, 3L, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 2), "школа", LetterState.DRAFT, "иванов"));
        assertEquals(List.of(7L, "clerk", 42L, "12", "INCOMING", 3L, "DRAFT", Date.valueOf("2026-01-01"),
                Date.valueOf("2026-01-02"), "%школа%", "%иванов%"), parameters, "the words are bound by the search, later");
        for (int p = 4; p <= 11; p++) {
            assertTrue(sql.contains("?" + p), "parameter " + p + " is used: " + sql);
        }
        assertFalse(sql.contains("?12"), sql);
    }

    @Test
    void theCountStopsPastAThousand() {
        assertEquals("select count(*) from (select 1 from letter l where l.organisation_id = ?1 limit 1001) matches",
                LetterSearch.countSql(" l.organisation_id = ?1"));
    }

    @Test
    void aWordsMatchesAreReadFromTheTextAndNumberIndexesAndCappedPastAThousand() {
        String sql = LetterSearch.matchesSql(" l.organisation_id = ?1", 2);
        assertTrue(sql.contains("l.search @@ websearch_to_tsquery('russian', ?2) and l.organisation_id = ?1 limit 1001)"), sql);
        assertTrue(sql.contains("l.registration_number = ?2 and l.organisation_id = ?1 limit 1001)"), sql);
        assertTrue(sql.contains("l.correspondent_number = ?2 and l.organisation_id = ?1 limit 1001)"), sql);
        assertTrue(sql.endsWith(") matches limit 1001"), sql);
    }

    @Test
    void aCommonWordIsAConditionOnTheTextOrEitherNumber() {
        assertEquals(" and (l.search @@ websearch_to_tsquery('russian', ?9) or l.registration_number = ?9"
                + " or l.correspondent_number = ?9)", LetterSearch.matching(9));
    }

    @Test
    void theMatchesAreLookedUpByTheirIdsEachBound() {
        List<Object> bound = new ArrayList<>(List.of(7L, "clerk", 42L, "приказ"));
        assertEquals(" and l.id in (?5, ?6, ?7)", LetterSearch.idIn(List.of(11L, 12L, 13L), bound));
        assertEquals(List.of(11L, 12L, 13L), bound.subList(4, 7));
    }

    @Test
    void aPageWithoutWordsHasNoPassageAndIsTheNewestFirst() {
        String sql = LetterSearch.pageSql(" l.organisation_id = ?1", null, null, 40, 20);
        assertTrue(sql.contains(" null as headline from letter l where l.organisation_id = ?1"), sql);
        assertTrue(sql.endsWith(LetterOrder.NEWEST.sql() + " offset 40 limit 20"), sql);
        assertFalse(sql.contains("ts_headline"), sql);
    }

    @Test
    void aPageOfAWordShowsThePassageAroundItInTheOrderClicked() {
        LetterOrder bySubject = new LetterOrder(LetterOrder.Column.SUBJECT, true);
        String sql = LetterSearch.pageSql(" l.organisation_id = ?1", 4, bySubject, 0, 50);
        assertTrue(sql.contains("ts_headline('russian', l.subject || ' ' || coalesce(l.summary, ''),"
                + " websearch_to_tsquery('russian', ?4), 'StartSel=\u0002, StopSel=\u0003,"), sql);
        assertTrue(sql.endsWith(bySubject.sql() + " offset 0 limit 50"), sql);
    }
}
