package org.letterflow.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.Database;
import org.letterflow.it.DeployedApplication;

/** Resolutions and tasks through the API: checkpoints, reports, control, extensions, the feed, the report. */
class TasksApiIT extends DeployedApplication {

    private static final LocalDate TODAY = LocalDate.now();

    private long incoming(Api clerk, String subject) {
        Api.Reply created = clerk.post("api/v1/letters", """
                {"direction": "INCOMING", "subject": "%s", "correspondentName": "Министерство просвещения Российской Федерации"}
                """.formatted(subject));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static String dates(int... daysAhead) {
        return IntStream.of(daysAhead).mapToObj(d -> "\"" + TODAY.plusDays(d) + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    /** The city department's own line (not a person's) of the discipline report over the test's period. */
    private static JsonObject cityLine(Api head, String breakdown) {
        return head.get("api/v1/reports/discipline?from=" + TODAY.minusDays(40) + "&to=" + TODAY.plusDays(4) + breakdown)
                .array().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("organisation").equals("ДО г. Иркутска") && !r.containsKey("person"))
                .findFirst().orElseThrow();
    }

    private static List<JsonObject> rows(Api user, String query) {
        Api.Reply reply = user.get("api/v1/tasks" + query);
        assertEquals(200, reply.status(), reply.body());
        return reply.array().stream().map(JsonValue::asJsonObject).toList();
    }

    @Test
    void sixReportDatesBecomeOneTaskWithSixCheckpointsReportedAcceptedAndCounted() throws Exception {
        Api clerk = Api.as(base, "irkutsk.clerk", "demo");
        Api head = Api.as(base, "irkutsk.head", "demo");
        Api city = Api.as(base, "irkutsk.city.clerk", "demo");
        long letter = incoming(clerk, "Об освещении федеральной кампании (поручение)");
        Api.Reply resolved = head.post("api/v1/letters/" + letter + "/resolutions", """
                {"text": "Представлять отчёты о ходе освещения кампании", "organisations": [7], "responsible": "7",
                 "dueDates": %s, "onControl": true}""".formatted(dates(3, 14, 31, 42, 59, 73)));
        assertEquals(201, resolved.status(), resolved.body());
        JsonArray tasks = resolved.array();
        assertEquals(1, tasks.size());
        JsonObject task = tasks.getJsonObject(0);
        long id = task.getJsonNumber("id").longValue();
        assertEquals(6, task.getJsonArray("checkpoints").size(), "six report dates, six checkpoints");

        List<JsonObject> mine = rows(city, "?assignee=me").stream().filter(r -> r.getJsonNumber("task").longValue() == id).toList();
        assertEquals(6, mine.size(), "the municipal authority's clerk sees every date");
        assertEquals(TODAY.plusDays(3).toString(), mine.get(0).getString("dueOn"), "earliest first");
        assertTrue(mine.get(0).getBoolean("dueSoon"), "due in three days");
        clerk.get("api/v1/tasks/" + id).refused(404, "не найден"); // not the region clerk's task
        // a report on a task one may not see: it does not exist for them
        clerk.post("api/v1/tasks/" + id + "/report", "{\"text\": \"Отчёт\"}").refused(404, "не найден");
        city.post("api/v1/tasks/" + id + "/report", "{\"text\": \" \"}").refused(400, "Напишите отчёт об исполнении");

        long firstPoint = task.getJsonArray("checkpoints").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply file = city.upload("api/v1/tasks/" + id + "/checkpoints/" + firstPoint + "/files", "отчёт-январь.txt",
                "Опубликовано 12 материалов".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(201, file.status(), file.body());
        // files come from the assignee
        clerk.upload("api/v1/tasks/" + id + "/checkpoints/" + firstPoint + "/files", "x.txt",
                "x".getBytes(java.nio.charset.StandardCharsets.UTF_8)).refused(404, "не найден");
        assertEquals("REPORTED", city.post("api/v1/tasks/" + id + "/report", "{\"text\": \"Отчёт за январь\"}").json()
                .getJsonArray("checkpoints").getJsonObject(0).getString("state"));
        assertTrue(rows(head, "?controller=me").stream().anyMatch(r -> r.getJsonNumber("task").longValue() == id
                && r.getString("state").equals("REPORTED")), "the controller sees the report waiting");
        assertEquals(403, city.post("api/v1/tasks/" + id + "/acceptance", "").status(), "the assignee does not accept");
        JsonObject reportFile = head.get("api/v1/tasks/" + id + "/files").array().getJsonObject(0);
        assertEquals("отчёт-январь.txt", reportFile.getString("fileName"), "the controller sees the report's file");
        assertEquals("Опубликовано 12 материалов", new String(head.download("api/v1/tasks/" + id + "/files/"
                + reportFile.getJsonNumber("id") + "/content").body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("DONE", head.post("api/v1/tasks/" + id + "/acceptance", "").json()
                .getJsonArray("checkpoints").getJsonObject(0).getString("state"));

        city.post("api/v1/tasks/" + id + "/report", "{\"text\": \"Отчёт, второй срок\"}");
        head.post("api/v1/tasks/" + id + "/return", "{\"text\": \"\"}").refused(400, "Напишите, что нужно доделать");
        JsonObject returned = head.post("api/v1/tasks/" + id + "/return", "{\"text\": \"Нет ссылок на публикации\"}").json()
                .getJsonArray("checkpoints").getJsonObject(1);
        assertEquals("OPEN", returned.getString("state"));
        assertEquals("Нет ссылок на публикации", returned.getString("returnedComment"));

        long third = task.getJsonArray("checkpoints").getJsonObject(2).getJsonNumber("id").longValue();
        head.post("api/v1/tasks/" + id + "/extension", "{\"checkpoint\": " + third + ", \"dueOn\": \"" + TODAY.plusDays(35) + "\"}")
                .refusedField(400, "reason", "Укажите причину переноса срока");
        head.post("api/v1/tasks/" + id + "/extension", "{\"checkpoint\": " + third + ", \"dueOn\": \""
                + TODAY.plusDays(10) + "\", \"reason\": \"Праздники\"}").refusedField(400, "dueOn", "Новый срок должен быть позже прежнего");
        assertEquals(TODAY.plusDays(35).toString(), head.post("api/v1/tasks/" + id + "/extension", "{\"checkpoint\": "
                + third + ", \"dueOn\": \"" + TODAY.plusDays(35) + "\", \"reason\": \"Праздники\"}").json()
                .getJsonArray("checkpoints").getJsonObject(2).getString("dueOn"));

        // time passes: the second date went by before its report came
        long second = task.getJsonArray("checkpoints").getJsonObject(1).getJsonNumber("id").longValue();
        Database.execute("update task_checkpoint set due_on = current_date - 5 where id = " + second);
        assertTrue(rows(city, "?assignee=me").stream().anyMatch(r -> r.getJsonNumber("checkpoint").longValue() == second
                && r.getBoolean("overdue")), "overdue shows");
        city.post("api/v1/tasks/" + id + "/report", "{\"text\": \"Отчёт с опозданием\"}");
        head.post("api/v1/tasks/" + id + "/acceptance", "");
        JsonObject city7 = cityLine(head, "");
        assertTrue(city7.getInt("late") >= 1, city7.toString());
        assertTrue(city7.getInt("onTime") >= 1, city7.toString());
        assertTrue(city7.getBoolean("withSubordinates"), "unless asked otherwise, a line per subordinate, its subtree summed");
        JsonObject own = cityLine(head, "&by=ORGANISATIONS");
        assertFalse(own.getBoolean("withSubordinates"), own.toString());
        assertTrue(own.getInt("late") >= 1, own.toString());
        List<JsonObject> detail = head.get("api/v1/reports/discipline/detail?from=" + TODAY.minusDays(40) + "&to="
                + TODAY.plusDays(4) + "&org=" + city7.getJsonNumber("organisationId")).array().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getJsonNumber("task").longValue() == id).toList();
        assertEquals(2, detail.size(), "the drill-down lists the two due dates of the period");
        var xlsx = head.download("api/v1/reports/discipline.xlsx?from=" + TODAY.minusDays(40) + "&to=" + TODAY.plusDays(4));
        assertEquals(200, xlsx.statusCode());
        assertEquals('P', (char) xlsx.body()[0], "an XLSX is a zip");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            assertTrue(book.getSheetAt(0).getRow(2).getCell(0).getStringCellValue().startsWith("Организация"));
        }
        var pdf = head.download("api/v1/reports/discipline.pdf?from=" + TODAY.minusDays(40) + "&to=" + TODAY.plusDays(4));
        assertEquals(200, pdf.statusCode());
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(document).contains("ДО г. Иркутска"));
        }
        head.get("api/v1/reports/discipline?from=" + TODAY + "&to=" + TODAY.minusDays(1)).refused(400, "Укажите период");
        // another region's report
        head.get("api/v1/reports/discipline?from=" + TODAY + "&to=" + TODAY + "&org=2").refused(404, "не найден");
    }

    @Test
    void badResolutionsAreRefusedAndNobodyAcceptsTheirOwnReport() {
        Api clerk = Api.as(base, "irkutsk.clerk", "demo");
        Api head = Api.as(base, "irkutsk.head", "demo");
        long letter = incoming(clerk, "О проверке резолюций");
        String path = "api/v1/letters/" + letter + "/resolutions";
        Api.Reply past = head.post(path, "{\"text\": \"Исполнить\", \"organisations\": [7], \"dueDates\": [\"" + TODAY.minusDays(2) + "\"]}");
        past.refusedField(400, "dueDates", "Срок исполнения не может быть в прошлом");
        assertEquals(403, head.post(path, "{\"text\": \"Исполнить\", \"organisations\": [2], \"dueDates\": " + dates(5) + "}").status(),
                "Tomsk is not below Irkutsk");
        assertEquals(403, head.post(path, "{\"text\": \"Исполнить\", \"users\": [\"tomsk.clerk\"], \"dueDates\": " + dates(5) + "}").status());
        head.post(path, "{\"text\": \" \", \"organisations\": [7], \"dueDates\": " + dates(5) + "}")
                .refusedField(400, "text", "Напишите текст резолюции");
        head.post(path, "{\"text\": \"Исполнить\", \"dueDates\": " + dates(5) + "}").refused(400, "Укажите исполнителей"); // nobody
        assertEquals(403, clerk.post(path, "{\"text\": \"Исполнить\", \"organisations\": [7], \"dueDates\": " + dates(5) + "}").status(),
                "a clerk does not write resolutions");

        Api.Reply self = head.post(path, "{\"text\": \"Подготовить ответ лично\", \"users\": [\"irkutsk.head\"], \"dueDates\": "
                + dates(5) + ", \"onControl\": true}");
        assertEquals(201, self.status(), self.body());
        long task = self.array().getJsonObject(0).getJsonNumber("id").longValue();
        head.post("api/v1/tasks/" + task + "/report", "{\"text\": \"Готово\"}");
        assertEquals(403, head.post("api/v1/tasks/" + task + "/acceptance", "").status(), "one's own report");
    }

    @Test
    void aRegionDividesItsTaskAmongItsMunicipalitiesAndTheParentRollsUp() {
        Api ministryClerk = Api.as(base, "minpros.clerk", "demo");
        Api ministry = Api.as(base, "minpros.head", "demo");
        Api region = Api.as(base, "irkutsk.clerk", "demo");
        Api city = Api.as(base, "irkutsk.city.clerk", "demo");
        long letter = incoming(ministryClerk, "О мониторинге (по цепочке поручений)");
        long parent = ministry.post("api/v1/letters/" + letter + "/resolutions", "{\"text\": \"Обеспечить мониторинг в регионе\","
                + " \"organisations\": [6], \"dueDates\": " + dates(20) + ", \"onControl\": true}").array()
                .getJsonObject(0).getJsonNumber("id").longValue();
        // only the assignee divides its task; to others it does not exist
        city.post("api/v1/tasks/" + parent + "/subtasks", "{\"text\": \"Школам\", \"organisations\": [8]}").refused(404, "не найден");
        assertEquals(403, region.post("api/v1/tasks/" + parent + "/subtasks", "{\"text\": \"Томску\", \"organisations\": [3]}").status(),
                "only down its own subtree");
        Api.Reply divided = region.post("api/v1/tasks/" + parent + "/subtasks",
                "{\"text\": \"Провести мониторинг в городе\", \"organisations\": [7]}");
        assertEquals(201, divided.status(), divided.body());
        JsonObject sub = divided.array().getJsonObject(0);
        long subtask = sub.getJsonNumber("id").longValue();
        assertEquals(parent, sub.getJsonNumber("parentTask").longValue());
        assertEquals(TODAY.plusDays(20).toString(), sub.getJsonArray("checkpoints").getJsonObject(0).getString("dueOn"),
                "the parent's due date");
        JsonObject row = rows(city, "?assignee=me").stream().filter(r -> r.getJsonNumber("task").longValue() == subtask)
                .findFirst().orElseThrow();
        assertTrue(!row.getBoolean("ownLetter"), "the ministry's letter is not the city's to open");
        city.post("api/v1/tasks/" + subtask + "/report", "{\"text\": \"Мониторинг проведён\"}");
        assertEquals("DONE", region.post("api/v1/tasks/" + subtask + "/acceptance", "").json()
                .getJsonArray("checkpoints").getJsonObject(0).getString("state"), "the region's clerk controls its division");
        JsonObject rollUp = ministry.get("api/v1/tasks/" + parent + "/division").json();
        assertEquals(1, rollUp.getInt("tasks"));
        assertEquals(1, rollUp.getInt("done"));
    }

    @Test
    void aMonthlyObligationGetsACheckpointForEveryMonthUntilItsEnd() {
        Api clerk = Api.as(base, "irkutsk.clerk", "demo");
        Api head = Api.as(base, "irkutsk.head", "demo");
        long letter = incoming(clerk, "О ежемесячной отчётности");
        String path = "api/v1/letters/" + letter + "/resolutions";
        Api.Reply made = head.post(path, "{\"text\": \"Ежемесячно до 5 числа представлять сведения\", \"organisations\": [7],"
                + " \"recurrence\": \"FREQ=MONTHLY;BYMONTHDAY=5\", \"until\": \"" + TODAY.plusMonths(4) + "\"}");
        assertEquals(201, made.status(), made.body());
        List<JsonObject> points = made.array().getJsonObject(0).getJsonArray("checkpoints").stream().map(JsonValue::asJsonObject).toList();
        assertTrue(points.size() >= 3 && points.size() <= 4, points.toString());
        assertTrue(points.stream().allMatch(p -> p.getString("dueOn").endsWith("-05")), points.toString());
        head.post(path, "{\"text\": \"Исполнить\", \"organisations\": [7], \"recurrence\": \"FREQ=SOMETIMES\","
                + " \"until\": \"" + TODAY.plusMonths(4) + "\"}").refusedField(400, "recurrence", "Правило повторения не разобрано");
        // a recurrence needs its end
        head.post(path, "{\"text\": \"Исполнить\", \"organisations\": [7],"
                + " \"recurrence\": \"FREQ=MONTHLY;BYMONTHDAY=5\"}").refusedField(400, "until", "Укажите, до какой даты повторять срок");

    }

    @Test
    void theCalendarFeedServesTheDueDatesUntilItsTokenIsRevoked() throws Exception {
        Api clerk = Api.as(base, "irkutsk.clerk", "demo");
        Api head = Api.as(base, "irkutsk.head", "demo");
        Api city = Api.as(base, "irkutsk.city.clerk", "demo");
        long letter = incoming(clerk, "О календаре сроков");
        assertEquals(201, head.post("api/v1/letters/" + letter + "/resolutions", "{\"text\": \"Отчитываться\", \"organisations\": [7],"
                + " \"dueDates\": " + dates(7, 21) + "}").status());
        String url = city.post("api/v1/tasks/calendar-token", "").json().getString("url");
        HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, feed.statusCode(), feed.body());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(feed.body().startsWith("BEGIN:VCALENDAR\r\n"), feed.body());
        assertTrue(feed.body().replace("\r\n ", "").contains("DTSTART;VALUE=DATE:" + TODAY.plusDays(21).toString().replace("-", "")), feed.body());
        assertEquals(204, city.delete("api/v1/tasks/calendar-token").status());
        assertEquals(404, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "a revoked token");
    }
}
