package org.letterflow.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterSearchTest {

    @Test
    void markupInALetterIsEscapedAndOnlyTheMatchIsMarked() {
        assertEquals("О &lt;script&gt;alert(1)&lt;/script&gt; <mark>письмах</mark>",
                LetterSearch.highlight("О <script>alert(1)</script> \u0002письмах\u0003"));
    }

    @Test
    void quotesAndAmpersandsAreEscaped() {
        assertEquals("&quot;A&quot; &amp; &#39;B&#39;", LetterSearch.escape("\"A\" & 'B'"));
    }

    @Test
    void matchesAreOrderedAsTheJournalIsReadDraftsFirstThenNewestDateThenNewestId() {
        List<Object[]> rows = new ArrayList<>(List.of(
                new Object[] {1L, Date.valueOf("2026-03-01")},
                new Object[] {2L, null},
                new Object[] {3L, Date.valueOf("2026-03-02")},
                new Object[] {4L, Date.valueOf("2026-03-01")},
                new Object[] {5L, null}));
        rows.sort(LetterSearch.NEWEST_FIRST);
        assertEquals(List.of(5L, 2L, 3L, 4L, 1L), rows.stream().map(r -> (Long) r[0]).toList());
    }

    @Test
    void aWordsMatchesAreReadFromTheTextAndNumberIndexesAndCappedPastAThousand() {
        String sql = LetterSearch.matchesSql(" l.organisation_id = ?1", 2);
        assertTrue(sql.contains("s.search @@ websearch_to_tsquery('russian', ?2)"), sql);
        assertTrue(sql.contains("n.registration_number = ?2") && sql.contains("c.correspondent_number = ?2"), sql);
        assertTrue(sql.endsWith(" limit 1001"), sql);
    }
}
