package org.letterflow.extraction.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The seed letters of the demo data (their text and their hand-written expected answer) and the
 * comparison of an extraction with that answer. Shared with the web module's tests.
 */
public final class SeedLetters {

    public static final List<String> ALL = List.of("minprosvescheniya-2021-01-12-10-1", "minprosvescheniya-2021-01-14-02-5",
            "tomsk-2021-01-15-57-0144", "irkutsk-2025-01-10-02-55-97-25", "tatarstan-2023-04-28-1871-23-D");

    private SeedLetters() {
    }

    public static String text(String seed) {
        try (InputStream in = SeedLetters.class.getResourceAsStream("/db/demo/letters/" + seed + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonObject answer(String seed) {
        try (InputStream in = SeedLetters.class.getResourceAsStream("/db/demo/letters/" + seed + ".json")) {
            return Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8))).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "" when every field matches, else one line a wrong field: what was expected and what was read. */
    public static String differences(JsonObject expected, JsonObject actual) {
        Map<String, AnswerCheck.Score> scores = AnswerCheck.compare(expected, actual);
        return scores.entrySet().stream().filter(e -> e.getValue().wrong() + e.getValue().missed() > 0)
                .map(e -> e.getKey() + ": expected " + expected.get(e.getKey()) + "\n   but read " + actual.get(e.getKey()))
                .collect(Collectors.joining("\n"));
    }
}
