package org.letterflow.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Browser;
import org.letterflow.it.DeployedApplication;
import org.letterflow.document.TestFiles;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A clerk registers an incoming PDF letter in the browser and finds it again. */
@Tag("journey")
class RegistrationJourneyIT extends DeployedApplication {

    @Test
    void aClerkRegistersAnIncomingPdfSeesTheStampedCopyAndFindsItByWordFormAndNumber() throws Exception {
        String word = "квазиотчёт" + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "");
        Path pdf = Files.createTempFile("письмо", ".pdf");
        Files.write(pdf, TestFiles.pdf("О представлении сведений. " + word));
        try (Browser browser = new Browser(base)) {
            browser.signIn("tomsk.clerk", "demo");
            browser.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
            browser.click("list:registerIncoming");
            browser.type("letter:correspondent_input", "Министерство просвещения Российской Федерации");
            browser.type("letter:correspondentNumber", "10-" + System.nanoTime() % 100000);
            browser.type("letter:inReplyTo", "57-0144");
            browser.type("letter:subject", "О " + word + "ах <b>срочно</b>");
            browser.driver().findElement(By.id("letter:file_input")).sendKeys(pdf.toString());
            browser.click("letter:save");

            browser.waitUntil().until(ExpectedConditions.urlContains("letter.xhtml"));
            String number = browser.text(By.id("card:number")).strip();
            assertTrue(number.startsWith("Вх-"), number);
            assertEquals("О " + word + "ах <b>срочно</b>", browser.text(By.id("subject")), "markup shown as text");
            assertTrue(browser.visible(By.cssSelector("a[id$='stamped']")).isDisplayed(), "the stamped copy is offered");
            assertTrue(browser.text(By.id("requisites")).contains("57-0144"), "На № … links our own letter");
            assertTrue(browser.driver().findElements(By.id("preview")).size() == 1, "the PDF is previewed in the card");

            browser.open("search.xhtml");
            browser.type("search:text", word + "ами");
            browser.click("search:find");
            browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("search:letters"), number));
            assertTrue(browser.driver().findElements(By.cssSelector("[id='search:letters'] b")).isEmpty(),
                    "the hit's markup makes no element");

            browser.open("search.xhtml");
            browser.type("search:number", number);
            browser.click("search:find");
            browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("search:letters"), word));

            browser.open("inbox.xhtml");
            assertTrue(browser.text(By.id("list:letters")).contains(number), "listed in Входящие");
        }
    }

    @Test
    void aRequiredFieldLeftEmptyIsSaidAndNothingIsRegistered() {
        try (Browser browser = new Browser(base)) {
            browser.signIn("irkutsk.clerk", "demo");
            browser.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
            browser.open("register.xhtml?direction=INCOMING");
            browser.type("letter:correspondent_input", "Кто-то");
            browser.click("letter:save");
            assertTrue(browser.text(By.id("letter:messages")).contains("обязательное поле"));
            assertTrue(browser.driver().getCurrentUrl().contains("register.xhtml"));
        }
    }

    @Test
    void anAdministratorOpensAJournalAndSkipsANumberOnlyWithAReason() {
        String name = "Журнал обращений " + System.nanoTime();
        try (Browser browser = new Browser(base)) {
            browser.signIn("admin", "demo");
            browser.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
            browser.open("admin/journals.xhtml");
            browser.type("journals:name", name);
            browser.type("journals:template", "Обр-{seq:3}/{yy}");
            browser.click("journals:create");
            browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("journals:list"), name));

            var rows = browser.driver().findElements(By.cssSelector("#journals\\:list tbody tr"));
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).getText().contains(name)) {
                    browser.click("journals:list:" + i + ":select");
                    break;
                }
            }
            browser.click("journals:withhold");
            assertTrue(browser.text(By.id("journals:messages")).contains("Укажите причину"));
            browser.type("journals:reason", "Бланк с этим номером испорчен");
            browser.click("journals:withhold");
            browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("journals:withheld"),
                    "Бланк с этим номером испорчен"));
            String year = String.format("%02d", java.time.Year.now().getValue() % 100);
            assertTrue(browser.text(By.id("journals:withheld")).contains("Обр-001/" + year));
        }
    }

    @Test
    void twoClerksEditingOneCardCannotOverwriteEachOther() {
        long id = org.letterflow.it.Api.as(base, "irkutsk.clerk", "demo").post("api/v1/letters",
                        "{\"direction\":\"INCOMING\",\"correspondentName\":\"ИРО\",\"subject\":\"Исходный заголовок\"}")
                .json().getJsonNumber("id").longValue();
        try (Browser first = new Browser(base); Browser second = new Browser(base)) {
            for (Browser clerk : new Browser[] {first, second}) {
                clerk.signIn("irkutsk.clerk", "demo");
                clerk.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
                clerk.open("register.xhtml?id=" + id);
            }
            first.type("letter:subject", "Правка первого");
            first.click("letter:save");
            first.waitUntil().until(ExpectedConditions.urlContains("letter.xhtml"));

            second.type("letter:subject", "Правка второго");
            second.click("letter:save");
            assertTrue(second.text(By.id("letter:messages")).contains("изменена пользователем Е.Н. Иванова"),
                    second.text(By.id("letter:messages")));
            assertEquals("Правка второго", second.driver().findElement(By.id("letter:subject")).getAttribute("value"),
                    "the second clerk's text is still there to copy");
        }
        assertEquals("Правка первого", org.letterflow.it.Api.as(base, "irkutsk.clerk", "demo")
                .get("api/v1/letters/" + id).json().getString("subject"));
    }

    /**
     * The registration form's POST sent twice as it is, with the same ViewState (a browser resending
     * it, a double click that got through, a replay): the letter is registered once and the repeat
     * is told so in Russian.
     */
    @Test
    void theSameRegistrationFormSentTwiceRegistersOneLetter() {
        String word = "повторформ" + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "");
        try (Browser browser = new Browser(base)) {
            browser.signIn("irkutsk.clerk", "demo");
            browser.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
            browser.open("register.xhtml?direction=INCOMING");
            browser.type("letter:correspondent_input", "Министерство просвещения Российской Федерации");
            browser.type("letter:subject", "О повторной отправке формы " + word);
            Object answers = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const form = document.getElementById('letter');
                    const data = new FormData(form);
                    data.append('letter:save', '');
                    const send = () => fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})
                            .then(r => r.text());
                    send().then(first => send().then(second => done([first, second])));
                    """);
            String second = String.valueOf(((java.util.List<?>) answers).get(1));
            assertTrue(second.contains("Эта форма уже отправлена"), second.length() > 3000 ? second.substring(0, 3000) : second);
        }
        org.letterflow.it.Api clerk = org.letterflow.it.Api.as(base, "irkutsk.clerk", "demo");
        assertEquals(1, clerk.get("api/v1/letters?q=" + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8))
                .json().getJsonArray("items").size(), "one letter");
    }
}
