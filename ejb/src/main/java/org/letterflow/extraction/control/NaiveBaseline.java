package org.letterflow.extraction.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The yardstick the evaluation prints beside the extractor: what a ten-line regular expression
 * reads out of a letter. The first "№ …" is its number, the first full date its date, every full
 * date after "до" or "не позднее" a deadline, every "от DATE № N" after the first a reference. Nothing
 * else. If the extractor does not beat this on a field, its rules for that field are not earning
 * their keep.
 */
public final class NaiveBaseline {

    private static final Pattern NUMBER = Pattern.compile("(?:№|N)\\s*(" + Names.LETTER_NUMBER + ")");
    private static final Pattern DATE = Pattern.compile("(?iu)" + RussianDates.DATE);
    private static final Pattern DEADLINE = Pattern.compile("(?iu)(?<![\\p{L}])(?:до|не\\s+позднее)\\s+(" + RussianDates.DATE + ")");
    private static final Pattern CITED = Pattern.compile("(?iu)от\\s+(" + RussianDates.DATE + ")\\s*(?:г\\.)?\\s*(?:№|N)\\s*("
            + Names.LETTER_NUMBER + ")");

    private NaiveBaseline() {
    }

    public static JsonObject answer(String text) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        Matcher number = NUMBER.matcher(text);
        if (number.find()) {
            o.add("number", number.group(1));
        } else {
            o.addNull("number");
        }
        Matcher date = DATE.matcher(text);
        LocalDate own = date.find() ? RussianDates.parse(date.group()) : null;
        if (own != null) {
            o.add("date", own.toString());
        } else {
            o.addNull("date");
        }
        JsonArrayBuilder deadlines = Json.createArrayBuilder();
        Matcher d = DEADLINE.matcher(text);
        while (d.find()) {
            LocalDate due = RussianDates.parse(d.group(1));
            if (due != null) {
                deadlines.add(Json.createObjectBuilder().add("date", due.toString()));
            }
        }
        o.add("deadlines", deadlines);
        JsonArrayBuilder references = Json.createArrayBuilder();
        Matcher cited = CITED.matcher(text);
        boolean first = true;
        while (cited.find()) {
            LocalDate on = RussianDates.parse(cited.group(1));
            if (!first && on != null) {
                references.add(Json.createObjectBuilder().add("number", cited.group(2)).add("date", on.toString()));
            }
            first = false;
        }
        o.add("references", references);
        for (String field : new String[] {"sender", "subject", "signatory", "executor", "attachments_sheets", "approval_sheet"}) {
            o.addNull(field);
        }
        return o.add("addressees", Json.createArrayBuilder()).build();
    }
}
