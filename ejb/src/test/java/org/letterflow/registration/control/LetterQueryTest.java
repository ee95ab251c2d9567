package org.letterflow.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.letterflow.platform.BusinessException;

class LetterQueryTest {

    @Test
    void aControlCharacterInTypedTextIsRefusedNamingTheParameter() {
        BusinessException nul = assertThrows(BusinessException.class,
                () -> new LetterQuery("a\u0000b", null, null, null, null, null, null, null));
        assertEquals("q", nul.field());
        assertTrue(nul.getMessage().contains("«q»") && nul.getMessage().contains("U+0000"), nul.getMessage());
        assertEquals("number", assertThrows(BusinessException.class,
                () -> new LetterQuery(null, "57\u001b", null, null, null, null, null, null)).field());
        assertEquals("correspondent", assertThrows(BusinessException.class,
                () -> new LetterQuery(null, null, null, null, null, null, "\u007f", null)).field());
        assertEquals("executor", assertThrows(BusinessException.class,
                () -> new LetterQuery(null, null, null, null, null, null, null, null, "Петров\n")).field());
    }

    @Test
    void ordinaryTextIsASearch() {
        assertEquals("письма о «кампании» № 5", new LetterQuery("письма о «кампании» № 5", "57-0144/25", null, null,
                null, null, "Школа № 5", null).text());
    }
}
