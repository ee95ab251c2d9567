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
        assertTrue(sql.contains("s.search @@ websearch_to_tsquery('russian', ?2)"), sql);
        assertTrue(sql.contains("n.registration_number = ?2") && sql.contains("c.correspondent_number = ?2"), sql);
        assertTrue(sql.endsWith(" limit 1001"), sql);
    }
}
