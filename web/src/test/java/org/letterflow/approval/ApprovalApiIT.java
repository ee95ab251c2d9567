package org.letterflow.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.DeployedApplication;

/** Approval of outgoing drafts through the API: the route, turns, decisions, rounds, signature. */
class ApprovalApiIT extends DeployedApplication {

    private long draft(Api author, String subject) {
        Api.Reply created = author.post("api/v1/letters", """
                {"direction": "OUTGOING", "subject": "%s", "addressees": "Руководителям образовательных организаций"}
                """.formatted(subject));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static long stepOf(JsonObject sheet, int position) {
        return sheet.getJsonArray("steps").getJsonObject(position - 1).getJsonNumber("id").longValue();
    }

    @Test
    void aDraftIsApprovedInTurnSignedAndRegistered() {
        Api executor = Api.as(base, "tatarstan.executor", "demo");
        Api deputy = Api.as(base, "tatarstan.deputy", "demo");
        Api head = Api.as(base, "tatarstan.head", "demo");
        long letter = draft(executor, "О сети госпабликов");
        Api.Reply started = executor.post("api/v1/letters/" + letter + "/approval-sheet", """
                {"kind": "SEQUENTIAL", "steps": [{"approver": "tatarstan.deputy"}, {"approver": "tatarstan.head"}]}""");
        assertEquals(201, started.status(), started.body());
        JsonObject sheet = started.json();
        long first = stepOf(sheet, 1);
        long second = stepOf(sheet, 2);

        // the head's turn comes after the deputy's
        head.post("api/v1/approval-steps/" + second + "/decision", "{\"result\": \"SIGNED\"}")
                .refused(409, "Ещё не ваша очередь");
        // only the step's approver decides it
        head.post("api/v1/approval-steps/" + first + "/decision", "{\"result\": \"APPROVED\"}")
                .refused(403, "Решение по этому шагу принимает");
        deputy.post("api/v1/approval-steps/" + first + "/decision", "{\"result\": \"APPROVED_WITH_REMARKS\"}")
                .refusedField(400, "remarks", "Напишите замечания");
        assertTrue(deputy.get("api/v1/approvals/pending").array().stream()
                .anyMatch(p -> ((JsonObject) p).getJsonNumber("step").longValue() == first), "waiting for the deputy");

        JsonObject waiting = executor.get("api/v1/letters/" + letter + "/approval-sheet").array().getJsonObject(0);
        assertEquals(1, waiting.getJsonArray("holders").size(), "the initiator sees who holds the draft");
        assertTrue(waiting.getJsonNumber("heldMinutes").longValue() >= 0, waiting.toString());
        assertEquals(200, deputy.post("api/v1/approval-steps/" + first + "/decision", "{\"result\": \"APPROVED\"}").status());
        JsonObject atHead = executor.get("api/v1/letters/" + letter + "/approval-sheet").array().getJsonObject(0);
        assertTrue(atHead.getJsonArray("holders").getString(0).contains("Музипов"), atHead.toString());
        // a decision is given once
        deputy.post("api/v1/approval-steps/" + first + "/decision", "{\"result\": \"APPROVED\"}")
                .refused(409, "Решение по этому шагу уже принято");
        // the signature step is signed or rejected
        head.post("api/v1/approval-steps/" + second + "/decision", "{\"result\": \"APPROVED\"}")
                .refusedField(400, "result", "На шаге подписи документ подписывают или не согласуют");
        Api.Reply signed = head.post("api/v1/approval-steps/" + second + "/decision", "{\"result\": \"SIGNED\"}");
        assertEquals(200, signed.status(), signed.body());
        assertEquals("SIGNED", signed.json().getString("state"));

        JsonObject card = executor.get("api/v1/letters/" + letter).json();
        assertEquals("REGISTERED", card.getString("state"));
        assertTrue(card.getString("registrationNumber").endsWith("-Д"), card.getString("registrationNumber"));
        var pdf = executor.download("api/v1/letters/" + letter + "/approval-sheet.pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        // a signed letter is not routed again
        executor.post("api/v1/letters/" + letter + "/approval-sheet", "{\"steps\": [{\"approver\": \"tatarstan.head\"}]}")
                .refused(409, "Согласуют только проект исходящего письма");
    }

    @Test
    void aRejectedDraftGoesBackAndStartsAnotherRound() {
        Api executor = Api.as(base, "tatarstan.executor", "demo");
        long letter = draft(executor, "О проведении конкурса");
        assertEquals(201, executor.upload("api/v1/letters/" + letter + "/attachments", "проект.txt",
                "Провести конкурс в мае".getBytes(StandardCharsets.UTF_8)).status());
        JsonObject sheet = executor.post("api/v1/letters/" + letter + "/approval-sheet",
                "{\"steps\": [{\"approver\": \"tatarstan.deputy\"}, {\"approver\": \"tatarstan.head\"}]}").json();
        Api.Reply rejected = Api.as(base, "tatarstan.deputy", "demo").post("api/v1/approval-steps/" + stepOf(sheet, 1)
                + "/decision", "{\"result\": \"REJECTED\", \"remarks\": \"Уточнить сроки\"}");
        assertEquals("REJECTED", rejected.json().getString("state"));
        assertEquals(201, executor.upload("api/v1/letters/" + letter + "/attachments", "проект.txt",
                "Провести конкурс в мае, сроки уточнены".getBytes(StandardCharsets.UTF_8)).status(), "the reworked draft");
        var files = executor.get("api/v1/letters/" + letter).json().getJsonArray("attachments");
        assertEquals(2, files.size(), "the old version stays");
        JsonObject old = files.getJsonObject(0);
        JsonObject reworked = files.getJsonObject(1);
        assertTrue(old.getBoolean("superseded") && old.getInt("version") == 1, old.toString());
        assertTrue(!reworked.getBoolean("superseded") && reworked.getInt("version") == 2, reworked.toString());
        assertEquals("Провести конкурс в мае", new String(executor.download("api/v1/letters/" + letter + "/attachments/"
                + old.getJsonNumber("id") + "/content").body(), StandardCharsets.UTF_8), "and readable");
        Api.Reply again = executor.post("api/v1/letters/" + letter + "/approval-sheet",
                "{\"steps\": [{\"approver\": \"tatarstan.deputy\"}, {\"approver\": \"tatarstan.head\"}]}");
        assertEquals(201, again.status(), again.body());
        assertEquals(2, again.json().getInt("round"));
        assertEquals(2, executor.get("api/v1/letters/" + letter + "/approval-sheet").array().size(), "every round is kept");
    }

    @Test
    void theSeedsPrintedSheetIsKeptAsAHistoricalRound() {
        Api clerk = Api.as(base, "tatarstan.clerk", "demo");
        String number = URLEncoder.encode("1871/23-Д", StandardCharsets.UTF_8);
        JsonObject found = clerk.get("api/v1/letters?number=" + number).json().getJsonArray("items").getJsonObject(0);
        JsonObject sheet = clerk.get("api/v1/letters/" + found.getJsonNumber("id").longValue() + "/approval-sheet").array()
                .getJsonObject(0);
        assertEquals("HISTORICAL", sheet.getString("state"));
        assertEquals("Саубанова Л.И.", sheet.getString("initiator"));
        assertTrue(sheet.getString("startedAt").startsWith("2023-04-27T19:47"), sheet.getString("startedAt"));
        var steps = sheet.getJsonArray("steps");
        assertEquals("Захарова С.Н.", steps.getJsonObject(0).getString("approver"));
        assertEquals("APPROVED", steps.getJsonObject(0).getString("result"));
        assertTrue(steps.getJsonObject(0).getString("decidedAt").startsWith("2023-04-27T20:49"));
        assertEquals("SIGNED", steps.getJsonObject(1).getString("result"));
        assertTrue(steps.getJsonObject(1).getString("decidedAt").startsWith("2023-04-28T06:19"));
    }

    @Test
    void badRoutesAreRefusedPlainly() {
        Api executor = Api.as(base, "tatarstan.executor", "demo");
        long letter = draft(executor, "О маршрутах");
        String path = "api/v1/letters/" + letter + "/approval-sheet";
        executor.post(path, "{\"steps\": []}").refusedField(400, "steps", "Маршрут пуст");
        executor.post(path, "{\"steps\": [{\"approver\": \"tatarstan.clerk\"}]}")
                .refusedField(400, "steps[0].approver", "не может подписывать: у него нет роли руководителя");
        // an approver from another organisation
        executor.post(path, "{\"steps\": [{\"approver\": \"tomsk.head\"}]}")
                .refusedField(400, "steps[0].approver", "только сотрудник вашей организации");
        executor.post(path, "{\"steps\": [{\"approver\": \"nobody\"}]}").refused(400, "«nobody» не найден");
        executor.post(path, "{\"kind\": \"SIDEWAYS\", \"steps\": []}").refused(400, "Тело запроса не является корректным JSON");
        // another organisation's letter
        Api.as(base, "tomsk.clerk", "demo").get(path).refused(404, "не найден");
        executor.post("api/v1/approval-steps/999999/decision", "{\"result\": \"APPROVED\"}")
                .refused(404, "Шаг согласования не найден");
    }

    @Test
    void approversOfAParallelStageDecidingAtOnceAreEachRecordedOnce() throws Exception {
        Api executor = Api.as(base, "tatarstan.executor", "demo");
        long letter = draft(executor, "О параллельном согласовании");
        JsonObject sheet = executor.post("api/v1/letters/" + letter + "/approval-sheet", """
                {"kind": "PARALLEL", "steps": [{"approver": "tatarstan.deputy"}, {"approver": "tatarstan.clerk"},
                                               {"approver": "tatarstan.head"}]}""").json();
        List<Callable<Integer>> decisions = new ArrayList<>();
        decisions.add(() -> Api.as(base, "tatarstan.deputy", "demo").post("api/v1/approval-steps/" + stepOf(sheet, 1)
                + "/decision", "{\"result\": \"APPROVED\"}").status());
        decisions.add(() -> Api.as(base, "tatarstan.clerk", "demo").post("api/v1/approval-steps/" + stepOf(sheet, 2)
                + "/decision", "{\"result\": \"APPROVED\"}").status());
        decisions.add(() -> Api.as(base, "tatarstan.deputy", "demo").post("api/v1/approval-steps/" + stepOf(sheet, 1)
                + "/decision", "{\"result\": \"APPROVED\"}").status());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(decisions)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertEquals(2, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(1, statuses.stream().filter(s -> s == 409).count(), "the deputy's second try: " + statuses);
        JsonObject after = executor.get("api/v1/letters/" + letter + "/approval-sheet").array().getJsonObject(0);
        assertTrue(after.getJsonArray("steps").getJsonObject(2).getBoolean("current"), "the signature's turn has come");
    }

    @Test
    void aDeputyDecidesForTheExecutiveAndTheSheetSaysSo() {
        Api executor = Api.as(base, "tatarstan.executor", "demo");
        Api deputy = Api.as(base, "tatarstan.deputy", "demo");
        Api head = Api.as(base, "tatarstan.head", "demo");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));
        long letter = draft(executor, "О замещении при согласовании");
        JsonObject sheet = executor.post("api/v1/letters/" + letter + "/approval-sheet",
                "{\"steps\": [{\"approver\": \"tatarstan.head\"}, {\"approver\": \"tatarstan.deputy\"}]}").json();
        long first = stepOf(sheet, 1);
        assertEquals(403, deputy.post("api/v1/approval-steps/" + first + "/decision", "{\"result\": \"APPROVED\"}").status(),
                "not yet a deputy");
        // a period that ends before it starts
        head.post("api/v1/deputies", "{\"deputy\": \"tatarstan.deputy\", \"from\": \"" + today
                + "\", \"to\": \"" + today.minusDays(1) + "\"}").refusedField(400, "to", "Укажите период замещения");
        // a deputy from another organisation
        head.post("api/v1/deputies", "{\"deputy\": \"tomsk.head\", \"from\": \"" + today
                + "\", \"to\": \"" + today.plusDays(3) + "\"}").refusedField(400, "deputy", "только сотрудник вашей организации");
        Api.Reply named = head.post("api/v1/deputies", "{\"deputy\": \"tatarstan.deputy\", \"from\": \"" + today
                + "\", \"to\": \"" + today.plusDays(3) + "\"}");
        assertEquals(201, named.status(), named.body());
        assertTrue(deputy.get("api/v1/approvals/pending").array().stream()
                .anyMatch(p -> ((JsonObject) p).getJsonNumber("step").longValue() == first), "the deputy sees the head's step");
        assertEquals(403, executor.post("api/v1/approval-steps/" + first + "/decision", "{\"result\": \"APPROVED\"}").status());
        Api.Reply decided = deputy.post("api/v1/approval-steps/" + first + "/decision", "{\"result\": \"APPROVED\"}");
        assertEquals(200, decided.status(), decided.body());
        JsonObject step = decided.json().getJsonArray("steps").getJsonObject(0);
        assertEquals("С.Н. Захарова", step.getString("decidedBy"), "decided за the head");
        var pdf = executor.download("api/v1/letters/" + letter + "/approval-sheet.pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String printed = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(printed.replaceAll("\\s+", " ").contains("за Р.Г. Музипов — С.Н. Захарова"), printed);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(204, head.delete("api/v1/deputies/" + named.json().getJsonNumber("id")).status());
    }

    @Test
    void aRouteTemplateIsSavedOnceAndStartsARound() {
        Api executor = Api.as(base, "tatarstan.executor", "demo");
        Api tomsk = Api.as(base, "tomsk.clerk", "demo");
        String name = "Заместитель, затем министр " + System.nanoTime();
        Api.Reply saved = executor.post("api/v1/route-templates", "{\"name\": \"" + name + "\", \"kind\": \"SEQUENTIAL\","
                + " \"approvers\": [\"tatarstan.deputy\", \"tatarstan.head\"]}");
        assertEquals(201, saved.status(), saved.body());
        // names are unique in the organisation
        executor.post("api/v1/route-templates", "{\"name\": \"" + name.toUpperCase() + "\","
                + " \"approvers\": [\"tatarstan.head\"]}").refused(409, "уже есть");
        executor.post("api/v1/route-templates", "{\"name\": \"Чужой\", \"approvers\": [\"tomsk.head\"]}")
                .refusedField(400, "approvers", "«tomsk.head» не найден в вашей организации");

        assertTrue(tomsk.get("api/v1/route-templates").array().stream()
                .noneMatch(t -> t.asJsonObject().getString("name").equals(name)), "another organisation's templates are not shown");
        JsonObject template = executor.get("api/v1/route-templates").array().stream().map(v -> v.asJsonObject())
                .filter(t -> t.getString("name").equals(name)).findFirst().orElseThrow();
        long letter = draft(executor, "О шаблоне маршрута");
        String steps = template.getJsonArray("approvers").stream().map(a -> "{\"approver\": " + a + "}")
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        Api.Reply started = executor.post("api/v1/letters/" + letter + "/approval-sheet",
                "{\"kind\": \"" + template.getString("kind") + "\", \"steps\": " + steps + "}");
        assertEquals(201, started.status(), started.body());
        assertEquals(2, started.json().getJsonArray("steps").size());
        assertEquals(204, executor.delete("api/v1/route-templates/" + template.getJsonNumber("id")).status());
    }
}
