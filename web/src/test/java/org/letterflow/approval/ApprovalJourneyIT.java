package org.letterflow.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.Browser;
import org.letterflow.it.DeployedApplication;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The executor drafts an outgoing letter and routes it to the deputy, then the head; the deputy
 * approves from "На согласовании", the head signs, the letter gets its outgoing number, and the
 * printed sheet shows both steps with their times. A rejection sends the draft back for a new round.
 */
@Tag("journey")
class ApprovalJourneyIT extends DeployedApplication {

    private static void signIn(Browser browser, String login) {
        browser.signIn(login, "demo");
        browser.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
    }

    /** Picks an approver in the menu as a person does; the overlay's animation may swallow a first click. */
    private static void choose(Browser browser, String name) {
        By item = By.xpath("//li[contains(@class,'ui-selectonemenu-item') and contains(., '" + name + "')]");
        for (int attempt = 1; ; attempt++) {
            browser.click("card:approver");
            try {
                browser.waitUntil().until(ExpectedConditions.elementToBeClickable(item)).click();
                browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("card:approver_label"), name));
                return;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private String draftAndRoute(Browser executor, String subject) {
        signIn(executor, "tatarstan.executor");
        executor.open("register.xhtml?direction=OUTGOING");
        executor.type("letter:subject", subject);
        executor.type("letter:addressees", "Руководителям государственных образовательных организаций");
        executor.click("letter:save");
        executor.waitUntil().until(ExpectedConditions.urlContains("letter.xhtml"));
        String url = executor.driver().getCurrentUrl();
        String[] route = {"Захарова", "Музипов"};
        for (int i = 0; i < route.length; i++) {
            choose(executor, route[i]);
            executor.click("card:addApprover");
            executor.waitUntil().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#route li"), i + 1));
        }
        executor.click("card:startApproval");
        executor.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("card:approval"),
                "ожидает решения"));
        return url.substring(url.indexOf("letter.xhtml"));
    }

    @Test
    void theDeputyApprovesTheHeadSignsAndTheLetterIsNumbered() throws IOException {
        String subject = "О продолжении работы " + System.nanoTime();
        String card;
        try (Browser executor = new Browser(base)) {
            card = draftAndRoute(executor, subject);
        }
        try (Browser deputy = new Browser(base)) {
            signIn(deputy, "tatarstan.deputy");
            deputy.click("menuForm:menuApprovals");
            deputy.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("pending"), subject));
            deputy.driver().findElement(By.linkText(subject)).click();
            deputy.click("card:approve");
            deputy.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("card:approval"), "Согласовано"));
        }
        try (Browser head = new Browser(base)) {
            signIn(head, "tatarstan.head");
            head.open(card);
            head.click("card:sign");
            head.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("card:approval"), "Подписано"));
            head.open(card);
            String number = head.text(By.id("card:number"));
            assertTrue(number.matches("\\d+/\\d{2}-Д"), number);

            long id = Long.parseLong(card.replaceAll("\\D", ""));
            var pdf = Api.as(base, "tatarstan.head", "demo").download("api/v1/letters/" + id + "/approval-sheet.pdf");
            assertEquals(200, pdf.statusCode());
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                String printed = new PDFTextStripper().getText(document);
                assertTrue(printed.contains("Лист согласования к документу № " + number), printed);
                assertTrue(printed.contains("последовательное"), printed);
                assertTrue(printed.matches("(?s).*Согласовано \\d{2}\\.\\d{2}\\.\\d{4} - \\d{2}:\\d{2}.*"), printed);
                assertTrue(printed.matches("(?s).*Подписано \\d{2}\\.\\d{2}\\.\\d{4} - \\d{2}:\\d{2}.*"), printed);
            }
        }
    }

    @Test
    void aRejectionWithoutRemarksIsRefusedAndWithThemSendsTheDraftBack() {
        String subject = "О мониторинге сайтов " + System.nanoTime();
        String card;
        try (Browser executor = new Browser(base)) {
            card = draftAndRoute(executor, subject);
        }
        try (Browser deputy = new Browser(base)) {
            signIn(deputy, "tatarstan.deputy");
            deputy.open(card);
            deputy.click("card:reject");
            deputy.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("card:messages"), "замечания"));
            deputy.type("card:remarks", "Уточнить сроки представления");
            deputy.click("card:reject");
            deputy.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("card:approval"),
                    "не согласован"));
        }
        try (Browser executor = new Browser(base)) {
            signIn(executor, "tatarstan.executor");
            executor.open(card);
            assertTrue(executor.text(By.id("card:approval")).contains("Уточнить сроки представления"));
            assertTrue(executor.visible(By.id("card:routeBuilder")).isDisplayed(), "the draft can go round again");
        }
    }
}
