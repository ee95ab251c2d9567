package org.letterflow.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.letterflow.document.TestFiles;
import org.letterflow.it.Api;
import org.letterflow.it.DeployedApplication;

/** Deadlines read from a letter's attachments through the API: proposed with file and page, taken in one request. */
class AttachmentDeadlinesApiIT extends DeployedApplication {

    static final byte[] SCHEDULE = TestFiles.pagedPdf(
            "Приложение к письму.\nСведения собираются по графику на следующей странице.",
            "График представления отчётов\nОтчёт о приёме в первые классы представить до 15.03.2027.\n"
                    + "Сведения о выпускниках направить не позднее 10 апреля 2027 года.");

    @Test
    void aDeadlineOnPageTwoOfAnAttachedPdfIsProposedWithItsSourceAndTaken() {
        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        long letter = clerk.post("api/v1/letters", """
                {"direction": "INCOMING", "correspondentName": "Министерство образования Томской области",
                 "correspondentNumber": "%s", "correspondentDate": "2027-01-20", "subject": "О графике отчётов"}
                """.formatted("57-" + UUID.randomUUID())).json().getJsonNumber("id").longValue();
        // the letter's own text already gave 10 April: the attachment must not propose it again
        assertEquals(200, clerk.post("api/v1/deadlines", """
                {"letter": %d, "dates": [{"date": "2027-04-10", "said": "из текста письма", "extracted": true}]}
                """.formatted(letter)).status());
        Api.Reply attached = clerk.upload("api/v1/letters/" + letter + "/attachments", "приложение.pdf", SCHEDULE);
        assertEquals(201, attached.status(), attached.body());

        Api.Reply proposed = clerk.get("api/v1/deadlines/proposals?letter=" + letter);
        assertEquals(200, proposed.status(), proposed.body());
        JsonArray proposals = proposed.json().getJsonArray("proposals");
        assertEquals(1, proposals.size(), proposed.body());
        JsonObject p = proposals.getJsonObject(0);
        assertEquals("2027-03-15", p.getString("date"));
        assertTrue(p.getString("said").contains("до 15.03.2027"), p.toString());
        assertEquals("приложение.pdf", p.getJsonObject("source").getString("file"));
        assertEquals(2, p.getJsonObject("source").getInt("page"));
        assertTrue(proposed.json().getJsonArray("cutShort").isEmpty());

        Api.Reply taken = clerk.post("api/v1/deadlines/proposals", """
                {"letter": %d, "date": "2027-03-15", "file": "приложение.pdf"}""".formatted(letter));
        assertEquals(200, taken.status(), taken.body());
        JsonArray dues = clerk.get("api/v1/deadlines?letter=" + letter).array();
        assertEquals(2, dues.size(), dues.toString());
        JsonObject due = dues.getJsonObject(0);
        assertEquals("2027-03-15", due.getString("date"));
        assertEquals("приложение.pdf", due.getJsonObject("source").getString("file"));
        assertEquals(2, due.getJsonObject("source").getInt("page"));
        assertTrue(clerk.get("api/v1/deadlines/proposals?letter=" + letter).json().getJsonArray("proposals").isEmpty(),
                "a taken proposal is no longer proposed");

        Api.Reply again = clerk.post("api/v1/deadlines/proposals", """
                {"letter": %d, "date": "2027-03-15"}""".formatted(letter));
        assertEquals(404, again.status(), "taken once only: " + again.body());
        assertTrue(again.contentType().startsWith("application/problem+json"), again.contentType());
    }

    @Test
    void theLettersOwnFileIsNotOneOfItsAttachments() {
        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        long letter = clerk.post("api/v1/letters", """
                {"direction": "INCOMING", "correspondentName": "Министерство образования Томской области",
                 "correspondentNumber": "%s", "correspondentDate": "2027-01-20", "subject": "О графике отчётов"}
                """.formatted("58-" + UUID.randomUUID())).json().getJsonNumber("id").longValue();
        // the clerk kept 10 April from the letter's own proposals and dropped 15 March
        assertEquals(200, clerk.post("api/v1/deadlines", """
                {"letter": %d, "dates": [{"date": "2027-04-10", "said": "из текста письма", "extracted": true}]}
                """.formatted(letter)).status());
        Api.Reply own = clerk.upload("api/v1/letters/" + letter + "/attachments?letterFile=true", "письмо.pdf", SCHEDULE);
        assertEquals(201, own.status(), own.body());
        assertTrue(own.json().getBoolean("letterFile"), own.body());
        Api.Reply proposed = clerk.get("api/v1/deadlines/proposals?letter=" + letter);
        assertEquals(200, proposed.status(), proposed.body());
        assertTrue(proposed.json().getJsonArray("proposals").isEmpty(), "a dropped date does not come back: " + proposed.body());

        // the same file attached as an attachment of the letter is read for its deadlines
        Api.Reply attached = clerk.upload("api/v1/letters/" + letter + "/attachments", "график.pdf", SCHEDULE);
        assertEquals(201, attached.status(), attached.body());
        assertEquals(false, attached.json().getBoolean("letterFile"));
        JsonArray proposals = clerk.get("api/v1/deadlines/proposals?letter=" + letter).json().getJsonArray("proposals");
        assertEquals(1, proposals.size(), proposals.toString());
        assertEquals("график.pdf", proposals.getJsonObject(0).getJsonObject("source").getString("file"));
    }

    @Test
    void badIdsAreProblemsNeverStackTraces() {
        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        Api.Reply noLetter = clerk.get("api/v1/deadlines/proposals?letter=999999999");
        assertEquals(404, noLetter.status(), noLetter.body());
        assertTrue(noLetter.contentType().startsWith("application/problem+json"), noLetter.contentType());
        Api.Reply notSaid = clerk.get("api/v1/deadlines/proposals");
        assertEquals(400, notSaid.status(), notSaid.body());
        assertTrue(notSaid.contentType().startsWith("application/problem+json"), notSaid.contentType());
        Api.Reply noDate = clerk.post("api/v1/deadlines/proposals", "{\"letter\": 999999999}");
        assertEquals(400, noDate.status(), noDate.body());
        Api.Reply notANumber = clerk.get("api/v1/deadlines/proposals?letter=abc");
        assertTrue(notANumber.status() == 400 || notANumber.status() == 404, notANumber.body());
        assertTrue(!notANumber.body().contains("Exception"), notANumber.body());
    }
}
