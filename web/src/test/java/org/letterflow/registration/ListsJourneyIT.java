package org.letterflow.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.Browser;
import org.letterflow.it.Database;
import org.letterflow.it.DeployedApplication;
import org.letterflow.it.Sendings;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A new clerk of Tatarstan's ministry works through Входящие, Мои поручения and Новые поступления:
 * filters by period and correspondent (only the right letters show), sorts by a column, pages through
 * more letters than a page holds, picks a page size, and finds every list as she left it when she
 * comes back to the page and after signing in again. A fresh user each run, so what she leaves
 * remembered touches no other test.
 */
@Tag("journey")
class ListsJourneyIT extends DeployedApplication {

    private static final String PASSWORD = "Надёжный-пароль-2026";

    private final String tag = Long.toString(System.currentTimeMillis(), 36);
    private final String login = "lists.clerk." + tag;

    @Test
    void listsFilterSortPageAndAreFoundAsTheyWereLeft() {
        long organisation = Api.as(base, "tatarstan.clerk", "demo").organisationId();
        Api me = Api.newUser(base, organisation, login, "Списочная Анна " + tag, "А. Списочная", "CLERK", PASSWORD);

        // three letters of one correspondent, registered in March and June 2021; 27 of another, today
        long[] alpha = new long[3];
        String[] alphaDates = {"2021-03-10", "2021-03-20", "2021-06-01"};
        for (int i = 0; i < 3; i++) {
            alpha[i] = incoming(me, "Альфа " + tag + " " + (i + 1), "Фонд Альфа-" + tag);
            Database.execute("update letter set registration_date = date '" + alphaDates[i] + "' where id = " + alpha[i]);
        }
        for (int i = 1; i <= 27; i++) {
            incoming(me, "Бета %s %02d".formatted(tag, i), "Институт Бета-" + tag);
        }

        try (Browser browser = new Browser(base)) {
            signIn(browser);
            // by correspondent and period: the two March letters only
            filterInbox(browser, "Альфа-" + tag, "01.03.2021", "31.03.2021");
            waitForRows(browser, "list:letters", List.of("Альфа " + tag + " 2", "Альфа " + tag + " 1"));
            sortDescending(browser, "list:letters", "Заголовок");
            waitForRows(browser, "list:letters", List.of("Альфа " + tag + " 2", "Альфа " + tag + " 1"));
            clickHeader(browser, "list:letters", "Заголовок", "ascending");
            waitForRows(browser, "list:letters", List.of("Альфа " + tag + " 1", "Альфа " + tag + " 2"));

            // a day that does not exist is said in Russian, and the list stays as it was
            browser.type("list:from", "31.02.2021");
            browser.click("list:applyFilters");
            browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:listMessages"), "дд.мм.гггг"));
            assertEquals(List.of("Альфа " + tag + " 1", "Альфа " + tag + " 2"), subjects(browser, "list:letters"));

            // away and back: the same filter, the same order
            browser.open("tasks.xhtml");
            browser.open("inbox.xhtml");
            waitForRows(browser, "list:letters", List.of("Альфа " + tag + " 1", "Альфа " + tag + " 2"));
            assertEquals("Альфа-" + tag, browser.driver().findElement(By.id("list:correspondent")).getAttribute("value"));
            assertEquals("01.03.2021", browser.driver().findElement(By.id("list:from")).getAttribute("value"));

            // more letters than a page holds: 25, then the other 2; then 50 a page
            filterInbox(browser, "Бета-" + tag, "", "");
            browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:letters"), "1–25 из 27"));
            assertEquals(25, subjects(browser, "list:letters").size());
            assertEquals("Бета " + tag + " 01", subjects(browser, "list:letters").get(0), "still sorted by subject, ascending");
            browser.driver().findElement(By.cssSelector("[id='list:letters'] .ui-paginator-next")).click();
            browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:letters"), "26–27 из 27"));
            assertEquals(List.of("Бета " + tag + " 26", "Бета " + tag + " 27"), subjects(browser, "list:letters"));
            sortDescending(browser, "list:letters", "Заголовок");
            new Select(browser.driver().findElement(By.cssSelector("[id='list:letters'] select.ui-paginator-rpp-options")))
                    .selectByValue("50");
            browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:letters"), "1–27 из 27"));
        }

        // a new sign-in: correspondent, sort and page size as she left them
        try (Browser browser = new Browser(base)) {
            signIn(browser);
            browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:letters"), "1–27 из 27"));
            List<String> shown = subjects(browser, "list:letters");
            assertEquals(27, shown.size());
            assertEquals("Бета " + tag + " 27", shown.get(0), "newest subject first, as sorted: " + shown);
            assertEquals("Бета-" + tag, browser.driver().findElement(By.id("list:correspondent")).getAttribute("value"));
        }

        myTasks(me);
        newDeliveries(organisation);
    }

    /** Мои поручения: three tasks given to her, filtered by due period and letter, sorted by the resolution. */
    private void myTasks(Api me) {
        Api head = Api.as(base, "tatarstan.head", "demo");
        int[] days = {5, 15, 30};
        for (int i = 0; i < 3; i++) {
            Api.Reply resolved = head.post("api/v1/letters/" + incoming(me, "Гамма " + tag + " " + (i + 1), "Гамма-" + tag)
                    + "/resolutions", """
                    {"text": "Поручение %s %d", "users": ["%s"], "responsible": "%s", "dueDates": ["%s"], "onControl": false}"""
                    .formatted(tag, i + 1, login, login, LocalDate.now().plusDays(days[i])));
            assertEquals(201, resolved.status(), resolved.body());
        }
        try (Browser browser = new Browser(base)) {
            // Входящие by executor: the letters whose tasks were given to her (still sorted by subject, descending)
            signIn(browser);
            browser.type("list:executor", "Анна " + tag);
            filterInbox(browser, "Гамма-" + tag, "", "");
            waitForRows(browser, "list:letters", List.of("Гамма " + tag + " 3", "Гамма " + tag + " 2", "Гамма " + tag + " 1"));
            browser.type("list:executor", "Никто " + tag);
            browser.click("list:applyFilters");
            waitForRows(browser, "list:letters", List.of());
        }
        String within = LocalDate.now().plusDays(20).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        List<String> firstTwoDescending = List.of("Поручение " + tag + " 2", "Поручение " + tag + " 1");
        try (Browser browser = new Browser(base)) {
            signIn(browser);
            browser.open("tasks.xhtml");
            browser.type("tasks:views:filterTo", within);
            browser.type("tasks:views:filterLetter", "Гамма " + tag);
            browser.click("tasks:views:filter");
            Function<WebElement, String> resolution = ListsJourneyIT::resolution;
            waitForRows(browser, "tasks:views:mine", List.of("Поручение " + tag + " 1", "Поручение " + tag + " 2"), resolution);
            sortDescending(browser, "tasks:views:mine", "Текст резолюции");
            waitForRows(browser, "tasks:views:mine", firstTwoDescending, resolution);
            browser.open("inbox.xhtml");
            browser.open("tasks.xhtml");
            waitForRows(browser, "tasks:views:mine", firstTwoDescending, resolution);
            assertEquals(within, browser.driver().findElement(By.id("tasks:views:filterTo")).getAttribute("value"));
        }
        try (Browser browser = new Browser(base)) {
            signIn(browser);
            browser.open("tasks.xhtml");
            waitForRows(browser, "tasks:views:mine", firstTwoDescending, ListsJourneyIT::resolution);
        }
    }

    /** Новые поступления: three letters of the ministry delivered to Tatarstan, filtered by subject and sorted. */
    private void newDeliveries(long organisation) {
        Api ministry = Api.as(base, "minpros.clerk", "demo");
        for (String name : new String[] {"Дельта " + tag + " А1", "Дельта " + tag + " Б", "Дельта " + tag + " А2"}) {
            Api.Reply letter = ministry.post("api/v1/letters", """
                    {"direction": "OUTGOING", "subject": "%s", "register": true, "addressees": "Министерствам образования субъектов"}
                    """.formatted(name));
            assertEquals(201, letter.status(), letter.body());
            assertEquals("DONE", Sendings.send(ministry, letter.json().getJsonNumber("id").longValue(),
                    "{\"recipients\": [" + organisation + "]}").getString("state"));
        }
        List<String> aDescending = List.of("Дельта " + tag + " А2", "Дельта " + tag + " А1");
        Function<WebElement, String> subject = row -> row.findElements(By.tagName("td")).get(2).getText();
        try (Browser browser = new Browser(base)) {
            signIn(browser);
            browser.type("deliveries:subject", "Дельта " + tag + " А");
            browser.click("deliveries:applyFilters");
            waitForRows(browser, "deliveries:rows", List.of(2), subject);
            sortDescending(browser, "deliveries:rows", "Заголовок");
            waitForRows(browser, "deliveries:rows", aDescending, subject);
            browser.open("tasks.xhtml");
            browser.open("inbox.xhtml");
            waitForRows(browser, "deliveries:rows", aDescending, subject);
        }
        try (Browser browser = new Browser(base)) {
            signIn(browser);
            waitForRows(browser, "deliveries:rows", aDescending, subject);
            assertEquals("Дельта " + tag + " А", browser.driver().findElement(By.id("deliveries:subject")).getAttribute("value"));
        }
    }

    /** The resolution's text in a row of Мои поручения (the first line of its cell; who to whom follows). */
    private static String resolution(WebElement row) {
        return row.findElements(By.tagName("td")).get(2).getText().lines().findFirst().orElse("");
    }

    private void signIn(Browser browser) {
        browser.signIn(login, PASSWORD);
        browser.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
    }

    private static long incoming(Api clerk, String subject, String correspondent) {
        Api.Reply created = clerk.post("api/v1/letters", """
                {"direction": "INCOMING", "subject": "%s", "correspondentName": "%s"}
                """.formatted(subject, correspondent));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static void filterInbox(Browser browser, String correspondent, String from, String to) {
        browser.type("list:correspondent", correspondent);
        browser.type("list:from", from);
        browser.type("list:to", to);
        browser.click("list:applyFilters");
    }

    private static void sortDescending(Browser browser, String table, String header) {
        clickHeader(browser, table, header, "ascending");
        clickHeader(browser, table, header, "descending");
    }

    /** Clicks a column's header until it sorts the wanted way (the first click sorts ascending). */
    private static void clickHeader(Browser browser, String table, String header, String wanted) {
        By th = By.xpath("//*[@id='" + table + "']//th[contains(., '" + header + "')]");
        for (int attempt = 0; attempt < 3 && !wanted.equals(browser.driver().findElement(th).getAttribute("aria-sort"));
             attempt++) {
            browser.waitUntil().until(ExpectedConditions.elementToBeClickable(th)).click();
            try {
                browser.waitUntil().until(ExpectedConditions.attributeToBe(th, "aria-sort", wanted));
            } catch (org.openqa.selenium.TimeoutException notYet) {
                // the other direction came first: click again
            }
        }
        assertEquals(wanted, browser.driver().findElement(th).getAttribute("aria-sort"), header);
    }

    /** The subjects of Входящие's rows shown (the fourth column), in order. */
    private static List<String> subjects(Browser browser, String table) {
        return rows(browser.driver(), table, row -> row.findElements(By.tagName("td")).get(3).getText()
                .replace(" ДСП", "").strip());
    }

    private static List<String> rows(WebDriver driver, String table, Function<WebElement, String> cell) {
        return driver.findElements(By.cssSelector("[id='" + table + "_data'] > tr")).stream()
                .filter(r -> !r.getAttribute("class").contains("ui-datatable-empty-message"))
                .map(cell).map(String::strip).toList();
    }

    private static void waitForRows(Browser browser, String table, List<String> expected) {
        waitForRows(browser, table, expected, row -> row.findElements(By.tagName("td")).get(3).getText()
                .replace(" ДСП", "").strip());
    }

    /** Waits until the table shows exactly these rows (their texts as the cell reads them), or, given a count alone, that many. */
    private static void waitForRows(Browser browser, String table, List<?> expected, Function<WebElement, String> cell) {
        try {
            browser.waitUntil().until(d -> {
                try {
                    List<String> shown = rows(d, table, cell);
                    return expected.size() == 1 && expected.get(0) instanceof Integer n ? shown.size() == n
                            : shown.equals(expected);
                } catch (org.openqa.selenium.StaleElementReferenceException | IndexOutOfBoundsException redrawn) {
                    return false;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(table + ": expected " + expected + ", shown "
                    + rows(browser.driver(), table, cell), e);
        }
    }
}
