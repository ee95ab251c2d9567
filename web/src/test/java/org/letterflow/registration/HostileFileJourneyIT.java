package org.letterflow.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.Browser;
import org.letterflow.it.DeployedApplication;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A file another organisation sent carries script. Whichever way a clerk opens it — the card's
 * link, the in-place link, the delivered copy — no dialog opens and nothing runs on our origin:
 * the script would raise an alert and leave a mark in the origin's storage and cookies.
 */
@Tag("journey")
class HostileFileJourneyIT extends DeployedApplication {

    private static final String SCRIPT = "alert('xss');localStorage.setItem('lf-pwned',location.href);"
            + "document.cookie='lfpwned=1;path=/';";
    private static final String HTML = "<!DOCTYPE html><html><body onload=\"" + SCRIPT.replace("'", "&#39;")
            + "\"><h1>Отчёт</h1><script>" + SCRIPT + "</script></body></html>";
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\" onload=\""
            + SCRIPT.replace("'", "&#39;") + "\"><script>" + SCRIPT + "</script><rect width=\"10\" height=\"10\"/></svg>";

    @Test
    void filesCarryingScriptNeverRunWhereverAClerkOpensThem() throws Exception {
        Api tomsk = Api.as(base, "tomsk.clerk", "demo");
        Api.Reply created = tomsk.post("api/v1/letters", """
                {"direction": "INCOMING", "correspondentName": "Министерство образования Иркутской области",
                 "correspondentNumber": "%s", "subject": "О файлах со сценариями"}""".formatted(System.nanoTime()));
        assertEquals(201, created.status(), created.toString());
        long letter = created.json().getJsonNumber("id").longValue();
        long delivery = deliveredToTomsk();

        Path html = Files.createTempFile("отчёт", ".html");
        Files.writeString(html, HTML);
        Path svg = Files.createTempFile("схема", ".svg");
        Files.writeString(svg, SVG);
        try (Browser browser = new Browser(base)) {
            browser.signIn("tomsk.clerk", "demo");
            browser.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
            browser.open("letter.xhtml?id=" + letter);
            for (Path file : List.of(html, svg)) {
                int before = browser.driver().findElements(By.cssSelector("#card\\:files a")).size();
                browser.driver().findElement(By.id("card:upload_input")).sendKeys(file.toString());
                browser.waitUntil().until(d -> d.findElements(By.cssSelector("#card\\:files a")).size() > before);
            }
            List<String> links = new ArrayList<>();
            for (WebElement link : browser.driver().findElements(By.cssSelector("#card\\:files a"))) {
                links.add(link.getAttribute("href"));
            }
            assertEquals(2, links.size(), links.toString());
            assertNothingRan(browser, "the card");

            for (int i = 0; i < links.size(); i++) {
                browser.open("letter.xhtml?id=" + letter);
                browser.driver().findElements(By.cssSelector("#card\\:files a")).get(i).click();
                assertNothingRan(browser, "the card's link " + links.get(i));
                for (String address : List.of(links.get(i), links.get(i) + "?inline=1")) {
                    browser.driver().get(address);
                    assertNothingRan(browser, address);
                }
            }

            browser.open("delivery.xhtml?id=" + delivery);
            List<WebElement> delivered = browser.driver().findElements(By.cssSelector("#delivery a[href*='/files/deliveries/']"));
            assertEquals(1, delivered.size(), browser.driver().getPageSource());
            String address = delivered.get(0).getAttribute("href");
            delivered.get(0).click();
            assertNothingRan(browser, "the delivered copy's link");
            browser.driver().get(address + "?inline=1");
            assertNothingRan(browser, address + "?inline=1");

            browser.open("letter.xhtml?id=999999999");
            assertEquals("Страница не найдена", browser.text(By.id("errorTitle")), "a letter that is not there");
        }
    }

    /** No dialog open, and back on our own page: no mark in the origin's storage or cookies. */
    private static void assertNothingRan(Browser browser, String where) {
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert(),
                "a dialog opened from " + where);
        browser.open("inbox.xhtml");
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert(),
                "a dialog opened from " + where);
        assertNull(((JavascriptExecutor) browser.driver()).executeScript("return localStorage.getItem('lf-pwned');"), "script ran: " + where);
        assertTrue(!String.valueOf(((JavascriptExecutor) browser.driver()).executeScript("return document.cookie;")).contains("lfpwned"),
                "script ran: " + where);
    }

    /** The ministry sends Tomsk a letter with an HTML file; Tomsk's delivery of it. */
    private long deliveredToTomsk() throws InterruptedException {
        Api ministry = Api.as(base, "minpros.clerk", "demo");
        Api.Reply draft = ministry.post("api/v1/letters", """
                {"direction": "OUTGOING", "subject": "О сценариях в файлах",
                 "addressees": "Руководителям органов исполнительной власти субъектов Российской Федерации"}""");
        assertEquals(201, draft.status(), draft.toString());
        long letter = draft.json().getJsonNumber("id").longValue();
        Api.Reply attached = ministry.upload("api/v1/letters/" + letter + "/attachments", "приложение.html",
                HTML.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, attached.status(), attached.toString());
        assertEquals(200, ministry.post("api/v1/letters/" + letter + "/registration", "").status());
        Api.Reply sent = ministry.post("api/v1/letters/" + letter + "/deliveries", "{\"recipients\": [2]}");
        assertEquals(202, sent.status(), sent.toString());
        Api tomsk = Api.as(base, "tomsk.clerk", "demo");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonValue item : tomsk.get("api/v1/deliveries?state=DELIVERED&limit=100").json().getJsonArray("items")) {
                JsonObject d = item.asJsonObject();
                if (d.getJsonNumber("letter").longValue() == letter) {
                    return d.getJsonNumber("id").longValue();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the ministry's letter did not reach Tomsk");
    }
}
