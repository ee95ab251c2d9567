package org.letterflow.forwarding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.letterflow.registration.entity.Requisites;

/** The reference a cover letter makes to the letter it passes on, whatever of it is known. */
class CoverLetterTest {

    private static Requisites incoming(String number, LocalDate date) {
        return new Requisites("О мониторинге", null, "Минпросвещения России", number, date, null, null, null, null,
                null, null, false);
    }

    @Test
    void theReferenceNamesSenderDateAndNumber() {
        assertEquals("В соответствии с письмом Минпросвещения России от 15.01.2021 № 03-1502 направляем для"
                        + " использования в работе.",
                CoverLetter.reference("Минпросвещения России", incoming("03-1502", LocalDate.of(2021, 1, 15))));
    }

    @Test
    void whatIsNotKnownIsLeftOutWithItsSpace() {
        assertEquals("В соответствии с письмом направляем для использования в работе.",
                CoverLetter.reference(null, incoming(null, null)));
        assertEquals("В соответствии с письмом № 7 направляем для использования в работе.",
                CoverLetter.reference(null, incoming("7", null)));
        assertEquals("В соответствии с письмом Управления от 01.02.2026 направляем для использования в работе.",
                CoverLetter.reference("  Управления ", incoming(null, LocalDate.of(2026, 2, 1))));
    }
}
