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

    /** One value the extractor gave, how sure it said it was, and whether the expected answer agrees. */
    public record Answer(String field, double confidence, boolean right) {
    }

    /** Fields whose answer is a list: each element is an answer of its own. */
    private static final List<String> LISTS = List.of("addressees", "references", "deadlines");

    private AnswerCheck() {
    }

    /**
     * Every value the extraction gave for a field the expected answer states, with its confidence (a
     * deadline's own, else the field's; 0 where none was given) and whether it is right. A field left
     * empty is no answer, and a deadline listed under {@code deadlines_optional} is neither right nor
     * wrong, so neither is counted.
     */
    public static List<Answer> answers(JsonObject expected, JsonObject actual) {
        List<Answer> answers = new ArrayList<>();
        JsonObject sure = actual.get("confidence") instanceof JsonObject c ? c : JsonValue.EMPTY_JSON_OBJECT;
        for (String field : FIELDS) {
            if (!expected.containsKey(field)) {
                continue;
            }
            Function<JsonValue, String> key = key(field);
            double fieldSure = sure.get(field) instanceof jakarta.json.JsonNumber n ? n.doubleValue() : 0;
            JsonValue a = actual.get(field);
            if (LISTS.contains(field)) {
                List<String> wanted = keys(expected.get(field), key);
                List<String> allowed = keys(expected.get(field + "_optional"), key);
                if (a instanceof JsonArray items) {
                    for (JsonValue item : items) {
                        String k = key.apply(item);
                        double itemSure = item instanceof JsonObject o && o.get("confidence") instanceof jakarta.json.JsonNumber n
                                ? n.doubleValue() : fieldSure;
                        if (wanted.remove(k)) {
                            answers.add(new Answer(field, itemSure, true));
                        } else if (!allowed.remove(k)) {
                            answers.add(new Answer(field, itemSure, false));
                        }
                    }
                }
            } else if (a != null && a.getValueType() != JsonValue.ValueType.NULL) {
                JsonValue e = expected.get(field);
                boolean right = e != null && e.getValueType() != JsonValue.ValueType.NULL && key.apply(e).equals(key.apply(a));
                answers.add(new Answer(field, fieldSure, right));
            }
        }
        return answers;
    }

    /** How two values of a field are compared: the same key, the same answer. */
    private static Function<JsonValue, String> key(String field) {
        return switch (field) {
            case "number" -> v -> text(v).replace(" ", "");
            case "signatory" -> v -> name(((JsonObject) v).get("name")) + "|" + text(((JsonObject) v).get("position"));
            case "executor" -> v -> name(((JsonObject) v).get("name")) + "|" + digits(((JsonObject) v).get("phone"));
            case "references" -> v -> text(((JsonObject) v).get("number")).replace(" ", "") + "|" + text(((JsonObject) v).get("date"));
            case "deadlines" -> v -> text(((JsonObject) v).get("date"));
            case "attachments_sheets" -> JsonValue::toString;
            case "approval_sheet" -> AnswerCheck::sheet;
            default -> AnswerCheck::text;
        };
    }

    public static Map<String, Score> compare(JsonObject expected, JsonObject actual) {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String field : FIELDS) {
            scores.put(field, LISTS.contains(field)
                    ? list(expected.get(field), actual.get(field), expected.get(field + "_optional"), key(field))
                    : single(expected, actual, field, key(field)));
        }
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
