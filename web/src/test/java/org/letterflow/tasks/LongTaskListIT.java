package org.letterflow.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.Browser;
import org.letterflow.it.Database;
import org.letterflow.it.DeployedApplication;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A person with more due dates than Мои поручения once read at a time (a thousand): the list counts
 * them all, its last page is reached, and a sort by due date orders the whole list, not its first
 * thousand. Tasks for a fresh executor (not a clerk, so no organisation's tasks join her list)
 * given by one resolution, 1,049 of them copied in SQL: only the count is hers, the rest is shared.
 */
class LongTaskListIT extends DeployedApplication {

    private static final String PASSWORD = "Надёжный-пароль-2026";
    private static final int TASKS = 1050;
    private static final LocalDate TODAY = LocalDate.now();
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final String tag = Long.toString(System.nanoTime(), 36);
    private final String login = "long.list." + tag;

    /** The executor with her tasks due on the 1,050 days after today, one each. */
    @BeforeEach
    void executorWithMoreTasksThanAThousand() {
        Api tatarstan = Api.as(base, "tatarstan.clerk", "demo");
        Api.newUser(base, tatarstan.organisationId(), login, "Длинносписочная Вера " + tag, "В. Длинносписочная", "EXECUTOR",
                PASSWORD);
        Api.Reply letter = tatarstan.post("api/v1/letters", """
                {"direction": "INCOMING", "subject": "Длинный список %s", "correspondentName": "Фонд Долгих Сроков"}
                """.formatted(tag));
        assertEquals(201, letter.status(), letter.body());
        Api.Reply resolved = Api.as(base, "tatarstan.head", "demo").post("api/v1/letters/"
                + letter.json().getJsonNumber("id").longValue() + "/resolutions", """
                {"text": "Исполнить %s", "users": ["%s"], "responsible": "%s", "dueDates": ["%s"], "onControl": false}"""
                .formatted(tag, login, login, TODAY.plusDays(1)));
        assertEquals(201, resolved.status(), resolved.body());
        long task = resolved.array().getJsonObject(0).getJsonNumber("id").longValue();
        Database.execute("""
                with made as (insert into task (resolution_id, assignee_user_id)
                              select t.resolution_id, t.assignee_user_id from task t, generate_series(2, %d)
                               where t.id = %d returning id)
                insert into task_checkpoint (task_id, position, due_on, state)
                select id, 1, date '%s' + cast(row_number() over (order by id) as int), 'OPEN' from made"""
                .formatted(TASKS, task, TODAY.plusDays(1)));
    }

    @Test
    void theApiPagesToTheLastDueDateAndSortsTheWholeList() {
        Api me = Api.as(base, login, PASSWORD);
        List<JsonObject> last = rows(me, "?assignee=me&offset=" + (TASKS - 25) + "&limit=25");
        assertEquals(25, last.size(), "the last page is as full as the others");
        assertEquals(TODAY.plusDays(TASKS).toString(), last.get(24).getString("dueOn"), "earliest first, to the last");
        List<JsonObject> latest = rows(me, "?assignee=me&sort=-dueOn&limit=3");
        assertEquals(List.of(TODAY.plusDays(TASKS).toString(), TODAY.plusDays(TASKS - 1).toString(),
                TODAY.plusDays(TASKS - 2).toString()), latest.stream().map(r -> r.getString("dueOn")).toList());
        assertEquals(String.valueOf(TASKS), me.get("api/v1/tasks?assignee=me&limit=1").header("X-Total-Count").orElse(null));
        assertEquals(1000, rows(me, "?assignee=me").size(), "without paging, the first thousand as before");
    }

    @Tag("journey")
    @Test
    void myTasksCountsEveryDueDateReachesTheLastPageAndSortsAcrossAllOfThem() {
        try (Browser browser = new Browser(base)) {
            browser.signIn(login, PASSWORD);
            browser.waitUntil().until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
            browser.open("tasks.xhtml");
            By table = By.id("tasks:views:mine");
            browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(table, "1–25 из " + TASKS));
            browser.driver().findElement(By.cssSelector("[id='tasks:views:mine'] .ui-paginator-last")).click();
            browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(table,
                    (TASKS - 24) + "–" + TASKS + " из " + TASKS));
            assertEquals(SHOWN.format(TODAY.plusDays(TASKS)), lastDueShown(browser), "the latest due date, last");

            By due = By.xpath("//*[@id='tasks:views:mine']//th[contains(., 'Срок')]");
            for (String wanted : List.of("ascending", "descending")) {
                browser.waitUntil().until(ExpectedConditions.elementToBeClickable(due)).click();
                browser.waitUntil().until(ExpectedConditions.attributeToBe(due, "aria-sort", wanted));
            }
            browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(table, "1–25 из " + TASKS));
            browser.waitUntil().until(d -> SHOWN.format(TODAY.plusDays(TASKS)).equals(firstDueShown(browser)));
        }
    }

    private static List<JsonObject> rows(Api user, String query) {
        Api.Reply reply = user.get("api/v1/tasks" + query);
        assertEquals(200, reply.status(), reply.body());
        return reply.array().stream().map(JsonValue::asJsonObject).toList();
    }

    private static String firstDueShown(Browser browser) {
        List<String> shown = dueShown(browser);
        return shown.isEmpty() ? "" : shown.get(0);
    }

    private static String lastDueShown(Browser browser) {
        List<String> shown = dueShown(browser);
        return shown.get(shown.size() - 1);
    }

    private static List<String> dueShown(Browser browser) {
        try {
            return dueCells(browser);
        } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
            return List.of();
        }
    }

    private static List<String> dueCells(Browser browser) {
        return browser.driver().findElements(By.cssSelector("[id='tasks:views:mine_data'] > tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(0).getText().lines().findFirst().orElse("").strip())
                .toList();
    }
}
