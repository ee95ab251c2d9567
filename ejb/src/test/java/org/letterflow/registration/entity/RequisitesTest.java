package org.letterflow.registration.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RequisitesTest {

    private static Requisites of(String subject, String number, LocalDate date) {
        return new Requisites(subject, null, "Минпросвещения России", number, date, null, null, null, null, null,
                null, false);
    }

    @Test
    void theDifferencesNameEachChangedFieldWithBeforeAndAfter() {
        Requisites before = of("Об информационном взаимодействии", "10-1", LocalDate.of(2021, 1, 12));
        Requisites after = of("О взаимодействии", "10-1", LocalDate.of(2021, 1, 13));
        assertEquals("""
                subject: «Об информационном взаимодействии» → «О взаимодействии»
                correspondentDate: «2021-01-12» → «2021-01-13»""", after.differencesFrom(before));
    }

    @Test
    void noChangeIsNoDifference() {
        Requisites same = of("Тема", null, null);
        assertEquals("", same.differencesFrom(of("Тема", null, null)));
    }
}
