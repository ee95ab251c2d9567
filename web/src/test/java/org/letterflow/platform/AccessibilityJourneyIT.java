package org.letterflow.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Accessibility;
import org.letterflow.it.Api;
import org.letterflow.it.Browser;
import org.letterflow.it.Database;
import org.letterflow.it.DeployedApplication;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 14, item 16: the main pages have no critical or serious accessibility violation by axe-core
 * (WCAG 2.0/2.1 A and AA), each as the user who works on it sees it; and signing in and
 * registering a letter need no mouse.
 */
@Tag("journey")
class AccessibilityJourneyIT extends DeployedApplication {

    private static void signIn(Browser browser, String login) {
        browser.signIn(login, "demo");
        browser.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
    }

    /** Opens each page and adds what axe finds there: one run shows every page's violations at once. */
    private static void checkPages(Browser browser, List<String> found, String... pages) {
        for (String page : pages) {
            browser.open(page);
            browser.visible(By.tagName("h1"));
            found.addAll(Accessibility.violations(browser, page));
        }
    }

    private static void assertNone(List<String> found) {
        assertTrue(found.isEmpty(), "critical or serious accessibility violations:\n" + String.join("\n", found));
    }

    @Test
    void theClerksPagesHaveNoSeriousViolations() {
        long reissue = Database.number("select id from letter where organisation_id = 2 and registration_number = '57-0144'");
        List<String> found = new ArrayList<>();
        try (Browser browser = new Browser(base)) {
            browser.open("login.xhtml");
            browser.visible(By.id("signIn:login"));
            found.addAll(Accessibility.violations(browser, "login.xhtml"));
            browser.click("signIn:submit");
            browser.visible(By.id("signIn:messages"));
            found.addAll(Accessibility.violations(browser, "login.xhtml, nothing typed"));

            signIn(browser, "tomsk.clerk");
            checkPages(browser, found, "inbox.xhtml", "outbox.xhtml", "register.xhtml?direction=INCOMING",
                    "register.xhtml?direction=OUTGOING", "letter.xhtml?id=" + reissue, "register.xhtml?id=" + reissue,
                    "search.xhtml", "tasks.xhtml", "tokens.xhtml", "extraction-accuracy.xhtml",
                    "letter.xhtml?id=987654321");

            browser.open("search.xhtml");
            browser.type("search:text", "мониторинг");
            browser.click("search:find");
            browser.visible(By.cssSelector("#search\\:letters tbody tr"));
            found.addAll(Accessibility.violations(browser, "search.xhtml, found"));

            browser.open("register.xhtml?direction=INCOMING");
            browser.click("letter:save");
            browser.visible(By.cssSelector("#letter\\:messages .ui-messages-error"));
            found.addAll(Accessibility.violations(browser, "register.xhtml, required fields left empty"));
        }
        assertNone(found);
    }

    @Test
    void theExecutivesExecutorsMinistrysAndAdministratorsPagesHaveNoSeriousViolations() {
        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        long letter = clerk.post("api/v1/letters", """
                {"direction": "INCOMING", "subject": "О доступности страниц", "correspondentName": "Минпросвещения России"}""")
                .json().getJsonNumber("id").longValue();
        Api.Reply resolved = Api.as(base, "tomsk.head", "demo").post("api/v1/letters/" + letter + "/resolutions",
                "{\"text\": \"Проверить страницы\", \"users\": [\"tomsk.executor\"], \"dueDates\": [\""
                        + LocalDate.now().plusDays(7) + "\"], \"onControl\": true}");
        assertEquals(201, resolved.status(), resolved.body());
        long tenOne = Database.number(
                "select id from letter where organisation_id = 1 and registration_number = '10-1' and registration_year = 2021");
        List<String> found = new ArrayList<>();
        try (Browser browser = new Browser(base)) {
            signIn(browser, "tomsk.executor");
            checkPages(browser, found, "tasks.xhtml", "letter.xhtml?id=" + letter);
        }
        try (Browser browser = new Browser(base)) {
            signIn(browser, "tomsk.head");
            checkPages(browser, found, "tasks.xhtml", "approvals.xhtml", "letter.xhtml?id=" + letter, "discipline.xhtml");
            browser.click("discipline:show");
            browser.visible(By.id("discipline:rows"));
            found.addAll(Accessibility.violations(browser, "discipline.xhtml, shown"));
        }
        try (Browser browser = new Browser(base)) {
            signIn(browser, "tatarstan.deputy");
            checkPages(browser, found, "approvals.xhtml");
        }
        try (Browser browser = new Browser(base)) {
            signIn(browser, "minpros.clerk");
            checkPages(browser, found, "chain.xhtml?letter=" + tenOne, "letter.xhtml?id=" + tenOne);
        }
        try (Browser browser = new Browser(base)) {
            signIn(browser, "admin");
            checkPages(browser, found, "admin/organisations.xhtml", "admin/users.xhtml", "admin/journals.xhtml");
        }
        assertNone(found);
    }

    @Test
    void aClerkSignsInAndRegistersALetterWithTheKeyboardAlone() {
        String subject = "О проверке работы с клавиатуры " + System.nanoTime();
        try (Browser browser = new Browser(base)) {
            browser.open("login.xhtml");
            browser.tabTo(By.id("signIn:login"));
            browser.press("tomsk.clerk");
            browser.tabTo(By.id("signIn:password"));
            browser.press("demo", Keys.ENTER);
            browser.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));

            browser.tabTo(By.cssSelector("a[id='list:registerIncoming'], #list\\:registerIncoming a"));
            browser.press(Keys.ENTER);
            browser.waitUntil().until(ExpectedConditions.urlContains("register.xhtml"));

            browser.tabTo(By.id("letter:correspondent_input"));
            browser.press("Министерство просв");
            chooseSuggestion(browser, "Министерство просвещения Российской Федерации");
            browser.tabTo(By.id("letter:correspondentNumber"));
            browser.press("03-" + System.nanoTime() % 10000);
            browser.tabTo(By.id("letter:correspondentDate_input"));
            browser.press("14.01.2021", Keys.ESCAPE);
            browser.tabTo(By.id("letter:subject"));
            browser.press(subject);
            browser.tabTo(By.id("letter:save"));
            browser.press(Keys.ENTER);

            browser.waitUntil().until(ExpectedConditions.urlContains("letter.xhtml"));
            String number = browser.text(By.id("card:number")).strip();
            assertTrue(number.startsWith("Вх-"), "registered under a number of the incoming journal: " + number);
            assertEquals(subject, browser.text(By.id("subject")));
            String requisites = browser.text(By.id("requisites"));
            assertTrue(requisites.contains("Министерство просвещения Российской Федерации"), requisites);
            assertTrue(requisites.contains("от 14.01.2021"), requisites);
        }
        assertEquals(1, Database.number("select count(*) from letter where subject = '" + subject
                + "' and registration_number is not null"));
    }

    /** Arrows down the autocomplete's suggestions to the one wanted and takes it with Enter. */
    private static void chooseSuggestion(Browser browser, String wanted) {
        By items = By.cssSelector("#letter\\:correspondent_panel li.ui-autocomplete-item");
        browser.waitUntil().until(ExpectedConditions.visibilityOfElementLocated(items));
        for (int i = 0; i < 10; i++) {
            List<WebElement> highlighted = browser.driver().findElements(
                    By.cssSelector("#letter\\:correspondent_panel li.ui-autocomplete-item.ui-state-highlight"));
            if (!highlighted.isEmpty() && highlighted.get(0).getText().strip().equals(wanted)) {
                browser.press(Keys.ENTER);
                browser.waitUntil().until(ExpectedConditions.attributeToBe(By.id("letter:correspondent_input"), "value", wanted));
                return;
            }
            browser.press(Keys.ARROW_DOWN);
        }
        throw new AssertionError(wanted + " not reached with the arrow keys among the suggestions");
    }
}
