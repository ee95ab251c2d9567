package org.letterflow.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.Browser;
import org.letterflow.it.DeployedApplication;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator imports an old journal kept in Excel (saved as CSV in Windows-1251 with «;»):
 * from Справочники → Журналы to the import page, the file, the guessed mapping, the preview, the
 * import with its progress; the clerk then sees the letters in Входящие with their old numbers.
 */
@Tag("journey")
class JournalImportJourneyIT extends DeployedApplication {

    @Test
    void anAdministratorImportsAnOldJournalAndTheClerkSeesItsLetters() throws Exception {
        Api admin = Api.as(base, "admin", "demo");
        String name = "Старый журнал " + UUID.randomUUID();
        Api.Reply journal = admin.post("api/v1/journals", "{\"direction\":\"INCOMING\",\"name\":\"" + name
                + "\",\"template\":\"Ж{seq}-вх\"}");
        assertEquals(201, journal.status(), journal.toString());
        String sender = "Гимназия " + System.nanoTime();
        String day = LocalDate.now(ZoneId.of("UTC")).minusDays(1).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        Path csv = Files.createTempFile("журнал", ".csv");
        Files.writeString(csv, "Рег. №;Дата регистрации;Корреспондент;Исх. №;от;Краткое содержание;Исполнитель\r\n"
                + "Ж1-вх;" + day + ";" + sender + ";12;" + day + ";О ремонте спортзала;Иванова\r\n"
                + "17/Б;" + day + ";" + sender + ";13;" + day + ";\"=СУММ(1;2)\";Петров\r\n",
                Charset.forName("windows-1251"));
        try (Browser browser = new Browser(base)) {
            browser.signIn("admin", "demo");
            browser.waitUntil().until(d -> !d.getCurrentUrl().contains("login.xhtml"));
            browser.open("admin/journals.xhtml");
            browser.visible(By.xpath("//tr[td[contains(., '" + name + "')]]//*[contains(@id, ':import')]")).click();
            browser.waitUntil().until(ExpectedConditions.urlContains("journal-import.xhtml"));
            assertTrue(browser.text(By.id("rule")).contains("всё или ничего"));

            browser.driver().findElement(By.id("import:upload_input")).sendKeys(csv.toString());
            browser.visible(By.id("import:mapping"));
            assertTrue(browser.text(By.id("import:sample")).contains(sender));
            browser.click("import:preview");
            browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("import:previewRows"),
                    "О ремонте спортзала"));
            assertTrue(browser.text(By.id("import:previewRows")).contains("=СУММ(1;2)"), "a formula stays text");
            browser.screenshot("journal-import-preview");
            browser.click("import:start");
            new WebDriverWait(browser.driver(), Duration.ofMinutes(2))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
            assertTrue(browser.text(By.id("done")).endsWith(": 2"), browser.text(By.id("done")));
            browser.screenshot("journal-import-done");
        } finally {
            Files.deleteIfExists(csv);
        }
        try (Browser clerk = new Browser(base)) {
            clerk.signIn("minpros.clerk", "demo");
            clerk.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
            clerk.type("list:correspondent", sender);
            clerk.click("list:applyFilters");
            clerk.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:letters"), "17/Б"));
            String rows = clerk.text(By.id("list:letters"));
            assertTrue(rows.contains("Ж1-вх"), rows);
            assertTrue(rows.contains("=СУММ(1;2)"), rows);
        }
    }
}
