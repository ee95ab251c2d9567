package org.letterflow.registration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Browser;
import org.letterflow.it.DeployedApplication;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * «Печать журнала» on Входящие as a clerk uses it (issue 14, item 14): a period typed the wrong way
 * round is said in Russian next to the panel and no link is offered; a sound period offers the PDF
 * and the XLSX, and both open with the page's own session (not the API's 401).
 */
@Tag("journey")
class JournalPrintJourneyIT extends DeployedApplication {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static void retype(Browser browser, String id, LocalDate date) {
        browser.tabTo(By.id(id));
        browser.press(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, TYPED.format(date), Keys.ESCAPE);
    }

    @Test
    void aClerkPrintsTheIncomingJournalOfAPeriodWithThePagesOwnSession() {
        LocalDate today = LocalDate.now();
        try (Browser browser = new Browser(base)) {
            browser.signIn("tomsk.clerk", "demo").open("inbox.xhtml");
            browser.visible(By.id("journalPrint:panel"));

            retype(browser, "journalPrint:from_input", today);
            retype(browser, "journalPrint:to_input", today.minusDays(10));
            browser.click("journalPrint:apply");
            browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("journalPrint:messages"),
                    "позже его конца"));
            assertTrue(browser.driver().findElements(By.id("journalPrint:pdf")).isEmpty(),
                    "no link is offered for a period the wrong way round");

            retype(browser, "journalPrint:from_input", today.minusDays(30));
            browser.click("journalPrint:apply");
            String pdf = browser.visible(By.id("journalPrint:pdf")).getAttribute("href");
            String xlsx = browser.visible(By.id("journalPrint:xlsx")).getAttribute("href");
            assertTrue(pdf.contains("from=" + TYPED.format(today.minusDays(30))) && pdf.contains("to=" + TYPED.format(today.minusDays(10))), pdf);
            assertTrue(browser.fetch(pdf).startsWith("200 application/pdf"), "the PDF opens with the page's session");
            assertTrue(browser.fetch(xlsx).startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml"),
                    "the XLSX opens with the page's session");
            browser.screenshot("journal-print");
        }
    }
}
