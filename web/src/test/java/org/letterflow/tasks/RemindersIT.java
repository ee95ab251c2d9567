package org.letterflow.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.DeployedApplication;

/** Reminders of due dates: in the application and by e-mail, through a real SMTP server (GreenMail). */
class RemindersIT extends DeployedApplication {

    private static GreenMail smtp;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("test.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void aDueDateInTwoDaysIsRemindedOnceInTheApplicationAndByEmail() throws Exception {
        Api clerk = Api.as(base, "irkutsk.clerk", "demo");
        Api head = Api.as(base, "irkutsk.head", "demo");
        Api city = Api.as(base, "irkutsk.city.clerk", "demo");
        Api admin = Api.as(base, "admin", "demo");
        long letter = clerk.post("api/v1/letters", """
                {"direction": "INCOMING", "subject": "О напоминаниях", "correspondentName": "Министерство просвещения Российской Федерации"}
                """).json().getJsonNumber("id").longValue();
        assertEquals(201, head.post("api/v1/letters/" + letter + "/resolutions", "{\"text\": \"Представить сведения о кампании\","
                + " \"organisations\": [7], \"dueDates\": [\"" + LocalDate.now().plusDays(2) + "\"], \"onControl\": true}").status());
        assertEquals(403, city.post("api/v1/notices/reminders", "").status(), "administrators run it by hand");

        assertTrue(admin.post("api/v1/notices/reminders", "").json().getInt("reminders") >= 1);
        List<MimeMessage> mails = to("irkutsk.city.clerk@demo.letterflow.local");
        assertTrue(mails.stream().anyMatch(m -> {
            try {
                return m.getSubject().startsWith("Letterflow: Скоро срок") && String.valueOf(m.getContent())
                        .contains("Представить сведения о кампании");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }), "the clerk of the assignee organisation got the e-mail");
        assertTrue(city.get("api/v1/notices").array().stream()
                .anyMatch(n -> n.asJsonObject().getString("text").contains("Представить сведения о кампании")), "and the notice");

        int before = mails.size();
        admin.post("api/v1/notices/reminders", "");
        assertEquals(before, to("irkutsk.city.clerk@demo.letterflow.local").size(), "each reminder once");
        assertEquals(204, city.post("api/v1/notices/read", "").status());
        assertEquals(0, city.get("api/v1/notices").array().size());
    }

    @Test
    void anApproverPastTheStepsDueTimeIsRemindedOnce() throws Exception {
        Api executor = Api.as(base, "tatarstan.executor", "demo");
        Api deputy = Api.as(base, "tatarstan.deputy", "demo");
        Api admin = Api.as(base, "admin", "demo");
        long letter = executor.post("api/v1/letters", "{\"direction\": \"OUTGOING\", \"subject\": \"О сроках согласования\"}")
                .json().getJsonNumber("id").longValue();
        java.time.LocalDateTime inAnHour = java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Moscow")).plusHours(1)
                .withNano(0);
        Api.Reply past = executor.post("api/v1/letters/" + letter + "/approval-sheet", "{\"steps\": [{\"approver\": \"tatarstan.deputy\","
                + " \"due\": \"" + inAnHour.minusDays(1) + "\"}, {\"approver\": \"tatarstan.head\"}]}");
        assertEquals(400, past.status(), "a due time in the past");
        Api.Reply started = executor.post("api/v1/letters/" + letter + "/approval-sheet", "{\"steps\": [{\"approver\": \"tatarstan.deputy\","
                + " \"due\": \"" + inAnHour + "\"}, {\"approver\": \"tatarstan.head\"}]}");
        assertEquals(201, started.status(), started.body());
        long step = started.json().getJsonArray("steps").getJsonObject(0).getJsonNumber("id").longValue();
        // the hour goes by without a decision
        org.letterflow.it.Database.execute("update approval_step set due_at = now() - interval '1 hour' where id = " + step);
        admin.post("api/v1/notices/reminders", "");
        List<MimeMessage> mails = to("tatarstan.deputy@demo.letterflow.local");
        assertTrue(mails.stream().anyMatch(m -> {
            try {
                return m.getSubject().contains("просрочено согласование");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }), "the approver got the e-mail");
        assertTrue(deputy.get("api/v1/notices").array().stream()
                .anyMatch(n -> n.asJsonObject().getString("text").contains("О сроках согласования")));
        int before = mails.size();
        admin.post("api/v1/notices/reminders", "");
        assertEquals(before, to("tatarstan.deputy@demo.letterflow.local").size(), "once per step");
    }
}
