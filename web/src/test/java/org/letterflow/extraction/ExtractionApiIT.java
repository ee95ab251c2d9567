package org.letterflow.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.letterflow.extraction.control.LetterForms;
import org.letterflow.extraction.control.SeedLetters;
import org.letterflow.it.Api;
import org.letterflow.it.DeployedApplication;

/** POST /api/v1/extractions on the deployed application: the seeds in every form, and bad input. */
class ExtractionApiIT extends DeployedApplication {

    private static final String SEED = "minprosvescheniya-2021-01-14-02-5";

    @Test
    void everySeedLetterReadsAsItsAnswerSays() {
        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        for (String seed : SeedLetters.ALL) {
            Api.Reply reply = clerk.upload("api/v1/extractions", seed + ".txt", SeedLetters.text(seed).getBytes(StandardCharsets.UTF_8));
            assertEquals(200, reply.status(), reply.body());
            assertEquals("", SeedLetters.differences(SeedLetters.answer(seed), reply.json()), seed);
            assertFalse(reply.json().getString("text").isBlank(), "the text comes along, for highlighting");
            assertEquals("", unweighed(reply.json()), seed);
        }
    }

    /** The fields and deadlines an answer filled without saying how sure it is of them; empty when every one says. */
    private static String unweighed(JsonObject answer) {
        StringBuilder missing = new StringBuilder();
        JsonObject confidence = answer.getJsonObject("confidence");
        for (String field : new String[] {"number", "date", "sender", "subject", "signatory", "executor", "attachments_sheets"}) {
            if (!answer.isNull(field) && !confidence.containsKey(field)) {
                missing.append(field).append(' ');
            }
        }
        if (!answer.getJsonArray("references").isEmpty() && !confidence.containsKey("references")) {
            missing.append("references ");
        }
        for (JsonObject deadline : answer.getJsonArray("deadlines").getValuesAs(JsonObject.class)) {
            double sure = deadline.getJsonNumber("confidence").doubleValue();
            if (sure <= 0 || sure > 1) {
                missing.append("deadline ").append(deadline.getString("date")).append(' ');
            }
        }
        return missing.toString().strip();
    }

    @Test
    void aPdfAndADocxReadTheSame() throws Exception {
        Api clerk = Api.as(base, "irkutsk.clerk", "demo");
        String text = SeedLetters.text(SEED);
        for (var file : new Object[][] {{"letter.pdf", LetterForms.pdf(text)}, {"letter.docx", LetterForms.docx(text)}}) {
            Api.Reply reply = clerk.upload("api/v1/extractions", (String) file[0], (byte[]) file[1]);
            assertEquals(200, reply.status(), reply.body());
            assertEquals("", SeedLetters.differences(SeedLetters.answer(SEED), reply.json()), (String) file[0]);
        }
    }

    @Test
    void aScanIsRecognisedInTheBackgroundWithProgress() throws Exception {
        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        Api.Reply started = clerk.upload("api/v1/extractions?async=true", "scan.pdf", LetterForms.scan(SeedLetters.text(SEED)));
        assertEquals(202, started.status(), started.body());
        String location = started.header("Location").orElseThrow();
        String job = location.substring(location.indexOf("api/v1/"));
        JsonObject state = started.json();
        for (int i = 0; i < 240 && !"DONE".equals(state.getString("state")); i++) {
            Thread.sleep(500);
            state = clerk.get(job).json();
            assertTrue(state.getInt("pages_done") <= state.getInt("pages"), state.toString());
        }
        assertEquals("DONE", state.getString("state"));
        JsonObject result = state.getJsonObject("result");
        assertTrue(result.getBoolean("recognised"), "read by OCR");
        assertEquals("", SeedLetters.differences(SeedLetters.answer(SEED), result));
        // a number copied character by character from OCR is one to check, whatever line it stood on
        assertTrue(result.getJsonObject("confidence").getJsonNumber("number").doubleValue() < 0.9, result.toString());
        assertEquals("", unweighed(result));

        assertEquals(404, Api.as(base, "irkutsk.clerk", "demo").get(job).status(), "another clerk's job is not theirs to see");
    }

    @Test
    void badInputIsAProblemOrAnErrorNeverAStackTrace() {
        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        Api.Reply noFile = clerk.post("api/v1/extractions", "{}");
        assertTrue(noFile.status() == 400 || noFile.status() == 415, noFile.body());
        assertTrue(noFile.contentType().startsWith("application/problem+json"), noFile.contentType());

        Api.Reply tooLarge = clerk.upload("api/v1/extractions", "big.pdf", new byte[1024 * 1024 + 1]);
        assertEquals(413, tooLarge.status(), tooLarge.body());

        Api.Reply badDate = clerk.upload("api/v1/extractions?received=2025-02-30", "a.txt", "текст".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, badDate.status(), badDate.body());
        assertTrue(badDate.body().contains("2025-02-30"), badDate.body());

        Api.Reply empty = clerk.upload("api/v1/extractions", "empty.docx", new byte[0]);
        assertEquals(200, empty.status(), empty.body());
        assertEquals("файл пуст", empty.json().getString("error"));

        Api.Reply garbage = clerk.upload("api/v1/extractions", "garbage.pdf", "%PDF-1.7 не PDF".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, garbage.status(), garbage.body());
        assertTrue(garbage.json().getString("error").startsWith("файл не прочитан"), garbage.body());
        assertFalse(garbage.body().contains("Exception:") && garbage.body().contains("\tat "), "no stack trace");

        assertEquals(404, clerk.get("api/v1/extractions/no-such-job").status());
        assertEquals(401, Api.anonymous(base).upload("api/v1/extractions", "a.txt", new byte[] {1}).status());
    }

    @Test
    void dueDatesAreKeptForALetterAndClerksCorrectionsCount() {
        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        long letter = clerk.post("api/v1/letters", """
                {"direction": "INCOMING", "correspondentName": "Министерство образования Иркутской области",
                 "correspondentNumber": "02-55-97/25", "subject": "Об освещении федеральной кампании"}
                """).json().getJsonNumber("id").longValue();
        Api.Reply kept = clerk.post("api/v1/deadlines", """
                {"letter": %d, "dates": [{"date": "2025-01-13", "said": "до 13, 24 января", "extracted": true},
                                         {"date": "2025-01-24", "said": "до 13, 24 января", "extracted": true}]}
                """.formatted(letter));
        assertEquals(200, kept.status(), kept.body());
        assertEquals(2, clerk.get("api/v1/deadlines?letter=" + letter).array().size());
        assertEquals(400, clerk.post("api/v1/deadlines", "{\"letter\": " + letter + ", \"dates\": [{\"said\": \"без даты\"}]}").status());
        assertEquals(400, clerk.post("api/v1/deadlines", "{\"letter\": " + letter + ", \"dates\": []}").status());
        assertEquals(400, clerk.get("api/v1/deadlines").status(), "which letter must be said");
        assertEquals(404, Api.as(base, "irkutsk.clerk", "demo").get("api/v1/deadlines?letter=" + letter).status(),
                "another organisation's letter stays hidden");
        assertEquals(200, clerk.get("api/v1/letters/" + letter).status(), "the letter itself is still served");

        Api.Reply reviewed = clerk.post("api/v1/extractions/reviews", """
                {"letter": %d, "fields": [
                 {"field": "subject", "proposed": "Об освещении федеральной кампании",
                  "kept": "Об освещении федеральной кампании", "confidence": 0.9},
                 {"field": "correspondentNumber", "proposed": "02-55-97/2S", "kept": "02-55-97/25", "confidence": 0.6}]}
                """.formatted(letter));
        assertEquals(204, reviewed.status(), reviewed.body());
        JsonObject accuracy = clerk.get("api/v1/extractions/accuracy").json();
        var fields = accuracy.getJsonArray("fields");
        JsonObject number = fields.getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("field").equals("correspondentNumber")).findFirst().orElseThrow();
        assertTrue(number.getInt("proposed") >= 1);
        assertTrue(number.getInt("kept") < number.getInt("proposed"), "a corrected number is not counted as kept");
    }
}
