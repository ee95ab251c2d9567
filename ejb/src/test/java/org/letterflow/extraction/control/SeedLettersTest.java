package org.letterflow.extraction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The five seed letters read from their text: every field equal to its hand-written answer. */
class SeedLettersTest {

    @ParameterizedTest
    @ValueSource(strings = {"minprosvescheniya-2021-01-12-10-1", "minprosvescheniya-2021-01-14-02-5",
            "tomsk-2021-01-15-57-0144", "irkutsk-2025-01-10-02-55-97-25", "tatarstan-2023-04-28-1871-23-D"})
    void everyFieldOfTheSeedIsRead(String seed) throws IOException {
        JsonObject actual = ExtractionJson.of(RequisiteParser.parse(SeedLetters.text(seed), null,
                WorkingCalendar.russian())).build();
        assertEquals("", SeedLetters.differences(SeedLetters.answer(seed), actual));
    }
}
