package org.letterflow.registration.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportedRowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final ImportMapping MAPPING = new ImportMapping(Map.of(ImportField.NUMBER, 0, ImportField.DATE, 1,
            ImportField.CORRESPONDENT, 2, ImportField.CORRESPONDENT_DATE, 3, ImportField.SUBJECT, 4), true, null, null);

    private static ImportedRow row(String... cells) {
        return ImportedRow.read(7, Arrays.asList(cells), MAPPING, TODAY);
    }

    @Test
    void aGoodRowKeepsItsValuesAsWritten() {
        ImportedRow row = row(" 57-0144 ", "05.03.2025", "Минобрнауки", "3.3.2025", "О сроках отчёта");
        assertTrue(row.valid(), row.problems().toString());
        assertEquals("57-0144", row.text(ImportField.NUMBER));
        assertEquals(LocalDate.of(2025, 3, 5), row.date(ImportField.DATE));
        assertEquals(LocalDate.of(2025, 3, 3), row.date(ImportField.CORRESPONDENT_DATE));
        assertEquals(7, row.rowNumber());
    }

    @Test
    void anImpossibleDateIsRefusedNotMovedToMarch() {
        ImportedRow row = row("1", "31.02.2025", "Школа", null, "Тема");
        assertFalse(row.valid());
        assertEquals(List.of("дата регистрации «31.02.2025» — такой даты нет"), row.problems());
        assertNull(row.date(ImportField.DATE));
    }

    @Test
    void aMissingNumberAndSubjectAreNamed() {
        ImportedRow row = row("  ", "05.03.2025", "Школа", null, "");
        assertEquals(List.of("не указан регистрационный номер", "не заполнено поле «Краткое содержание»"),
                row.problems());
    }

    @Test
    void aMissingDateIsNamedOnce() {
        assertEquals(List.of("не указана дата регистрации"), row("1", null, "Школа", null, "Тема").problems());
    }

    @Test
    void twoDigitYearsAndOtherShapesAreRefusedWithTheFormat() {
        assertEquals(List.of("дата регистрации «05.03.25»: год указан двумя цифрами, нужно ДД.ММ.ГГГГ"),
                row("1", "05.03.25", "Школа", null, "Тема").problems());
        assertEquals(List.of("дата письма корреспондента «вчера» не в формате ДД.ММ.ГГГГ"),
                row("1", "05.03.2025", "Школа", "вчера", "Тема").problems());
        assertTrue(row("1", "2025-03-05", "Школа", null, "Тема").valid());
    }

    @Test
    void aRegistrationDateInTheFutureIsATypingMistake() {
        assertEquals(List.of("дата регистрации 03.12.2026 ещё не наступила"),
                row("1", "03.12.2026", "Школа", null, "Тема").problems());
    }

    @Test
    void formulaLookingCellsStayTheTextTheyAre() {
        ImportedRow row = row("=1+1", "05.03.2025", "@SUM(A1)", null, "-2+3 =HYPERLINK(\"http://x\")");
        assertTrue(row.valid());
        assertEquals("=1+1", row.text(ImportField.NUMBER));
        assertEquals("@SUM(A1)", row.text(ImportField.CORRESPONDENT));
        assertEquals("-2+3 =HYPERLINK(\"http://x\")", row.text(ImportField.SUBJECT));
    }

    @Test
    void tooLongAValueIsRefusedNotCut() {
        ImportedRow row = row("1".repeat(121), "05.03.2025", "Школа", null, "Тема");
        assertEquals(List.of("«Регистрационный номер» длиннее 120 символов"), row.problems());
    }

    @Test
    void aShortRowReadsItsMissingCellsAsEmpty() {
        assertEquals(List.of("не заполнено поле «Краткое содержание»"), row("1", "05.03.2025").problems());
    }

    @Test
    void blankRowsAreNoRows() {
        assertTrue(ImportedRow.blank(Arrays.asList("", null, "  ")));
        assertFalse(ImportedRow.blank(List.of("", "x")));
    }

    @Test
    void aValueOfExactlyTheLongestLengthIsKept() {
        ImportedRow row = row("1".repeat(120), "05.03.2025", "Школа", null, "Тема");
        assertTrue(row.valid(), row.problems().toString());
        assertEquals(120, row.text(ImportField.NUMBER).length());
    }

    @Test
    void nineteenHundredIsTheFirstYearAJournalMayHold() {
        assertEquals(LocalDate.of(1900, 1, 1), row("1", "01.01.1900", "Школа", null, "Тема").date(ImportField.DATE));
        ImportedRow before = row("1", "31.12.1899", "Школа", null, "Тема");
        assertEquals(List.of("дата регистрации «31.12.1899» раньше 1900 года"), before.problems());
        assertNull(before.date(ImportField.DATE));
    }

    @Test
    void anIsoDateIsReadAsTheSameDay() {
        assertEquals(LocalDate.of(2025, 3, 5), row("1", "2025-03-05", "Школа", null, "Тема").date(ImportField.DATE));
    }

    @Test
    void aLongMisshapenDateIsQuotedByItsFirstFortyCharacters() {
        String forty = "примерно в начале марта прошлого года!!!";
        assertEquals(40, forty.length());
        assertEquals(List.of("дата письма корреспондента «" + forty + "» не в формате ДД.ММ.ГГГГ"),
                row("1", "05.03.2025", "Школа", forty, "Тема").problems());
        assertEquals(List.of("дата письма корреспондента «" + forty + "…» не в формате ДД.ММ.ГГГГ"),
                row("1", "05.03.2025", "Школа", forty + "?", "Тема").problems());
    }

    @Test
    void aNulCharacterIsDroppedWhereverItStands() {
        assertEquals("57-1", ImportedRow.clean("\u000057-\u00001"));
        assertEquals("57", ImportedRow.clean(" 57\u0000 "));
        assertNull(ImportedRow.clean("\u0000 "), "nothing but a NUL is nothing");
    }
}
