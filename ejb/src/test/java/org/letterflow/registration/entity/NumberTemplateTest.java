package org.letterflow.registration.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTemplateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10-{seq}         | 1    | 2021 | 10-1",
            "57-{seq:4}       | 144  | 2021 | 57-0144",
            "02-55-{seq}/{yy} | 97   | 2025 | 02-55-97/25",
            "{seq}/{yy}-Д     | 1871 | 2023 | 1871/23-Д",
            "Вх-{seq}/{yyyy}  | 5    | 2026 | Вх-5/2026",
            "{seq:2}          | 12345| 2026 | 12345"})
    void theSeedNumbersAreReproduced(String template, long sequence, int year, String number) {
        assertEquals(number, NumberTemplate.of(template).format(sequence, year));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "10-", "{seq}-{seq}", "{seq:0}", "{seq:10}", "{yy:2}-{seq}", "{n}-{seq}",
            "{seq}-}", "{{seq}"})
    void aBrokenTemplateIsRefused(String template) {
        assertThrows(IllegalArgumentException.class, () -> NumberTemplate.of(template));
    }

    @Test
    void theTemplateShowsItsParts() {
        assertEquals(java.util.List.of("02-55-", "{seq}", "/", "{yy}"), NumberTemplate.of("02-55-{seq}/{yy}").parts());
    }

    /** What the database is given to write a number in the statement that takes it. */
    @Test
    void aYearsNumbersAroundTheirSequence() {
        NumberAffixes around = NumberTemplate.of("{yyyy}/57-{seq:4}-{yy}Д").around(2023);
        assertEquals(new NumberAffixes("2023/57-", 4, "-23Д"), around);
        assertEquals("2023/57-0144-23Д", around.with(144));
        assertEquals("2023/57-123456-23Д", around.with(123456), "wider than N: all digits, as %0Nd writes them");
        assertEquals(new NumberAffixes("Вх-", 0, ""), NumberTemplate.of("Вх-{seq}").around(2026));
    }

    @Test
    void aTemplateIsKeptWithoutTheSpacesAroundIt() {
        assertEquals("Вх-{seq}", NumberTemplate.of("  Вх-{seq} ").pattern());
        assertEquals(NumberTemplate.of("Вх-{seq}"), NumberTemplate.of(" Вх-{seq}"));
        assertEquals(NumberTemplate.of("Вх-{seq}").hashCode(), NumberTemplate.of(" Вх-{seq}").hashCode());
        assertNotEquals(NumberTemplate.of("Вх-{seq}"), NumberTemplate.of("Исх-{seq}"), "another template numbers otherwise");
    }

    @Test
    void aTemplateIsAtMostAHundredCharacters() {
        String hundred = "{seq}" + "я".repeat(95);
        assertEquals(hundred, NumberTemplate.of(hundred).pattern());
        assertThrows(IllegalArgumentException.class, () -> NumberTemplate.of(hundred + "я"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{seq:1}|7|7", "{seq:9}|7|000000007", "{yy}-{seq}|7|05-7", "{yyyy}-{seq}|7|2005-7"})
    void theWidthIsOneToNineDigitsAndTheYearIsWrittenAsAsked(String template, long sequence, String number) {
        assertEquals(number, NumberTemplate.of(template).format(sequence, 2005));
    }

    @Test
    void theWholeTemplateIsOnePartWhenItIsOnlyTheSequence() {
        assertEquals(java.util.List.of("{seq}"), NumberTemplate.of("{seq}").parts());
        assertEquals(java.util.List.of("{seq:3}", "-Д"), NumberTemplate.of("{seq:3}-Д").parts());
    }
}
