package org.letterflow.workflow;

import static org.letterflow.it.Sendings.deliveryOf;
import static org.letterflow.it.Sendings.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.Database;
import org.letterflow.it.DeployedApplication;

/**
 * The workflow's states cannot be bypassed through the API: every transition of letters, approval
 * sheets, deliveries and tasks that its state does not allow is refused, and nothing changes.
 * Also: dates are read strictly, the sender's due date travels with the delivery, and a re-issue
 * is linked both ways and named in the chain.
 */
class StateTransitionsApiIT extends DeployedApplication {

    /** One attempt to skip a state, and the refusal it must meet. */
    record Bypass(String what, int status, Supplier<Api.Reply> attempt) {
    }

    private static long id(Api.Reply reply) {
        assertTrue(reply.status() == 200 || reply.status() == 201, reply.toString());
        return reply.json().getJsonNumber("id").longValue();
    }

    private static long draft(Api author, String subject) {
        return id(author.post("api/v1/letters", """
                {"direction": "OUTGOING", "subject": "%s", "addressees": "Руководителям"}""".formatted(subject)));
    }

    private static long registeredOutgoing(Api clerk, String subject) {
        return id(clerk.post("api/v1/letters", """
                {"direction": "OUTGOING", "subject": "%s", "register": true, "addressees": "Руководителям"}"""
                .formatted(subject)));
    }

    private static long incoming(Api clerk, String subject) {
        return id(clerk.post("api/v1/letters", """
                {"direction": "INCOMING", "subject": "%s", "correspondentName": "Минпросвещения России"}"""
                .formatted(subject)));
    }

    private static long step(JsonObject sheet, int position) {
        return sheet.getJsonArray("steps").getJsonObject(position - 1).getJsonNumber("id").longValue();
    }

    private static void refused(Bypass bypass) {
        Api.Reply reply = bypass.attempt().get();
        assertEquals(bypass.status(), reply.status(), bypass.what() + ": " + reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), bypass.what() + ": " + reply.contentType());
        assertTrue(reply.json().getString("detail").matches(".*[А-Яа-яЁё].*"), bypass.what() + ": a Russian detail");
    }

    @Test
    void aDraftOnApprovalIsRegisteredOnlyByItsSignature() {
        Api executor = Api.as(base, "tatarstan.executor", "demo");
        Api clerk = Api.as(base, "tatarstan.clerk", "demo");
        Api deputy = Api.as(base, "tatarstan.deputy", "demo");
        Api head = Api.as(base, "tatarstan.head", "demo");
        long letter = draft(executor, "О сети госпабликов (регистрация в обход подписи)");
        Api.Reply started = executor.post("api/v1/letters/" + letter + "/approval-sheet",
                "{\"steps\": [{\"approver\": \"tatarstan.deputy\"}, {\"approver\": \"tatarstan.head\"}]}");
        assertEquals(201, started.status(), started.body());
        JsonObject sheet = started.json();
        String etag = executor.get("api/v1/letters/" + letter).header("ETag").orElseThrow();

        refused(new Bypass("registering a draft on approval by hand", 409,
                () -> clerk.post("api/v1/letters/" + letter + "/registration", "")));
        refused(new Bypass("editing a draft on approval", 409, () -> executor.put("api/v1/letters/" + letter,
                "{\"direction\": \"OUTGOING\", \"subject\": \"Подменённый текст\"}", etag)));
        refused(new Bypass("a new file on a draft on approval", 409, () -> executor.upload(
                "api/v1/letters/" + letter + "/attachments", "подмена.txt", "другое".getBytes(StandardCharsets.UTF_8))));
        JsonObject card = executor.get("api/v1/letters/" + letter).json();
        assertEquals("DRAFT", card.getString("state"), "no number was taken");
        assertEquals("О сети госпабликов (регистрация в обход подписи)", card.getString("subject"));

        assertEquals(200, deputy.post("api/v1/approval-steps/" + step(sheet, 1) + "/decision",
                "{\"result\": \"APPROVED\"}").status());
        Api.Reply signed = head.post("api/v1/approval-steps/" + step(sheet, 2) + "/decision", "{\"result\": \"SIGNED\"}");
        assertEquals(200, signed.status(), "the signature still registers it: " + signed.body());
        assertEquals("SIGNED", signed.json().getString("state"));
        assertEquals("REGISTERED", executor.get("api/v1/letters/" + letter).json().getString("state"));
    }

    @Test
    void everyTransitionItsStateDoesNotAllowIsRefused() {
        Api executor = Api.as(base, "tatarstan.executor", "demo");
        Api tatarstan = Api.as(base, "tatarstan.clerk", "demo");
        Api deputy = Api.as(base, "tatarstan.deputy", "demo");
        Api head = Api.as(base, "tatarstan.head", "demo");
        Api ministry = Api.as(base, "minpros.clerk", "demo");
        Api tomsk = Api.as(base, "tomsk.clerk", "demo");
        Api tomskHead = Api.as(base, "tomsk.head", "demo");
        Api tomskExecutor = Api.as(base, "tomsk.executor", "demo");
        Api irkutsk = Api.as(base, "irkutsk.clerk", "demo");

        long draft = draft(tatarstan, "Проект, который никто не подписал");
        long incoming = incoming(tatarstan, "Входящее, которое не отправляют");
        JsonObject rejected = executor.post("api/v1/letters/" + draft(executor, "Проект, который не согласовали")
                + "/approval-sheet", "{\"steps\": [{\"approver\": \"tatarstan.deputy\"}, {\"approver\": \"tatarstan.head\"}]}")
                .json();
        assertEquals(200, deputy.post("api/v1/approval-steps/" + step(rejected, 1) + "/decision",
                "{\"result\": \"REJECTED\", \"remarks\": \"Переписать\"}").status());

        long sent = registeredOutgoing(ministry, "О мониторинге (обход состояний поступления)");
        send(ministry, sent, "{\"recipients\": [2, 6]}");
        long toTomsk = deliveryOf(tomsk, sent);
        long toIrkutsk = deliveryOf(irkutsk, sent);
        assertEquals("RETURNED", irkutsk.post("api/v1/deliveries/" + toIrkutsk + "/return",
                "{\"reason\": \"Не по адресу\"}").json().getString("state"));

        long tomskIncoming = incoming(tomsk, "О мониторинге (поручение исполнено)");
        JsonObject task = tomskHead.post("api/v1/letters/" + tomskIncoming + "/resolutions",
                "{\"text\": \"Подготовить ответ\", \"users\": [\"tomsk.executor\"], \"dueDates\": [\""
                        + LocalDate.now().plusDays(10) + "\"], \"onControl\": false}").array().getJsonObject(0);
        long taskId = task.getJsonNumber("id").longValue();
        assertEquals(200, tomskExecutor.post("api/v1/tasks/" + taskId + "/report", "{\"text\": \"Ответ направлен\"}").status());

        List<Bypass> bypasses = new ArrayList<>(List.of(
                new Bypass("sending (forwarding) an unregistered draft", 409,
                        () -> tatarstan.post("api/v1/letters/" + draft + "/deliveries", "{\"subordinates\": true}")),
                new Bypass("marking an unregistered draft sent", 409,
                        () -> tatarstan.post("api/v1/letters/" + draft + "/sending", "")),
                new Bypass("sending an incoming letter as if it were ours", 409,
                        () -> tatarstan.post("api/v1/letters/" + incoming + "/deliveries", "{\"subordinates\": true}")),
                new Bypass("re-issuing a draft instead of an incoming letter", 409,
                        () -> tatarstan.post("api/v1/letters/" + draft + "/reissue", "")),
                new Bypass("a resolution on an unregistered draft", 409,
                        () -> head.post("api/v1/letters/" + draft + "/resolutions", "{\"text\": \"Исполнить\","
                                + " \"users\": [\"tatarstan.executor\"], \"dueDates\": [\"" + LocalDate.now().plusDays(5) + "\"]}")),
                new Bypass("signing a step of a rejected (closed) sheet", 409,
                        () -> head.post("api/v1/approval-steps/" + step(rejected, 2) + "/decision", "{\"result\": \"SIGNED\"}")),
                new Bypass("deciding an already decided step", 409,
                        () -> deputy.post("api/v1/approval-steps/" + step(rejected, 1) + "/decision", "{\"result\": \"APPROVED\"}")),
                new Bypass("acknowledging a delivery before registering it", 409,
                        () -> tomsk.post("api/v1/deliveries/" + toTomsk + "/acknowledgement", "")),
                new Bypass("executing a delivery before registering it", 409,
                        () -> tomsk.post("api/v1/deliveries/" + toTomsk + "/execution", "")),
                new Bypass("registering a returned delivery", 409,
                        () -> irkutsk.post("api/v1/deliveries/" + toIrkutsk + "/registration", "{}")),
                new Bypass("acknowledging a returned delivery", 409,
                        () -> irkutsk.post("api/v1/deliveries/" + toIrkutsk + "/acknowledgement", "")),
                new Bypass("returning a returned delivery again", 409,
                        () -> irkutsk.post("api/v1/deliveries/" + toIrkutsk + "/return", "{\"reason\": \"Ещё раз\"}")),
                new Bypass("reporting on a done task", 409,
                        () -> tomskExecutor.post("api/v1/tasks/" + taskId + "/report", "{\"text\": \"Ещё отчёт\"}")),
                new Bypass("accepting a task with no report waiting", 409,
                        () -> tomskHead.post("api/v1/tasks/" + taskId + "/acceptance", ""))));
        bypasses.forEach(StateTransitionsApiIT::refused);

        assertEquals(201, tomsk.post("api/v1/deliveries/" + toTomsk + "/registration", "{}").status());
        refused(new Bypass("registering a delivery twice", 409,
                () -> tomsk.post("api/v1/deliveries/" + toTomsk + "/registration", "{}")));
        refused(new Bypass("returning a registered delivery", 409,
                () -> tomsk.post("api/v1/deliveries/" + toTomsk + "/return", "{\"reason\": \"Передумали\"}")));
        assertEquals("DRAFT", tatarstan.get("api/v1/letters/" + draft).json().getString("state"), "nothing changed");
        assertEquals("REGISTERED", tatarstan.get("api/v1/letters/" + incoming).json().getString("state"));
    }

    @Test
    void impossibleDatesAreRefusedInRussianAndNothingIsStored() {
        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        Api head = Api.as(base, "tomsk.head", "demo");
        String subject = "Письмо от тридцать первого февраля";
        Api.Reply from = clerk.post("api/v1/letters", """
                {"direction": "INCOMING", "subject": "%s", "correspondentName": "Минпросвещения России",
                 "correspondentNumber": "31-2", "correspondentDate": "2025-02-31"}""".formatted(subject));
        from.refused(400, "2025-02-31");
        Api.Reply received = clerk.post("api/v1/letters", """
                {"direction": "INCOMING", "subject": "%s", "receivedAt": "2025-02-31T10:15"}""".formatted(subject));
        received.refused(400, "2025-02-31");
        assertEquals(0, Database.number("select count(*) from letter where subject = '" + subject + "'"),
                "neither was stored, not even as 28.02.2025");

        assertEquals(400, clerk.get("api/v1/letters?from=2025-02-31").status(), "a query parameter too");
        long letter = incoming(clerk, "О мониторинге (срок тридцатого февраля)");
        Api.Reply resolution = head.post("api/v1/letters/" + letter + "/resolutions", """
                {"text": "Исполнить", "users": ["tomsk.executor"], "dueDates": ["2027-02-30"]}""");
        resolution.refused(400, "2027-02-30");
        Api.Reply deadline = clerk.post("api/v1/deadlines", """
                {"letter": %d, "dates": [{"date": "2027-02-29"}]}""".formatted(letter));
        deadline.refused(400, "2027-02-29");

        assertEquals(0, Database.number("select count(*) from resolution where letter_id = " + letter)
                + Database.number("select count(*) from letter_deadline where letter_id = " + letter));
    }

    @Test
    void theSendersDueDateBecomesTheRecipientsDueDate() {
        Api ministry = Api.as(base, "minpros.clerk", "demo");
        Api tomsk = Api.as(base, "tomsk.clerk", "demo");
        LocalDate due = LocalDate.now().plusDays(23);
        long sent = registeredOutgoing(ministry, "О представлении сведений (срок отправителя)");
        send(ministry, sent, "{\"recipients\": [2], \"dueOn\": \"" + due + "\"}");
        long delivery = deliveryOf(tomsk, sent);
        assertEquals(due.toString(), tomsk.get("api/v1/deliveries/" + delivery).json().getString("dueOn"),
                "the delivery carries it");
        long registered = id(tomsk.post("api/v1/deliveries/" + delivery + "/registration", "{}"));
        List<JsonObject> deadlines = tomsk.get("api/v1/deadlines?letter=" + registered).array().stream()
                .map(JsonValue::asJsonObject).toList();
        assertEquals(1, deadlines.size(), deadlines.toString());
        assertEquals(due.toString(), deadlines.get(0).getString("date"), "the registered letter's own due date");
    }

    @Test
    void aReissueIsLinkedToTheLetterItPassesOnAndTheChainNamesIt() {
        Api ministry = Api.as(base, "minpros.clerk", "demo");
        Api tomsk = Api.as(base, "tomsk.clerk", "demo");
        JsonObject tenOne = ministry.get("api/v1/letters?number=10-1&to=2021-12-31").json().getJsonArray("items").getJsonObject(0);
        JsonObject chain = ministry.get("api/v1/letters/" + tenOne.getJsonNumber("id") + "/chain").json();
        JsonObject tomskNode = chain.getJsonArray("nodes").stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getJsonNumber("organisationId").longValue() == 2).findFirst().orElseThrow();
        assertEquals("57-0144", tomskNode.getString("reissuedNumber"), tomskNode.toString());
        assertEquals("2021-01-15", tomskNode.getString("reissuedDate"));

        JsonObject reissue = tomsk.get("api/v1/letters?number=" + URLEncoder.encode("57-0144", StandardCharsets.UTF_8))
                .json().getJsonArray("items").getJsonObject(0);
        JsonObject card = tomsk.get("api/v1/letters/" + reissue.getJsonNumber("id")).json();
        assertEquals(1, card.getJsonArray("reissueOf").size(), "57-0144 says which letter it passes on");
        JsonObject passedOn = card.getJsonArray("reissueOf").getJsonObject(0);
        assertEquals(tomskNode.getString("registrationNumber"), passedOn.getString("registrationNumber"));
        JsonObject incoming = tomsk.get("api/v1/letters/" + passedOn.getJsonNumber("id")).json();
        assertEquals("10-1", incoming.getString("correspondentNumber"));
        assertEquals("57-0144", incoming.getJsonArray("reissuedAs").getJsonObject(0).getString("registrationNumber"),
                "and the incoming letter says through which letter it was passed on");

        long received = incoming(tomsk, "О мониторинге (переадресовать подведомственным)");
        JsonObject cover = tomsk.post("api/v1/letters/" + received + "/reissue", "").json();
        assertEquals(received, cover.getJsonArray("reissueOf").getJsonObject(0).getJsonNumber("id").longValue(),
                "a new re-issue is linked as it is drafted");
        assertEquals(cover.getJsonNumber("id"), tomsk.get("api/v1/letters/" + received).json().getJsonArray("reissuedAs")
                .getJsonObject(0).getJsonNumber("id"));
    }
}
