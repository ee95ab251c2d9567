package org.letterflow.registration.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LetterSearchTest {

    @Test
    void aWordsMatchesAreReadFromTheTextAndNumberIndexesAndCappedPastAThousand() {
        String sql = LetterSearch.matchesSql(" l.organisation_id = ?1", 2);
        assertTrue(sql.contains("l.search @@ websearch_to_tsquery('russian', ?2) and l.organisation_id = ?1 limit 1001)"), sql);
        assertTrue(sql.contains("l.registration_number = ?2 and l.organisation_id = ?1 limit 1001)"), sql);
        assertTrue(sql.contains("l.correspondent_number = ?2 and l.organisation_id = ?1 limit 1001)"), sql);
        assertTrue(sql.endsWith(") matches limit 1001"), sql);
    }
}
