package org.letterflow.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
