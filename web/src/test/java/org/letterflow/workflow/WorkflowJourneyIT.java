package org.letterflow.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.Browser;
import org.letterflow.it.Database;
import org.letterflow.it.DeployedApplication;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a clerk meets on the first day: a draft on approval offers no «Зарегистрировать», the
 * signature shows the number at once, an impossible date is refused, pages opened with somebody
 * else's id are «not found», and a report or an acceptance says it was done.
 */
@Tag("journey")
class WorkflowJourneyIT extends DeployedApplication {

    private static void signIn(Browser browser, String login) {
        browser.signIn(login, "demo");
        browser.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
    }

    private static long id(Api.Reply reply) {
        assertTrue(reply.status() / 100 == 2, reply.toString());
        return reply.json().getJsonNumber("id").longValue();
    }

    @Test
    void anImpossibleDateIsRefusedAndNothingIsSaved() {
        String subject = "О проведении мониторинга " + System.nanoTime();
        try (Browser clerk = new Browser(base)) {
            signIn(clerk, "tomsk.clerk");
            clerk.open("register.xhtml?direction=INCOMING");
            clerk.type("letter:subject", subject);
            clerk.type("letter:correspondentDate_input", "31.02.2025");
            clerk.click("letter:save");
            clerk.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("letter:messages"),
                    "такой даты нет"));
            assertTrue(clerk.driver().getCurrentUrl().contains("register.xhtml"), "the form stays, with what was typed");
        }
        assertEquals(0, Database.number("select count(*) from letter where subject = '" + subject + "'"),
                "nothing saved, not as 28.02.2025 either");
    }

    @Test
    void aPageOpenedWithSomebodyElsesIdOrANonsenseIdIsNotFound() {
        long ministrysLetter = Database.number("select min(id) from letter where organisation_id = 1");
        long notTomsksDelivery = Database.number("select min(id) from delivery where recipient_id <> 2");
        try (Browser clerk = new Browser(base)) {
            signIn(clerk, "tomsk.clerk");
            for (String page : new String[] {"letter.xhtml?id=" + ministrysLetter, "letter.xhtml?id=987654321",
                    "letter.xhtml?id=abc", "chain.xhtml?letter=" + ministrysLetter, "chain.xhtml?letter=987654321",
                    "chain.xhtml?letter=1%27", "delivery.xhtml?id=" + notTomsksDelivery, "delivery.xhtml?id=987654321",
                    "delivery.xhtml?id=-1"}) {
                clerk.open(page);
                assertEquals("Страница не найдена", clerk.text(By.id("errorTitle")), page);
            }
        }
    }

    @Test
    void theSignatureShowsTheNumberAtOnceAndADraftOnApprovalOffersNoRegistration() {
        Api executor = Api.as(base, "tatarstan.executor", "demo");
        long letter = id(executor.post("api/v1/letters", """
                {"direction": "OUTGOING", "subject": "О сети госпабликов (журнал)", "addressees": "Руководителям"}"""));
        JsonObject sheet = executor.post("api/v1/letters/" + letter + "/approval-sheet",
                "{\"steps\": [{\"approver\": \"tatarstan.deputy\"}, {\"approver\": \"tatarstan.head\"}]}").json();
        try (Browser clerk = new Browser(base)) {
            signIn(clerk, "tatarstan.clerk");
            clerk.open("letter.xhtml?id=" + letter);
            clerk.visible(By.id("card:number"));
            assertTrue(clerk.driver().findElements(By.id("card:register")).isEmpty(),
                    "a draft on approval is registered by its signature only");
        }
        long first = sheet.getJsonArray("steps").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, Api.as(base, "tatarstan.deputy", "demo").post("api/v1/approval-steps/" + first + "/decision",
                "{\"result\": \"APPROVED\"}").status());
        try (Browser head = new Browser(base)) {
            signIn(head, "tatarstan.head");
            head.open("letter.xhtml?id=" + letter);
            assertEquals("проект", head.text(By.id("card:number")));
            head.click("card:sign");
            head.waitUntil().until(ExpectedConditions.textMatches(By.id("card:number"), java.util.regex.Pattern.compile("\\d+/\\d{2}-Д")));
            String number = head.text(By.id("card:number"));
            assertTrue(head.driver().findElements(By.id("card:register")).isEmpty(), "no «Зарегистрировать» on a registered letter");
            assertTrue(head.text(By.id("card:messages")).contains("зарегистрировано под № " + number),
                    head.text(By.id("card:messages")));
        }
    }

    @Test
    void theSeedChainNamesTomsksReissueAndTheCardsLinkBothWays() {
        long tenOne = Database.number("select id from letter where organisation_id = 1 and registration_number = '10-1' and registration_year = 2021");
        long reissue = Database.number("select id from letter where organisation_id = 2 and registration_number = '57-0144'");
        try (Browser ministry = new Browser(base)) {
            signIn(ministry, "minpros.clerk");
            ministry.open("chain.xhtml?letter=" + tenOne);
            By tomsk = By.xpath("//*[@id='nodes']//tr[contains(., 'ДОО ТО')]");
            assertTrue(ministry.visible(tomsk).getText().contains("переадресовано письмом № 57-0144 от 15.01.2021"),
                    ministry.visible(tomsk).getText());
        }
        try (Browser clerk = new Browser(base)) {
            signIn(clerk, "tomsk.clerk");
            clerk.open("letter.xhtml?id=" + reissue);
            assertTrue(clerk.text(By.id("requisites")).contains("Во исполнение"), clerk.text(By.id("requisites")));
            clerk.driver().findElement(By.xpath("//*[@id='requisites']//a[contains(@id, 'reissueOf')]")).click();
            clerk.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("requisites"),
                    "Переадресовано письмом"));
            assertTrue(clerk.text(By.id("requisites")).contains("№ 57-0144 от 15.01.2021"), clerk.text(By.id("requisites")));
        }
    }

    @Test
    void aReportAndAnAcceptanceSayTheyWereDone() {
        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        String text = "Подготовить сведения " + System.nanoTime();
        long letter = id(clerk.post("api/v1/letters", """
                {"direction": "INCOMING", "subject": "О сведениях для доклада", "correspondentName": "Минпросвещения России"}"""));
        Api.Reply resolved = Api.as(base, "tomsk.head", "demo").post("api/v1/letters/" + letter + "/resolutions",
                "{\"text\": \"" + text + "\", \"users\": [\"tomsk.executor\"], \"dueDates\": [\""
                        + LocalDate.now().plusDays(7) + "\"], \"onControl\": true}");
        assertEquals(201, resolved.status(), resolved.body());
        try (Browser executor = new Browser(base)) {
            signIn(executor, "tomsk.executor");
            executor.open("tasks.xhtml");
            By row = By.xpath("//*[@id='tasks:views:mine']//tr[contains(., '" + text + "')]");
            executor.visible(row).findElement(By.xpath(".//button[contains(@id, ':report')]")).click();
            executor.type("tasks:reportText", "Сведения направлены");
            executor.click("tasks:sendReport");
            executor.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tasks:messages"),
                    "Отчёт отправлен"));
        }
        try (Browser head = new Browser(base)) {
            signIn(head, "tomsk.head");
            head.open("tasks.xhtml");
            By row = By.xpath("//*[@id='tasks:controlled']//tr[contains(., '" + text + "')]");
            head.visible(row).findElement(By.xpath(".//button[contains(@id, ':accept')]")).click();
            head.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tasks:messages"),
                    "снято с контроля"));
        }
    }
}
