package org.letterflow.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.letterflow.extraction.control.LetterForms;
import org.letterflow.extraction.control.SeedLetters;
import org.letterflow.it.Browser;
import org.letterflow.it.DeployedApplication;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A clerk drops a letter on the registration form: the card fills itself, each field says how
 * sure it is and where it was read, the deadlines become due dates, and the registered letter
 * keeps the file and the due dates the clerk confirmed.
 */
@Tag("journey")
class ExtractionJourneyIT extends DeployedApplication {

    private static final String IRKUTSK = "irkutsk-2025-01-10-02-55-97-25";

    private static Path file(String name, byte[] content) throws Exception {
        Path dir = Files.createTempDirectory("letters");
        return Files.write(dir.resolve(name), content);
    }

    private static void drop(Browser browser, Path file) {
        browser.driver().findElement(By.id("letter:drop_input")).sendKeys(file.toString());
        // read, then the card filled from it (a second request, after the reading is done)
        new WebDriverWait(browser.driver(), Duration.ofSeconds(180)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".lf-filled")));
    }

    private static String value(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    @Test
    void aScannedLetterFillsTheCardAndItsDeadlinesBecomeDueDates() throws Exception {
        Path scan = file("Письмо Иркутск.pdf", LetterForms.scan(SeedLetters.text(IRKUTSK)));
        try (Browser browser = new Browser(base)) {
            browser.signIn("irkutsk.city.clerk", "demo");
            browser.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
            browser.open("register.xhtml?direction=INCOMING");
            drop(browser, scan);

            assertEquals("Министерство образования Иркутской области", value(browser, "letter:correspondent_input"));
            assertEquals("02-55-97/25", value(browser, "letter:correspondentNumber"));
            assertEquals("10.01.2025", value(browser, "letter:correspondentDate_input"));
            assertEquals("Об освещении федеральной кампании", value(browser, "letter:subject"));
            assertEquals("Д.В. Кокоуров", value(browser, "letter:signatoryName"));
            assertEquals("на 13 л.", value(browser, "letter:attachmentNote"));

            // where the number was read: marked in the text beside the form
            browser.click("letter:correspondentNumberSource");
            browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".lf-text mark"),
                    "02-55-97/25"));
            assertTrue(browser.text(By.id("letter:correspondentNumberSource")).contains("%"), "confidence shown");
            // OCR may have mistaken any character of the number: the field is marked, in words, and its input says so
            assertEquals("Проверьте: распознано неуверенно", browser.text(By.id("letter:correspondentNumberDoubt")));
            assertEquals("letter:correspondentNumberDoubt",
                    browser.driver().findElement(By.id("letter:correspondentNumber")).getAttribute("aria-describedby"));
            assertTrue(browser.driver().findElements(By.cssSelector(".lf-doubtful #letter\\:correspondentNumber")).size() == 1,
                    "the doubtful field's box is marked");

            List<String> dues = browser.driver().findElements(By.cssSelector("input[id$=':due_input']")).stream()
                    .map(e -> e.getAttribute("value")).toList();
            assertTrue(dues.containsAll(List.of("13.01.2025", "24.01.2025", "10.02.2025", "21.02.2025", "10.03.2025",
                    "24.03.2025")), dues.toString());
            // the clerk drops the first proposal (the campaign's end, not a report date) if it is there
            if (dues.get(0).equals("31.03.2025")) {
                browser.click("letter:deadlines:0:keep");
            }
            browser.type("letter:correspondentNumber", "02-55-97/25");
            browser.click("letter:save");

            browser.waitUntil().until(ExpectedConditions.urlContains("letter.xhtml"));
            String deadlines = browser.text(By.id("card:deadlines"));
            for (String due : List.of("13.01.2025", "24.01.2025", "10.02.2025", "21.02.2025", "10.03.2025", "24.03.2025")) {
                assertTrue(deadlines.contains(due), deadlines);
            }
            assertTrue(!deadlines.contains("31.03.2025"), "an unticked proposal is not kept");
            assertTrue(browser.text(By.id("card:files")).contains("Письмо Иркутск.pdf"), "the dropped file is kept");
            // the dropped file is the letter itself, not one of its attachments: a date unticked above does not come back
            assertTrue(browser.driver().findElements(By.id("card:attachmentDeadlines")).isEmpty(),
                    "the letter's own file proposes nothing among «Сроки из вложений»");
        }
    }

    @Test
    void theSameLetterAsTextPdfAndDocxFillsTheSameFields() throws Exception {
        String seed = "tomsk-2021-01-15-57-0144";
        String text = SeedLetters.text(seed);
        List<Path> forms = List.of(file("57-0144.txt", text.getBytes(StandardCharsets.UTF_8)),
                file("57-0144.pdf", LetterForms.pdf(text)), file("57-0144.docx", LetterForms.docx(text)));
        try (Browser browser = new Browser(base)) {
            browser.signIn("school.clerk", "demo");
            browser.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
            for (Path form : forms) {
                browser.open("register.xhtml?direction=INCOMING");
                drop(browser, form);
                assertEquals("57-0144", value(browser, "letter:correspondentNumber"), form.toString());
                assertEquals("Департамент общего образования Томской области", value(browser, "letter:correspondent_input"));
                assertEquals("15.01.2021", value(browser, "letter:correspondentDate_input"));
                assertEquals("Об информационном взаимодействии", value(browser, "letter:subject"));
                assertEquals("И.Б. Грабцевич", value(browser, "letter:signatoryName"));
                assertEquals("Начальник Департамента", value(browser, "letter:signatoryPosition"));
                assertTrue(browser.text(By.id("letter:recognised")).contains("№ 10-1 от 12.01.2021"), "the cited letter is named");
                // read from a text layer off a registration line: sure, so not marked
                assertTrue(browser.driver().findElements(By.id("letter:correspondentNumberDoubt")).isEmpty(), form.toString());
                assertEquals(null, browser.driver().findElement(By.id("letter:correspondentNumber")).getAttribute("aria-describedby"));
            }
        }
    }

    @Test
    void aFileWithNoTextSaysSoAndTheFormStaysUsable() throws Exception {
        Path garbage = file("не письмо.pdf", "%PDF-1.4 это не PDF".getBytes(StandardCharsets.UTF_8));
        try (Browser browser = new Browser(base)) {
            browser.signIn("tomsk.clerk", "demo");
            browser.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
            browser.open("register.xhtml?direction=INCOMING");
            browser.type("letter:subject", "Введено вручную");
            drop(browser, garbage);
            assertTrue(browser.text(By.id("letter:extractionError")).startsWith("файл не прочитан"),
                    browser.text(By.id("letter:extractionError")));
            assertEquals("Введено вручную", value(browser, "letter:subject"), "what the clerk typed is not lost");
            String page = browser.text(By.tagName("body"));
            assertTrue(!page.contains("Exception") && !page.contains("at org."), "no stack trace: " + page);
        }
    }
}
