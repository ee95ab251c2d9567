package org.letterflow.extraction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The five seed letters read from their text: every field equal to its hand-written answer. */
class SeedLettersTest {

    static String resource(String name) throws IOException {
        try (InputStream in = SeedLettersTest.class.getResourceAsStream("/db/demo/letters/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static JsonObject answer(String seed) throws IOException {
        return Json.createReader(new StringReader(resource(seed + ".json"))).readObject();
    }

    /** "" when every field matches, else one line a wrong field: what was expected and what was read. */
    static String differences(JsonObject expected, JsonObject actual) {
        Map<String, AnswerCheck.Score> scores = AnswerCheck.compare(expected, actual);
        return scores.entrySet().stream().filter(e -> e.getValue().wrong() + e.getValue().missed() > 0)
                .map(e -> e.getKey() + ": expected " + expected.get(e.getKey()) + "\n   but read " + actual.get(e.getKey()))
                .collect(Collectors.joining("\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"minprosvescheniya-2021-01-12-10-1", "minprosvescheniya-2021-01-14-02-5",
            "tomsk-2021-01-15-57-0144", "irkutsk-2025-01-10-02-55-97-25", "tatarstan-2023-04-28-1871-23-D"})
    void everyFieldOfTheSeedIsRead(String seed) throws IOException {
        JsonObject actual = ExtractionJson.of(RequisiteParser.parse(resource(seed + ".txt"), null,
                WorkingCalendar.russian())).build();
        assertEquals("", differences(answer(seed), actual));
    }
}
