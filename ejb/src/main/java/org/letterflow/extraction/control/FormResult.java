package org.letterflow.extraction.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.letterflow.extraction.control.AnswerCheck.Score;

/**
 * One form's figures in an evaluation ({@code evaluate}): per field the extractor's and the naive
 * baseline's scores, and how calibrated the extractor is: per field, {answers at ≥
 * {@link Confidence#SURE}, of them right, answers below it, of them right}.
 */
public record FormResult(String form, int letters, int cut, Map<String, Score> fields, Map<String, Score> baseline,
                         Map<String, int[]> calibration, long readingMillis, long parsingMillis, long pages,
                         List<String> misses) {

    /** The mean F1 over the fields that any answer, expected or read, filled in. */
    public double meanF1() {
        return mean(fields);
    }

    public double baselineMeanF1() {
        return mean(baseline);
    }

    private double mean(Map<String, Score> scores) {
        return fields.entrySet().stream().filter(e -> e.getValue().correct() + e.getValue().wrong() + e.getValue().missed() > 0)
                .mapToDouble(e -> scores.getOrDefault(e.getKey(), new Score(0, 0, 0)).f1()).average().orElse(1);
    }

    /** The scores of a form's letters, added up one letter at a time. */
    public static final class Tally {

        private final Map<String, Score> total = new LinkedHashMap<>();
        private final Map<String, Score> baseline = new LinkedHashMap<>();
        private final Map<String, int[]> calibration = new LinkedHashMap<>();
        private final List<String> misses = new ArrayList<>();
        private long reading;
        private long parsing;
        private long pages;
        private int cut;
        private int letters;

        /**
         * One letter: its expected answer, the extractor's, and the naive baseline's on the same text;
         * the time it took to read and to parse, and its pages (null when it has none).
         */
        public Tally add(String letter, JsonObject expected, JsonObject actual, JsonObject naive,
                         long readingMillis, long parsingMillis, Integer letterPages) {
            letters++;
            if (expected.get("complete") == JsonValue.FALSE) {
                cut++; // cut by its source: the answer holds only what the stored text shows, and is scored so
            }
            Map<String, Score> scores = AnswerCheck.compare(expected, actual);
            AnswerCheck.addTo(total, scores);
            AnswerCheck.addTo(baseline, AnswerCheck.compare(expected, naive));
            // calibration counts answers (each deadline, each reference), not letters: a field left empty said nothing
            for (AnswerCheck.Answer a : AnswerCheck.answers(expected, actual)) {
                int[] c = calibration.computeIfAbsent(a.field(), k -> new int[4]);
                boolean high = a.confidence() >= Confidence.SURE;
                c[high ? 0 : 2]++;
                c[high ? 1 : 3] += a.right() ? 1 : 0;
                if (!a.right() && high) {
                    misses.add(letter + ": " + a.field() + " wrong at confidence " + a.confidence());
                }
            }
            scores.forEach((field, s) -> {
                if (s.wrong() + s.missed() > 0) {
                    misses.add(letter + ": " + field);
                }
            });
            reading += readingMillis;
            parsing += parsingMillis;
            pages += letterPages == null ? 0 : letterPages;
            return this;
        }

        public FormResult result(String form) {
            return new FormResult(form, letters, cut, total, baseline, calibration, reading, parsing, pages, misses);
        }
    }
}
