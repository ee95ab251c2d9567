package org.letterflow.registration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.DeployedApplication;
import org.letterflow.document.TestFiles;

/** Registering letters through the API: numbers, files, search, access, the trail, and bad input. */
class RegistrationApiIT extends DeployedApplication {

    @Test
    void anIncomingPdfIsNumberedStampedAndFoundByAWordFormAndByItsNumber() {
        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        String word = "хрономорфизм" + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "");
        JsonObject letter = register(clerk, "О " + word + "ах в образовании", "10-" + UUID.randomUUID(), false);
        long id = letter.getJsonNumber("id").longValue();
        String number = letter.getString("registrationNumber");
        assertTrue(number.startsWith("Вх-"), number);

        byte[] original = TestFiles.pdf("Прошу представить сведения о " + word + "е в срок до 5 мая.");
        Api.Reply attached = clerk.upload("api/v1/letters/" + id + "/attachments", "письмо.pdf", original);
        assertEquals(201, attached.status(), attached.toString());
        JsonObject file = attached.json();
        assertEquals("письмо.pdf", file.getString("fileName"));
        assertEquals("application/pdf", file.getString("mediaType"));
        assertEquals(1, file.getInt("pages"));
        assertEquals("EXTRACTED", file.getString("textStatus"));
        assertTrue(file.getBoolean("stampedCopy"));

        String content = "api/v1/letters/" + id + "/attachments/" + file.getJsonNumber("id") + "/content";
        HttpResponse<byte[]> kept = clerk.download(content);
        assertArrayEquals(original, kept.body(), "the original stays byte for byte");
        String tag = kept.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> unchanged = clerk.download(content, tag);
        assertEquals(304, unchanged.statusCode(), "a client holding the file is told it has not changed");
        assertEquals(0, unchanged.body().length);
        assertEquals(200, clerk.download(content, "\"another\"").statusCode(), "another copy gets the file");
        HttpResponse<byte[]> stamped = clerk.download(content + "?stamped=true");
        assertEquals(200, stamped.statusCode());
        assertTrue(new String(stamped.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertNotEquals(original.length, stamped.body().length);

        assertEquals(Set.of(id), found(clerk, "q=" + enc(word + "ами")), "another word form of the subject");
        assertEquals(Set.of(id), found(clerk, "q=" + enc(word + "е")), "a word form from the file's text");
        assertEquals(Set.of(id), found(clerk, "number=" + enc(number)), "the exact number");
        assertTrue(found(clerk, "q=" + enc(word + "ами") + "&direction=OUTGOING").isEmpty(), "filters apply");

        JsonObject hit = clerk.get("api/v1/letters?q=" + enc(word + "ами")).json().getJsonArray("items").getJsonObject(0);
        assertTrue(hit.getJsonArray("highlight").getValuesAs(JsonObject.class).stream()
                .anyMatch(part -> part.getBoolean("marked")), "the matching word is marked: " + hit);
        assertTrue(hit.getJsonArray("highlight").getValuesAs(JsonObject.class).stream()
                .map(part -> part.getString("text")).collect(Collectors.joining()).contains(word),
                "the parts are the text as it is, in order: " + hit);

        HttpResponse<byte[]> card = clerk.download("api/v1/letters/" + id + "/card.pdf");
        assertEquals(200, card.statusCode());
        assertTrue(new String(card.body(), 0, 4, StandardCharsets.ISO_8859_1).equals("%PDF"));
    }

    @Test
    void theSameLetterRegisteredTwiceIsAWarningWithALinkNotADuplicate() {
        Api clerk = Api.as(base, "irkutsk.clerk", "demo");
        String theirNumber = "57-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject first = register(clerk, "О повторной регистрации", theirNumber, false);
        Api.Reply second = clerk.post("api/v1/letters", incoming("О повторной регистрации", theirNumber, false));
        assertEquals(409, second.status(), second.toString());
        assertTrue(second.json().getString("existing").endsWith("/letters/" + first.getJsonNumber("id")));
        assertTrue(second.json().getString("detail").contains(first.getString("registrationNumber")));
        assertEquals(201, clerk.post("api/v1/letters", incoming("О повторной регистрации", theirNumber, true)).status(),
                "registering it anyway is the clerk's explicit choice");
    }

    @Test
    void thirtyTwoClerksAtOnceGetNoDuplicateAndNoGap() throws Exception {
        Api admin = Api.as(base, "admin", "demo");
        String name = "Нагрузочный " + UUID.randomUUID();
        Api.Reply journal = admin.post("api/v1/journals",
                "{\"direction\":\"INCOMING\",\"name\":\"" + name + "\",\"template\":\"Н-{seq:4}/{yy}\"}");
        assertEquals(201, journal.status(), journal.toString());
        long journalId = journal.json().getJsonNumber("id").longValue();

        Api clerk = Api.as(base, "minpros.clerk", "demo");
        int clients = 32;
        int each = 3;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> {
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    Api.Reply reply = clerk.post("api/v1/letters", "{\"direction\":\"INCOMING\",\"journalId\":" + journalId
                            + ",\"correspondentName\":\"Клиент " + client + "\",\"subject\":\"Письмо " + i + "\"}");
                    assertEquals(201, reply.status(), reply.toString());
                    numbers.add(reply.json().getString("registrationNumber"));
                }
                return numbers;
            }));
        }
        List<String> numbers = new ArrayList<>();
        for (Future<List<String>> result : results) {
            numbers.addAll(result.get());
        }
        pool.shutdown();
        Set<String> distinct = new TreeSet<>(numbers);
        assertEquals(clients * each, distinct.size(), "no duplicates");
        String year = String.valueOf(java.time.Year.now().getValue() % 100);
        for (int n = 1; n <= clients * each; n++) {
            assertTrue(distinct.contains(String.format("Н-%04d/%s", n, year)), "no gap at " + n + ": " + distinct);
        }
    }

    @Test
    void anAdministratorSkipsANumberOnlyWithAReasonAndTheReportListsIt() {
        Api admin = Api.as(base, "admin", "demo");
        long journal = admin.post("api/v1/journals", "{\"direction\":\"OUTGOING\",\"name\":\"Пропуски "
                + UUID.randomUUID() + "\",\"template\":\"П-{seq}\"}").json().getJsonNumber("id").longValue();
        admin.post("api/v1/journals/" + journal + "/withheld-numbers", "{\"reason\":\" \"}")
                .refusedField(400, "reason", "Укажите причину пропуска или резервирования номера");
        Api.Reply skipped = admin.post("api/v1/journals/" + journal + "/withheld-numbers",
                "{\"reserve\":false,\"reason\":\"Номер испорчен на бланке\"}");
        assertEquals(201, skipped.status(), skipped.toString());
        assertEquals("П-1", skipped.json().getString("number"));
        JsonObject listed = admin.get("api/v1/journals/" + journal + "/withheld-numbers").array().getJsonObject(0);
        assertEquals("SKIPPED", listed.getString("kind"));
        assertEquals("Номер испорчен на бланке", listed.getString("reason"));
        assertEquals(403, Api.as(base, "minpros.clerk", "demo")
                .post("api/v1/journals/" + journal + "/withheld-numbers", "{\"reason\":\"x\"}").status());
    }

    @Test
    void aLetterIsVisibleToItsOwnOrganisationOnlyAndARestrictedOneToItsReadersOnly() {
        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        long open = register(clerk, "Обычное письмо", null, false).getJsonNumber("id").longValue();
        Api.as(base, "school.clerk", "demo").get("api/v1/letters/" + open).refused(404, "не найден");
        Api.as(base, "irkutsk.clerk", "demo").get("api/v1/letters/" + open).refused(404, "не найден");

        Api.Reply restricted = clerk.post("api/v1/letters", "{\"direction\":\"INCOMING\",\"correspondentName\":\"ФСБ\","
                + "\"subject\":\"Для служебного пользования\",\"restricted\":true,\"readers\":[\"tomsk.executor\"]}");
        long id = restricted.json().getJsonNumber("id").longValue();
        Api.as(base, "tomsk.head", "demo").get("api/v1/letters/" + id).refused(404, "не найден");
        assertEquals(200, Api.as(base, "tomsk.executor", "demo").get("api/v1/letters/" + id).status());
        assertTrue(clerk.get("api/v1/letters/" + id + "/history").array().stream()
                .map(e -> e.asJsonObject().getString("action")).anyMatch("VIEWED"::equals));
    }

    @Test
    void theTrailRecordsEachChangeWithBeforeAndAfterAndCannotBeChanged() {
        Api clerk = Api.as(base, "tatarstan.clerk", "demo");
        Api.Reply created = clerk.post("api/v1/letters", incoming("Старый заголовок", null, false));
        String location = "api/v1/letters/" + created.json().getJsonNumber("id");
        String etag = created.header("ETag").orElseThrow();
        assertEquals(200, clerk.put(location, incoming("Новый заголовок", null, false), etag).status());
        Api.Reply stale = clerk.put(location, incoming("Третий заголовок", null, false), etag);
        stale.refused(409, "изменена пользователем А.Р. Галиева");

        List<JsonObject> trail = clerk.get(location + "/history").array().stream().map(JsonValue::asJsonObject).toList();
        assertEquals(List.of("CREATED", "REGISTERED", "EDITED"), trail.stream().map(e -> e.getString("action")).toList());
        assertTrue(trail.get(2).getString("details").contains("«Старый заголовок» → «Новый заголовок»"));
        assertEquals(405, clerk.put(location + "/history", "[]", null).status());
    }

    @Test
    void badFilesAreStoredFlaggedOrRefusedPlainly() {
        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        long id = register(clerk, "Плохие файлы", null, false).getJsonNumber("id").longValue();
        String files = "api/v1/letters/" + id + "/attachments";

        Api.Reply tooLarge = clerk.upload(files, "big.pdf", new byte[1024 * 1024 + 1]);
        tooLarge.refused(413, "больше допустимых");

        Api.Reply empty = clerk.upload(files, "empty.pdf", new byte[0]);
        empty.refused(400, "пуст");

        JsonObject disguised = clerk.upload(files, "отчёт.docx", TestFiles.pdf("На самом деле PDF")).json();
        assertEquals("application/pdf", disguised.getString("mediaType"), "the content decides, not the name");

        JsonObject broken = clerk.upload(files, "broken.pdf", "%PDF-1.7\n garbage".getBytes(StandardCharsets.UTF_8)).json();
        assertEquals("FAILED", broken.getString("textStatus"));

        JsonObject encrypted = clerk.upload(files, "secret.pdf", TestFiles.encryptedPdf("Секрет")).json();
        assertEquals("FAILED", encrypted.getString("textStatus"));
        assertFalse(encrypted.getBoolean("stampedCopy"));

        long started = System.nanoTime();
        Api.Reply bomb = clerk.upload(files, "bomb.docx", TestFiles.zipBombDocx());
        assertEquals(201, bomb.status(), bomb.toString());
        assertNotEquals("EXTRACTED", bomb.json().getString("textStatus"));
        Api.Reply nested = clerk.upload(files, "nested.docx", TestFiles.deeplyNestedDocx());
        assertEquals(201, nested.status(), nested.toString());
        assertTrue((System.nanoTime() - started) / 1e9 < 60, "bounded by Tika's limits and the time limit");

        JsonObject traversal = clerk.upload(files, "../../etc/passwd\u0007.txt", "x".getBytes(StandardCharsets.UTF_8)).json();
        assertEquals("passwd.txt", traversal.getString("fileName"));

        assertEquals(6, clerk.get("api/v1/letters/" + id).json().getJsonArray("attachments").size(),
                "everything accepted is kept");
    }

    @Test
    void impossibleDatesAndMissingFieldsAreAnsweredPlainly() {
        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        Api.Reply impossible = clerk.post("api/v1/letters",
                "{\"direction\":\"INCOMING\",\"subject\":\"x\",\"correspondentDate\":\"2021-02-31\"}");
        impossible.refused(400, "2021-02-31");
        clerk.post("api/v1/letters", "{\"direction\":\"INCOMING\"}").refusedField(400, "subject", "обязательное поле");
        clerk.get("api/v1/letters?from=2021-02-31").refused(400, "2021-02-31");
        String script = "<script>alert(1)</script>";
        Api.Reply stored = clerk.post("api/v1/letters", incoming(script, null, false).replace("<", "\\u003c"));
        assertEquals(script, stored.json().getString("subject"), "stored as typed; the UI escapes it");
    }

    @Test
    void anOutgoingLetterGoesFromDraftToRegisteredToSent() {
        Api clerk = Api.as(base, "tatarstan.clerk", "demo");
        Api.Reply draft = clerk.post("api/v1/letters", "{\"direction\":\"OUTGOING\",\"subject\":\"О госпабликах\","
                + "\"addressees\":\"Руководителям государственных образовательных организаций\"}");
        assertEquals(201, draft.status(), draft.toString());
        assertEquals("DRAFT", draft.json().getString("state"));
        assertFalse(draft.json().containsKey("registrationNumber"), "a draft has no number yet");
        String letter = "api/v1/letters/" + draft.json().getJsonNumber("id");

        Api.Reply early = clerk.post(letter + "/sending", "");
        early.refused(409, "Отправить можно только зарегистрированное исходящее письмо"); // a draft cannot be sent

        JsonObject registered = clerk.post(letter + "/registration", "").json();
        assertEquals("REGISTERED", registered.getString("state"));
        String year = String.valueOf(java.time.Year.now().getValue() % 100);
        assertTrue(registered.getString("registrationNumber").endsWith("/" + year + "-Д"),
                registered.getString("registrationNumber"));
        clerk.post(letter + "/registration", "").refused(409, "Письмо уже зарегистрировано"); // registered once


        assertEquals("SENT", clerk.post(letter + "/sending", "").json().getString("state"));
        assertEquals(403, Api.as(base, "tatarstan.head", "demo").post(letter + "/sending", "").status(),
                "registering and sending are the clerk's");
    }

    @Test
    void theSeedLettersAreInTheDemoUnderTheirRealNumbers() {
        assertEquals(1, found(Api.as(base, "minpros.clerk", "demo"), "number=10-1&to=2021-12-31").size());
        assertEquals(1, found(Api.as(base, "minpros.clerk", "demo"), "number=02-5&to=2021-12-31").size());
        assertEquals(1, found(Api.as(base, "tomsk.clerk", "demo"), "number=57-0144").size());
        assertEquals(1, found(Api.as(base, "irkutsk.clerk", "demo"), "number=" + enc("02-55-97/25")).size());
        assertEquals(1, found(Api.as(base, "tatarstan.clerk", "demo"), "number=" + enc("1871/23-Д")).size());
        Api tomsk = Api.as(base, "tomsk.clerk", "demo");
        assertEquals(1, found(tomsk, "q=" + enc("10-1") + "&direction=INCOMING").size(), "10-1 arrived in Tomsk");
    }

    /** The registration answers with the card it built, not one read again: it must be the card as read afterwards. */
    @Test
    void theAnswerToARegistrationIsTheCardAsReadAfterwards() {
        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        long first = register(clerk, "Первое письмо, на которое отвечают", null, false).getJsonNumber("id").longValue();
        long second = register(clerk, "Второе письмо, на которое отвечают", null, false).getJsonNumber("id").longValue();
        String answers = "[" + second + "," + first + "," + second + "]"; // not in their order, and one twice
        List<String> forms = List.of(
                "{\"direction\":\"OUTGOING\",\"register\":true,\"subject\":\"Ответ на два письма\","
                        + "\"addressees\":\"Министерство просвещения\",\"signatoryName\":\"И. И. Иванов\","
                        + "\"inReplyTo\":" + answers + "}",
                "{\"direction\":\"OUTGOING\",\"subject\":\"Проект ответа\",\"inReplyTo\":[" + first + "]}",
                "{\"direction\":\"INCOMING\",\"correspondentName\":\"ФСБ\",\"subject\":\"Для служебного пользования\","
                        + "\"restricted\":true,\"readers\":[\"tomsk.executor\"],\"receivedAt\":\"2026-12-01T10:15:00\"}");
        for (String form : forms) {
            Api.Reply created = clerk.post("api/v1/letters", form);
            assertEquals(201, created.status(), created.toString());
            Api.Reply read = clerk.get("api/v1/letters/" + created.json().getJsonNumber("id"));
            assertEquals(read.json(), created.json(), "every field, the version too");
            assertTrue(created.header("ETag").isPresent(), created.toString());
            assertEquals(read.header("ETag"), created.header("ETag"));
        }
        JsonObject reply = clerk.post("api/v1/letters", forms.get(0)).json();
        assertEquals(List.of(first, second), reply.getJsonArray("inReplyTo").stream()
                .map(row -> row.asJsonObject().getJsonNumber("id").longValue()).toList(), "each once, in their order");
        assertEquals("REGISTERED", reply.getString("state"));
    }

    private static JsonObject register(Api clerk, String subject, String theirNumber, boolean allowDuplicate) {
        Api.Reply reply = clerk.post("api/v1/letters", incoming(subject, theirNumber, allowDuplicate));
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private static String incoming(String subject, String theirNumber, boolean allowDuplicate) {
        return "{\"direction\":\"INCOMING\",\"correspondentName\":\"Министерство просвещения Российской Федерации\","
                + (theirNumber == null ? "" : "\"correspondentNumber\":\"" + theirNumber + "\",\"correspondentDate\":\"2021-01-12\",")
                + "\"subject\":\"" + subject + "\",\"allowDuplicate\":" + allowDuplicate + "}";
    }

    private static Set<Long> found(Api api, String query) {
        Api.Reply reply = api.get("api/v1/letters?" + query);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .collect(Collectors.toCollection(() -> Collections.synchronizedSet(new TreeSet<>())));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
