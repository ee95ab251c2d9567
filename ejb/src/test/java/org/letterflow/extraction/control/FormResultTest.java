package org.letterflow.extraction.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.letterflow.extraction.control.AnswerCheck.Score;

/** The evaluation's scoring and tables, without reading a file: two letters' answers added up by hand. */
class FormResultTest {

    private static final JsonObject NOTHING = json("{}");

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    /** a.txt right on both fields (sure of its number only); b.txt, cut by its source, sure of a wrong number. */
    private static FormResult twoLetters() {
        return new FormResult.Tally()
                .add("a.txt", json("{\"number\": \"12\", \"subject\": \"Об отпуске\"}"),
                        json("{\"number\": \"12\", \"subject\": \"Об отпуске\", \"confidence\": {\"number\": 0.95, \"subject\": 0.5}}"),
                        json("{\"number\": \"12\"}"), 100, 10, 2)
                .add("b.txt", json("{\"number\": \"7\", \"complete\": false}"),
                        json("{\"number\": \"8\", \"confidence\": {\"number\": 0.95}}"), NOTHING, 50, 5, null)
                .result("txt");
    }

    @Test
    void addsUpScoresTimesAndCalibrationPerField() {
        FormResult r = twoLetters();
        assertEquals(2, r.letters());
        assertEquals(1, r.cut());
        assertEquals(new Score(1, 1, 1), r.fields().get("number"));
        assertEquals(new Score(1, 0, 1), r.baseline().get("number"));
        assertArrayEquals(new int[] {2, 1, 0, 0}, r.calibration().get("number"));
        assertArrayEquals(new int[] {0, 0, 1, 1}, r.calibration().get("subject"));
        assertEquals(150, r.readingMillis());
        assertEquals(15, r.parsingMillis());
        assertEquals(2, r.pages());
        assertEquals(List.of("b.txt: number wrong at confidence 0.95", "b.txt: number"), r.misses());
        // number: precision and recall 1/2, F1 0.5; subject: 1 — the baseline found no subject at all
        assertEquals(0.75, r.meanF1(), 1e-9);
        assertEquals((2.0 / 3 + 0) / 2, r.baselineMeanF1(), 1e-9);
    }

    @Test
    void tablesShowEachFieldsShareRightAboveAndBelowSure() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        FormResult r = twoLetters();
        EvaluationTables.printForm("corpus", r, out);
        EvaluationTables.printCalibration("two letters", List.of(r, r), out);
        String tables = printed.toString(StandardCharsets.UTF_8);
        assertTrue(tables.contains("### corpus, txt: 2 letters (1 cut by their source)"), tables);
        assertTrue(tables.contains("| number | 0.50 | 0.50 | 0.50 | 0.67 | 1 | 1 | 1 | 1/2 (50%) | — |"), tables);
        assertTrue(tables.contains("| txt | 2 | 2 | 150 | 0.08 | 15 | 9.1% |"), tables);
        assertTrue(tables.contains("| number | 4 | 2/4 (50%) | — |"), tables);
        assertTrue(tables.contains("| all fields | 6 | 2/4 (50%) | 2/2 (100%) |"), tables);
    }
}
