package org.letterflow.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Browser;
import org.letterflow.it.DeployedApplication;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A clerk registers a letter with a schedule attached: the form proposes the attachment's deadlines
 * with their file and page («Сроки из вложений»), one is taken in one click; the card proposes the
 * rest, and one click there keeps it too, with where it was found.
 */
@Tag("journey")
class AttachmentDeadlinesJourneyIT extends DeployedApplication {

    @Test
    void theClerkSeesTheAttachmentsDeadlinesWithTheirSourceAndTakesThemInOneClick() throws Exception {
        Path dir = Files.createTempDirectory("attachments");
        Path schedule = Files.write(dir.resolve("приложение.pdf"), AttachmentDeadlinesApiIT.SCHEDULE);
        try (Browser browser = new Browser(base)) {
            browser.signIn("tomsk.clerk", "demo");
            browser.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
            browser.open("register.xhtml?direction=INCOMING");
            browser.type("letter:correspondent_input", "Министерство образования Томской области");
            browser.type("letter:correspondentNumber", "57-" + System.nanoTime() % 100000);
            browser.type("letter:subject", "О графике представления отчётов");

            browser.driver().findElement(By.id("letter:appendix_input")).sendKeys(schedule.toString());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(
                    ExpectedConditions.presenceOfElementLocated(By.id("letter:attachmentProposals")));
            String proposals = browser.text(By.id("letter:attachmentDeadlines"));
            assertTrue(proposals.contains("Сроки из вложений"), proposals);
            assertTrue(proposals.contains("15.03.2027") && proposals.contains("10.04.2027"), proposals);
            assertEquals("приложение.pdf, с. 2", browser.text(By.id("letter:attachmentProposals:0:proposedSource")));

            browser.click("letter:attachmentProposals:0:take");
            browser.waitUntil().until(ExpectedConditions.textToBe(By.id("letter:deadlines:0:source"), "приложение.pdf, с. 2"));
            List<String> dues = browser.driver().findElements(By.cssSelector("input[id$=':due_input']")).stream()
                    .map(e -> e.getAttribute("value")).toList();
            assertEquals(List.of("15.03.2027"), dues, "taken into the letter's due dates");
            String left = browser.text(By.id("letter:attachmentProposals"));
            assertFalse(left.contains("15.03.2027"), "a taken proposal leaves the list: " + left);
            assertTrue(left.contains("10.04.2027"), left);

            browser.click("letter:save");
            browser.waitUntil().until(ExpectedConditions.urlContains("letter.xhtml"));
            String kept = browser.text(By.id("card:deadlines"));
            assertTrue(kept.contains("15.03.2027") && kept.contains("приложение.pdf, с. 2"), kept);
            assertTrue(browser.text(By.id("card:files")).contains("приложение.pdf"), "the attachment is kept with the letter");

            // the one not taken on the form is proposed on the card, with its source, and taken in one click
            String onCard = browser.text(By.id("card:attachmentDeadlines"));
            assertTrue(onCard.contains("Сроки из вложений") && onCard.contains("10.04.2027"), onCard);
            assertEquals("приложение.pdf, с. 2", browser.text(By.id("card:proposals:0:proposedSource")));
            browser.click("card:proposals:0:take");
            browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("card:deadlines"), "10.04.2027"));
            browser.waitUntil().until(ExpectedConditions.invisibilityOfElementLocated(By.id("card:attachmentDeadlines")));
            String page = browser.text(By.tagName("body"));
            assertFalse(page.contains("Exception"), page);
        }
    }
}
