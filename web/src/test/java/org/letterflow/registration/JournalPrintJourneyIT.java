package org.letterflow.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.Browser;
import org.letterflow.it.DeployedApplication;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * «Печать журнала» as a clerk uses it (issue 14, item 14): on Входящие a period is chosen, a wrong
 * one is said in Russian and offers no file, a sound one offers the PDF and the XLSX, which open
 * with the page's own session; Исходящие offers the same for its journal.
 */
class JournalPrintJourneyIT extends DeployedApplication {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static void choose(Browser browser, String id, LocalDate date) {
        browser.type(id, DAY.format(date));
        WebElement field = browser.driver().findElement(By.id(id));
        field.sendKeys(Keys.ESCAPE);
        field.sendKeys(Keys.TAB);
    }

    @Test
    void aClerkChoosesAPeriodAndGetsTheJournalAsPdfAndXlsxWithTheSessionOfThePage() {
        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        Api.Reply letter = clerk.post("api/v1/letters", """
                {"direction": "INCOMING", "subject": "О печати журнала %d", "correspondentName": "Минпросвещения России"}
                """.formatted(System.nanoTime()));
        assertEquals(201, letter.status(), letter.body());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tomsk"));

        try (Browser browser = new Browser(base)) {
            browser.signIn("tomsk.clerk", "demo");
            browser.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
            browser.visible(By.id("journalPrint:panel"));
            assertTrue(browser.text(By.id("journalPrint:panel")).contains("Печать журнала"));

            // the end before the beginning: said at once, and no file offered
            choose(browser, "journalPrint:from_input", today);
            choose(browser, "journalPrint:to_input", today.minusDays(3));
            browser.click("journalPrint:apply");
            browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("journalPrint:messages"),
                    "позже его конца"));
            assertTrue(browser.driver().findElements(By.id("journalPrint:pdf")).isEmpty(), "no PDF for a wrong period");
            browser.screenshot("inbox-journal-print-wrong-period");

            choose(browser, "journalPrint:from_input", today.minusDays(7));
            choose(browser, "journalPrint:to_input", today);
            browser.click("journalPrint:apply");
            By pdfLink = By.id("journalPrint:pdf");
            browser.waitUntil().until(ExpectedConditions.attributeContains(pdfLink, "href",
                    "from=" + DAY.format(today.minusDays(7))));
            browser.waitUntil().until(ExpectedConditions.attributeContains(pdfLink, "href", "to=" + DAY.format(today)));
            String pdf = browser.driver().findElement(pdfLink).getAttribute("href");
            assertTrue(pdf.contains("/files/journals/") && pdf.contains("to=" + DAY.format(today)), pdf);
            assertTrue(browser.fetch(pdf).startsWith("200 application/pdf"), pdf + " → " + browser.fetch(pdf));
            String xlsx = browser.driver().findElement(By.id("journalPrint:xlsx")).getAttribute("href");
            assertTrue(browser.fetch(xlsx).startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                    xlsx + " → " + browser.fetch(xlsx));
            browser.screenshot("inbox-journal-print");

            browser.open("outbox.xhtml");
            String outgoing = browser.visible(By.id("journalPrint:pdf")).getAttribute("href");
            assertTrue(browser.fetch(outgoing).startsWith("200 application/pdf"), outgoing + " → " + browser.fetch(outgoing));
        }
        // the address itself with another session answers nothing: another organisation's clerk
        try (Browser other = new Browser(base)) {
            other.signIn("irkutsk.clerk", "demo");
            other.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
            String mine = other.visible(By.id("journalPrint:pdf")).getAttribute("href");
            String tomskJournal = mine.replaceAll("/journals/\\d+/", "/journals/" + journalOf(base, "tomsk.clerk") + "/");
            assertTrue(other.fetch(tomskJournal).startsWith("404"), tomskJournal + " → " + other.fetch(tomskJournal));
        }
    }

    private static long journalOf(java.net.URL base, String login) {
        return Api.as(base, login, "demo").get("api/v1/journals").array().stream().map(v -> v.asJsonObject())
                .filter(j -> j.getString("direction").equals("INCOMING")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
