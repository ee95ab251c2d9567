package org.letterflow.registration.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Imported numbers the template could have written get their sequence, so new ones continue after them. */
class NumberPatternTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Вх-{seq}|Вх-38|2025|38",
            "Вх-{seq}|Вх-1|2025|1",
            "Вх-{seq}|Вх-0|2025|",
            "Вх-{seq}|Вх-038|2025|",
            "Вх-{seq}|вх-38|2025|",
            "Вх-{seq}|Вх-38а|2025|",
            "57-{seq:4}|57-0144|2021|144",
            "57-{seq:4}|57-144|2021|",
            "57-{seq:4}|57-12345|2021|12345",
            "57-{seq:4}|57-0000|2021|",
            "{seq}/{yy}-Д|1871/23-Д|2023|1871",
            "{seq}/{yy}-Д|1871/24-Д|2023|",
            "{seq}.{yyyy}(к)|5.2025(к)|2025|5",
            "{seq}.{yyyy}(к)|5x2025(к)|2025|",
            "{seq}.{yyyy}(к)|=5.2025(к)|2025|",
    })
    void recognisesTheNumbersItsTemplateWrites(String template, String number, int year, Long sequence) {
        NumberTemplate t = NumberTemplate.of(template);
        assertEquals(sequence == null ? OptionalLong.empty() : OptionalLong.of(sequence),
                t.numberPattern().sequenceOf(number, year));
        if (sequence != null) {
            assertEquals(number, t.format(sequence, year));
        }
    }
}
