package org.letterflow.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.letterflow.platform.Html;

class LetterSearchTest {

    @Test
    void markupInALetterIsEscapedAndOnlyTheMatchIsMarked() {
        assertEquals("О &lt;script&gt;alert(1)&lt;/script&gt; <mark>письмах</mark>",
                LetterSearch.highlight("О <script>alert(1)</script> \u0002письмах\u0003"));
    }

    @Test
    void quotesAndAmpersandsAreEscaped() {
        assertEquals("&quot;A&quot; &amp; &#39;B&#39;", Html.escape("\"A\" & 'B'"));
    }

    @Test
    void aWordsMatchesAreReadFromTheTextAndNumberIndexesAndCappedPastAThousand() {
        String sql = LetterSearch.matchesSql(" l.organisation_id = ?1", 2);
        assertTrue(sql.contains("l.search @@ websearch_to_tsquery('russian', ?2) and l.organisation_id = ?1 limit 1001)"), sql);
        assertTrue(sql.contains("l.registration_number = ?2 and l.organisation_id = ?1 limit 1001)"), sql);
        assertTrue(sql.contains("l.correspondent_number = ?2 and l.organisation_id = ?1 limit 1001)"), sql);
        assertTrue(sql.endsWith(") matches limit 1001"), sql);
    }
}
