package org.letterflow.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.DeployedApplication;
import org.letterflow.it.MovedClock;

/**
 * One clock: when the application's clock moves, the overdue flags of the task lists, the reminder
 * run's notices and the discipline report move with it, each judged in the assignee organisation's
 * calendar (ДО г. Иркутска, Asia/Irkutsk) — nothing asks the database for its own now().
 */
class MovedClockIT extends DeployedApplication {

    private static final ZoneId IRKUTSK = ZoneId.of("Asia/Irkutsk");
    private static final String CITY = "ДО г. Иркутска";

    @Test
    void overdueRemindersAndTheDisciplineReportFollowTheMovedClock() {
        Api clerk = Api.as(base, "irkutsk.clerk", "demo");
        Api head = Api.as(base, "irkutsk.head", "demo");
        Api city = Api.as(base, "irkutsk.city.clerk", "demo");
        Api admin = Api.as(base, "admin", "demo");
        String text = "Сведения о часах " + UUID.randomUUID();
        LocalDate due = LocalDate.now(IRKUTSK).plusDays(5);
        Api.Reply letter = clerk.post("api/v1/letters", """
                {"direction": "INCOMING", "subject": "О сроках по часам", "correspondentName": "Министерство просвещения Российской Федерации"}
                """);
        assertEquals(201, letter.status(), letter.body());
        Api.Reply resolved = head.post("api/v1/letters/" + letter.json().getJsonNumber("id") + "/resolutions",
                "{\"text\": \"" + text + "\", \"organisations\": [7], \"dueDates\": [\"" + due + "\"], \"onControl\": true}");
        assertEquals(201, resolved.status(), resolved.body());
        long checkpoint = resolved.array().getJsonObject(0).getJsonArray("checkpoints").getJsonObject(0)
                .getJsonNumber("id").longValue();

        // today: five days ahead, neither overdue nor due soon, no reminder, open in the report
        JsonObject row = row(city, checkpoint);
        assertFalse(row.getBoolean("overdue"), row.toString());
        assertFalse(row.getBoolean("dueSoon"), row.toString());
        admin.post("api/v1/notices/reminders", "");
        assertFalse(noticed(city, text), "no reminder five days ahead");
        JsonObject before = cityLine(head, due);
        assertEquals(0, before.getInt("overdue"), before.toString());
        assertTrue(before.getInt("open") >= 1, before.toString());

        try (MovedClock clock = MovedClock.by(base, Duration.ofDays(3))) {
            // three days on: due in two days
            row = row(city, checkpoint);
            assertFalse(row.getBoolean("overdue"), row.toString());
            assertTrue(row.getBoolean("dueSoon"), row.toString());
            admin.post("api/v1/notices/reminders", "");
            assertTrue(notice(city, text).startsWith("Скоро срок " + due.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))),
                    notice(city, text));
            assertEquals(204, city.post("api/v1/notices/read", "").status());

            // six days on: the day has gone by undone
            clock.to(Duration.ofDays(6));
            row = row(city, checkpoint);
            assertTrue(row.getBoolean("overdue"), row.toString());
            assertFalse(row.getBoolean("dueSoon"), row.toString());
            admin.post("api/v1/notices/reminders", "");
            assertTrue(notice(city, text).startsWith("Просрочен срок " + due.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))),
                    notice(city, text));
            JsonObject after = cityLine(head, due);
            assertEquals(before.getInt("total"), after.getInt("total"), after.toString());
            assertEquals(before.getInt("open"), after.getInt("overdue"), "every open due date of that day is now overdue");
            assertEquals(0, after.getInt("open"), after.toString());
        }

        // the clock put back: as before
        row = row(city, checkpoint);
        assertFalse(row.getBoolean("overdue"), row.toString());
        assertEquals(0, cityLine(head, due).getInt("overdue"));
    }

    private static JsonObject row(Api user, long checkpoint) {
        Api.Reply reply = user.get("api/v1/tasks?assignee=me");
        assertEquals(200, reply.status(), reply.body());
        return reply.array().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonNumber("checkpoint").longValue() == checkpoint).findFirst().orElseThrow();
    }

    private static boolean noticed(Api user, String text) {
        return user.get("api/v1/notices").array().stream().anyMatch(n -> n.asJsonObject().getString("text").contains(text));
    }

    private static String notice(Api user, String text) {
        return user.get("api/v1/notices").array().stream().map(n -> n.asJsonObject().getString("text"))
                .filter(t -> t.contains(text)).findFirst().orElse("(no notice about " + text + ")");
    }

    /** The organisation's own line of the discipline report for the one day. */
    private static JsonObject cityLine(Api head, LocalDate day) {
        Api.Reply reply = head.get("api/v1/reports/discipline?from=" + day + "&to=" + day);
        assertEquals(200, reply.status(), reply.body());
        return reply.array().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("organisation").equals(CITY) && !r.containsKey("person"))
                .findFirst().orElseThrow(() -> new AssertionError(reply.body()));
    }
}
