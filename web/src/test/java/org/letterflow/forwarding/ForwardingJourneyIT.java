package org.letterflow.forwarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.Browser;
import org.letterflow.it.DeployedApplication;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The ministry's clerk sends a letter to every region; Tomsk's clerk registers it from "Новые
 * поступления", re-issues it to the city department and every school below with the reference
 * written in; the school's clerk registers and acknowledges it; the ministry's chain shows the path
 * with numbers and states.
 */
@Tag("journey")
class ForwardingJourneyIT extends DeployedApplication {

    private static final String SUBJECT = "О мониторинге информационной открытости (рассылка)";

    private static void signIn(Browser browser, String login) {
        browser.signIn(login, "demo");
        browser.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
    }

    private static void waitForSending(Browser browser, String delivered) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("card:progressText"), "доставлено " + delivered));
        } catch (TimeoutException e) {
            throw new AssertionError("the sending did not finish; the page says: "
                    + browser.driver().findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Registers the delivery of our letter from the inbox and lands on the new card; returns its number. */
    private static String registerFromInbox(Browser browser) {
        browser.open("inbox.xhtml");
        By button = By.xpath("//tr[contains(., '" + SUBJECT + "')]//button[contains(@id, ':register')]");
        browser.waitUntil().until(ExpectedConditions.elementToBeClickable(button)).click();
        browser.waitUntil().until(ExpectedConditions.urlContains("letter.xhtml"));
        String number = browser.text(By.id("card:number"));
        assertTrue(!number.isBlank() && !number.contains("проект"), number);
        return number;
    }

    @Test
    void aLetterGoesFromTheMinistryToASchoolAndTheChainShowsThePath() {
        Api ministryApi = Api.as(base, "minpros.clerk", "demo");
        Api.Reply created = ministryApi.post("api/v1/letters", """
                {"direction": "OUTGOING", "subject": "%s", "register": true,
                 "addressees": "Руководителям органов исполнительной власти субъектов Российской Федерации"}
                """.formatted(SUBJECT));
        assertEquals(201, created.status(), created.body());
        JsonObject letter = created.json();
        long id = letter.getJsonNumber("id").longValue();
        assertEquals(201, ministryApi.upload("api/v1/letters/" + id + "/attachments", "перечень.txt",
                "Перечень показателей открытости".getBytes(StandardCharsets.UTF_8)).status());

        int regions = ForwardingApiIT.regionsBelowMinistry(ministryApi);
        try (Browser ministry = new Browser(base)) {
            signIn(ministry, "minpros.clerk");
            ministry.open("letter.xhtml?id=" + id);
            ministry.driver().findElement(By.cssSelector("[id='card:subordinates'] .ui-chkbox-box")).click();
            ministry.click("card:sendDown");
            waitForSending(ministry, String.valueOf(regions));
        }

        int schools = ForwardingApiIT.schoolsBelowTomsk(Api.as(base, "tomsk.clerk", "demo"));
        String tomskNumber;
        try (Browser tomsk = new Browser(base)) {
            signIn(tomsk, "tomsk.clerk");
            tomskNumber = registerFromInbox(tomsk);
            tomsk.click("card:reissue");
            tomsk.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("requisites"),
                    "В соответствии с письмом Минпросвещения России от"));
            assertTrue(tomsk.text(By.id("requisites")).contains("№ " + letter.getString("registrationNumber")));
            tomsk.click("card:register");
            tomsk.waitUntil().until(ExpectedConditions.elementToBeClickable(By.id("card:sendDown")));
            tomsk.choose("card:sendKind", "Образовательная организация");
            tomsk.type("card:picked_input", "ДО г. Томск");
            tomsk.waitUntil().until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., 'ДО г. Томска')]"))).click();
            tomsk.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("card:picked"), "ДО г. Томска"));
            tomsk.click("card:sendDown");
            waitForSending(tomsk, String.valueOf(1 + schools));
        }

        String schoolNumber;
        try (Browser school = new Browser(base)) {
            signIn(school, "school.clerk");
            schoolNumber = registerFromInbox(school);
            school.click("card:acknowledge");
            school.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("card:deliveryState"),
                    "ознакомлены"));
        }

        try (Browser ministry = new Browser(base)) {
            signIn(ministry, "minpros.clerk");
            ministry.open("chain.xhtml?letter=" + id);
            assertEquals(String.valueOf(regions + 1 + schools), ministry.text(By.id("received")),
                    "every region, then the city department and every school below Tomsk");
            assertEquals("2", ministry.text(By.id("registered")));
            String top = ministry.text(By.id("nodes"));
            assertTrue(top.contains("ДОО ТО") && top.contains(tomskNumber), top);
            ministry.driver().findElement(By.xpath("//tr[contains(., 'ДОО ТО')]//a[contains(@id, ':down')]")).click();
            ministry.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("nodes"), "МАОУ СОШ № 2"));
            String below = ministry.text(By.id("nodes"));
            assertTrue(below.contains(schoolNumber) && below.contains("ознакомлены"), below);
            assertTrue(below.contains("ОГБОУ ТФТЛ") && below.contains("поступило, не зарегистрировано"), below);
        }
    }
}
