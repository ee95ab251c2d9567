package org.letterflow.extraction.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Compares an extraction with the expected answer written by hand, field by field, by the rules
 * of the extraction contract: names after normalising spaces and initials, dates exactly, phones
 * by their digits, texts after normalising spaces, dashes and case. A list field counts element by
 * element; a deadline listed under {@code deadlines_optional} is neither required nor wrong. A field
 * the expected answer does not state at all is not scored.
 */
public final class AnswerCheck {

    /** Fields checked, in the order the evaluation reports them. */
    public static final List<String> FIELDS = List.of("number", "date", "sender", "subject", "addressees", "signatory",
            "executor", "references", "deadlines", "attachments_sheets", "approval_sheet");

    /** Counts for one field: right answers, wrong or extra ones, and missed ones. */
    public record Score(int correct, int wrong, int missed) {

        Score plus(Score other) {
            return new Score(correct + other.correct, wrong + other.wrong, missed + other.missed);
        }

        public double precision() {
            return correct + wrong == 0 ? 1 : (double) correct / (correct + wrong);
        }

        public double recall() {
            return correct + missed == 0 ? 1 : (double) correct / (correct + missed);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private AnswerCheck() {
    }

    public static Map<String, Score> compare(JsonObject expected, JsonObject actual) {
        Map<String, Score> scores = new LinkedHashMap<>();
        scores.put("number", single(expected, actual, "number", v -> text(v).replace(" ", "")));
        scores.put("date", single(expected, actual, "date", AnswerCheck::text));
        scores.put("sender", single(expected, actual, "sender", AnswerCheck::text));
        scores.put("subject", single(expected, actual, "subject", AnswerCheck::text));
        scores.put("addressees", list(expected.get("addressees"), actual.get("addressees"), null, AnswerCheck::text));
        scores.put("signatory", single(expected, actual, "signatory",
                v -> name(((JsonObject) v).get("name")) + "|" + text(((JsonObject) v).get("position"))));
        scores.put("executor", single(expected, actual, "executor",
                v -> name(((JsonObject) v).get("name")) + "|" + digits(((JsonObject) v).get("phone"))));
        scores.put("references", list(expected.get("references"), actual.get("references"), null,
                v -> text(((JsonObject) v).get("number")).replace(" ", "") + "|" + text(((JsonObject) v).get("date"))));
        scores.put("deadlines", list(expected.get("deadlines"), actual.get("deadlines"), expected.get("deadlines_optional"),
                v -> text(((JsonObject) v).get("date"))));
        scores.put("attachments_sheets", single(expected, actual, "attachments_sheets", JsonValue::toString));
        scores.put("approval_sheet", single(expected, actual, "approval_sheet", AnswerCheck::sheet));
        // an answer written for another purpose (the real letters state no addressees) scores only what it states
        scores.keySet().removeIf(field -> !expected.containsKey(field));
        return scores;
    }

    /** Adds the scores of one letter to a running total. */
    public static void addTo(Map<String, Score> total, Map<String, Score> letter) {
        letter.forEach((field, score) -> total.merge(field, score, Score::plus));
    }

    private static Score single(JsonObject expected, JsonObject actual, String field, Function<JsonValue, String> key) {
        JsonValue e = expected.get(field);
        JsonValue a = actual.get(field);
        boolean hasE = e != null && e.getValueType() != JsonValue.ValueType.NULL;
        boolean hasA = a != null && a.getValueType() != JsonValue.ValueType.NULL;
        if (hasE && hasA) {
            return key.apply(e).equals(key.apply(a)) ? new Score(1, 0, 0) : new Score(0, 1, 1);
        }
        return new Score(0, hasA ? 1 : 0, hasE ? 1 : 0);
    }

    private static Score list(JsonValue expected, JsonValue actual, JsonValue optional, Function<JsonValue, String> key) {
        List<String> wanted = keys(expected, key);
        List<String> got = keys(actual, key);
        List<String> allowed = keys(optional, key);
        int correct = 0;
        int wrong = 0;
        for (String g : got) {
            if (wanted.remove(g)) {
                correct++;
            } else if (!allowed.remove(g)) {
                wrong++;
            }
        }
        return new Score(correct, wrong, wanted.size());
    }

    private static List<String> keys(JsonValue array, Function<JsonValue, String> key) {
        List<String> keys = new ArrayList<>();
        if (array instanceof JsonArray items) {
            items.forEach(v -> keys.add(key.apply(v)));
        }
        return keys;
    }

    private static String sheet(JsonValue value) {
        JsonObject s = (JsonObject) value;
        StringBuilder key = new StringBuilder(text(s.get("document_number")) + "|" + text(s.get("document_date")) + "|"
                + text(s.get("initiated_at")) + "|" + text(s.get("type")));
        if (s.get("steps") instanceof JsonArray steps) {
            for (JsonValue v : steps) {
                JsonObject step = (JsonObject) v;
                key.append('|').append(step.get("order")).append(name(step.get("name"))).append(text(step.get("result")))
                        .append(text(step.get("decided_at")));
            }
        }
        return key.toString();
    }

    static String text(JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        String s = v instanceof jakarta.json.JsonString js ? js.getString() : v.toString();
        return LetterText.spaced(s.replace('–', '-').replace('—', '-').replace('ё', 'е').replace('Ё', 'Е')
                .replaceAll("\\s*-\\s*", " - ").replaceAll("[\"«»“”„]", "")).toLowerCase(Locale.ROOT);
    }

    /** "И.Б.Грабцевич", "И.Б. Грабцевич" and "Грабцевич И.Б." are one name. */
    static String name(JsonValue v) {
        String s = text(v).replace(".", ". ");
        List<String> parts = new ArrayList<>(List.of(LetterText.spaced(s).split(" ")));
        parts.sort(null);
        return String.join(" ", parts);
    }

    static String digits(JsonValue v) {
        return text(v).replaceAll("\\D", "");
    }
}
