package org.letterflow.extraction.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.letterflow.extraction.entity.Deadline;
import org.letterflow.extraction.entity.Extraction;
import org.letterflow.extraction.entity.LetterExtraction;
import org.letterflow.extraction.entity.LetterReference;
import org.letterflow.extraction.entity.PrintedApprovalSheet;
import org.letterflow.extraction.entity.RecurringDeadline;
import org.letterflow.extraction.entity.Span;

/**
 * An extraction as the JSON object of the extraction contract ({@code shared/extraction-schema.md}):
 * snake_case names, {@code YYYY-MM-DD} dates, nulls written out. One writer for the command line
 * and the REST API, so both answer exactly alike.
 */
public final class ExtractionJson {

    private static final Extraction EMPTY = new Extraction(null, null, null, null, List.of(), null, null, List.of(),
            List.of(), List.of(), null, null, Map.of(), Map.of());
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private ExtractionJson() {
    }

    /**
     * A file's extraction. With {@code withText} the extracted text is included (the UI highlights
     * in it); the command line leaves it out. A file that could not be read has every field empty
     * and an {@code error}.
     */
    public static JsonObjectBuilder of(LetterExtraction x, boolean withFileName, boolean withText) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        if (withFileName) {
            put(o, "file", x.file());
        }
        JsonObject fields = of(x.requisites() != null ? x.requisites() : EMPTY).build();
        fields.forEach(o::add);
        put(o, "error", x.error());
        put(o, "media_type", x.mediaType());
        if (x.pages() != null) {
            o.add("pages", x.pages());
        }
        o.add("recognised", x.recognised());
        if (withText) {
            put(o, "text", x.text());
        }
        return o;
    }

    public static JsonObjectBuilder of(Extraction e) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        put(o, "number", e.number());
        put(o, "date", e.date());
        put(o, "sender", e.sender());
        put(o, "subject", e.subject());
        JsonArrayBuilder addressees = Json.createArrayBuilder();
        e.addressees().forEach(addressees::add);
        o.add("addressees", addressees);
        if (e.signatory() == null) {
            o.addNull("signatory");
        } else {
            JsonObjectBuilder s = Json.createObjectBuilder();
            put(s, "position", e.signatory().position());
            put(s, "name", e.signatory().name());
            o.add("signatory", s);
        }
        if (e.executor() == null) {
            o.addNull("executor");
        } else {
            JsonObjectBuilder x = Json.createObjectBuilder();
            put(x, "name", e.executor().name());
            put(x, "phone", e.executor().phone());
            o.add("executor", x);
        }
        JsonArrayBuilder references = Json.createArrayBuilder();
        for (LetterReference r : e.references()) {
            JsonObjectBuilder ref = Json.createObjectBuilder();
            put(ref, "number", r.number());
            put(ref, "date", r.date());
            references.add(ref);
        }
        o.add("references", references);
        JsonArrayBuilder deadlines = Json.createArrayBuilder();
        for (Deadline d : e.deadlines()) {
            JsonObjectBuilder dl = Json.createObjectBuilder();
            put(dl, "date", d.date());
            put(dl, "text", d.sentence());
            if (d.relative() != null) {
                dl.add("relative", d.relative());
            }
            if (d.yearFrom() != null) {
                dl.add("year_from", d.yearFrom());
            }
            dl.add("confidence", d.confidence());
            deadlines.add(dl.add("start", d.start()).add("end", d.end()));
        }
        o.add("deadlines", deadlines);
        JsonArrayBuilder recurring = Json.createArrayBuilder();
        for (RecurringDeadline r : e.recurringDeadlines()) {
            recurring.add(Json.createObjectBuilder().add("rule", r.rule()).add("text", r.sentence())
                    .add("start", r.start()).add("end", r.end()));
        }
        o.add("recurring_deadlines", recurring);
        if (e.attachmentsSheets() == null) {
            o.addNull("attachments_sheets");
        } else {
            o.add("attachments_sheets", e.attachmentsSheets());
        }
        if (e.approvalSheet() == null) {
            o.addNull("approval_sheet");
        } else {
            o.add("approval_sheet", sheet(e.approvalSheet()));
        }
        JsonObjectBuilder confidence = Json.createObjectBuilder();
        e.confidence().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(c -> confidence.add(c.getKey(), c.getValue()));
        o.add("confidence", confidence);
        JsonObjectBuilder spans = Json.createObjectBuilder();
        e.spans().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(s -> spans.add(s.getKey(), span(s.getValue())));
        o.add("spans", spans);
        return o;
    }

    private static JsonObjectBuilder sheet(PrintedApprovalSheet sheet) {
        JsonObjectBuilder s = Json.createObjectBuilder();
        put(s, "document_number", sheet.documentNumber());
        put(s, "document_date", sheet.documentDate());
        JsonObjectBuilder initiator = Json.createObjectBuilder();
        put(initiator, "name", sheet.initiatorName());
        put(initiator, "position", sheet.initiatorPosition());
        s.add("initiator", initiator);
        put(s, "initiated_at", sheet.initiatedAt());
        put(s, "type", sheet.type());
        JsonArrayBuilder steps = Json.createArrayBuilder();
        for (PrintedApprovalSheet.Step step : sheet.steps()) {
            JsonObjectBuilder st = Json.createObjectBuilder().add("order", step.order());
            put(st, "name", step.name());
            put(st, "due", step.due());
            put(st, "result", step.result());
            put(st, "decided_at", step.decidedAt());
            put(st, "remarks", step.remarks());
            steps.add(st);
        }
        return s.add("steps", steps);
    }

    private static JsonObject span(Span span) {
        return Json.createObjectBuilder().add("start", span.start()).add("end", span.end()).build();
    }

    private static void put(JsonObjectBuilder o, String name, Object value) {
        if (value == null) {
            o.addNull(name);
        } else if (value instanceof LocalDateTime at) {
            o.add(name, MINUTES.format(at));
        } else if (value instanceof LocalDate day) {
            o.add(name, day.toString());
        } else {
            o.add(name, value.toString());
        }
    }
}
