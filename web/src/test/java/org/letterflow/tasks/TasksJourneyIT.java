package org.letterflow.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.Browser;
import org.letterflow.it.Database;
import org.letterflow.it.DeployedApplication;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Irkutsk executive turns the six report dates of a letter into one task with six checkpoints
 * for the city's education department; its clerk sees them in "Мои поручения" and in the calendar
 * feed, reports; a checkpoint reported late shows in the discipline report.
 */
@Tag("journey")
class TasksJourneyIT extends DeployedApplication {

    private static final String SUBJECT = "Об освещении федеральной кампании (шесть отчётов)";

    private static void signIn(Browser browser, String login) {
        browser.signIn(login, "demo");
        browser.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
    }

    @Test
    void sixReportDatesBecomeCheckpointsTheClerkSeesAndTheLateOneIsCounted() throws Exception {
        Api clerk = Api.as(base, "irkutsk.clerk", "demo");
        Api.Reply created = clerk.post("api/v1/letters", """
                {"direction": "INCOMING", "subject": "%s", "correspondentName": "Министерство просвещения Российской Федерации"}
                """.formatted(SUBJECT));
        assertEquals(201, created.status(), created.body());
        long letter = created.json().getJsonNumber("id").longValue();
        List<LocalDate> dates = IntStream.of(4, 15, 32, 43, 60, 74).mapToObj(d -> LocalDate.now().plusDays(d)).toList();
        Api.Reply kept = clerk.post("api/v1/deadlines", "{\"letter\": " + letter + ", \"dates\": "
                + dates.stream().map(d -> "{\"date\": \"" + d + "\", \"said\": \"Отчёты о ходе освещения представить\", \"extracted\": true}")
                .collect(Collectors.joining(", ", "[", "]")) + "}");
        assertTrue(kept.status() / 100 == 2, "the letter's due dates are kept: " + kept);

        try (Browser head = new Browser(base)) {
            signIn(head, "irkutsk.head");
            head.open("letter.xhtml?id=" + letter);
            head.type("card:resolutionText", "Представлять отчёты о ходе освещения федеральной кампании");
            head.type("card:resolutionOrganisations_input", "ДО г. Ирк");
            head.waitUntil().until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., 'ДО г. Иркутска')]"))).click();
            head.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("card:resolutionOrganisations"),
                    "ДО г. Иркутска"));
            List<WebElement> boxes = head.driver().findElements(By.cssSelector("[id='card:resolutionDates'] .ui-chkbox-box"));
            assertEquals(6, boxes.size(), "the letter's six dates are offered");
            boxes.forEach(WebElement::click);
            head.click("card:resolve");
            head.waitUntil().until(ExpectedConditions.numberOfElementsToBe(
                    By.xpath("//*[@id='card:tasks']//td//div[contains(., 'не исполнено')]"), 6));
        }

        String url;
        try (Browser city = new Browser(base)) {
            signIn(city, "irkutsk.city.clerk");
            city.open("tasks.xhtml");
            By rows = By.xpath("//*[@id='tasks:views:mine']//tr[contains(., 'Представлять отчёты о ходе освещения')]");
            city.waitUntil().until(ExpectedConditions.numberOfElementsToBe(rows, 6));
            city.driver().findElements(rows).get(0).findElement(By.xpath(".//button[contains(@id, ':report')]")).click();
            city.type("tasks:reportText", "Опубликовано 12 материалов, ссылки в приложении");
            city.click("tasks:sendReport");
            city.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tasks:views:mine"), "отчёт на проверке"));
            city.driver().findElement(By.xpath("//a[normalize-space(.)='Календарь']")).click();
            city.waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='tasks:views:schedule'] .fc-event")));
            city.click("tasks:calendar");
            city.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tasks:calendarUrl"), ".ics"));
            url = city.text(By.id("tasks:calendarUrl"));
        }
        HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, feed.statusCode());
        for (LocalDate d : dates) {
            assertTrue(feed.body().replace("\r\n ", "").contains("DTSTART;VALUE=DATE:" + d.toString().replace("-", "")), "the feed has " + d);
        }

        // the second date goes by before its report comes
        Database.execute("update task_checkpoint set due_on = current_date - 3 where position = 2 and task_id in"
                + " (select t.id from task t join resolution r on r.id = t.resolution_id where r.letter_id = " + letter + ")");
        Api city = Api.as(base, "irkutsk.city.clerk", "demo");
        long task = city.get("api/v1/tasks?assignee=me").array().stream().map(v -> v.asJsonObject())
                .filter(r -> r.getJsonNumber("letter").longValue() == letter).findFirst().orElseThrow()
                .getJsonNumber("task").longValue();
        Api head = Api.as(base, "irkutsk.head", "demo");
        head.post("api/v1/tasks/" + task + "/acceptance", "");
        assertEquals(200, city.post("api/v1/tasks/" + task + "/report", "{\"text\": \"Отчёт за второй срок, с опозданием\"}").status());

        try (Browser browser = new Browser(base)) {
            signIn(browser, "irkutsk.head");
            browser.open("discipline.xhtml");
            // by subordinates, unless asked otherwise: the city department's line sums its schools too,
            // and opens its own report
            browser.click("discipline:show");
            By summed = By.xpath("//*[@id='discipline:rows']//tr[td[1][contains(normalize-space(.), 'ДО г. Иркутска')"
                    + " and contains(., 'с подведомственными')]]");
            browser.waitUntil().until(ExpectedConditions.presenceOfElementLocated(summed));
            browser.driver().findElement(summed).findElement(By.xpath(".//a[contains(@id, ':open')]")).click();
            browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("discipline:drilled"),
                    "Отчёт по ДО г. Иркутска"));
            browser.click("discipline:up");
            browser.waitUntil().until(ExpectedConditions.invisibilityOfElementLocated(By.id("discipline:drilled")));
            browser.waitUntil().until(ExpectedConditions.presenceOfElementLocated(summed));

            // by every organisation and person: the city department's own line opens its due dates
            browser.choose("discipline:breakdown", "По каждой организации и сотруднику");
            browser.click("discipline:show");
            By city7 = By.xpath("//*[@id='discipline:rows']//tr[td[1][normalize-space(.)='ДО г. Иркутска']]");
            browser.waitUntil().until(ExpectedConditions.presenceOfElementLocated(city7));
            List<WebElement> cells = browser.driver().findElement(city7).findElements(By.tagName("td"));
            assertTrue(Integer.parseInt(cells.get(4).getText().strip()) >= 1, "late: " + cells.get(4).getText());
            assertTrue(Integer.parseInt(cells.get(3).getText().strip()) >= 1, "on time: " + cells.get(3).getText());
            assertTrue(browser.driver().findElement(By.cssSelector("[id='discipline:chart'] canvas")).isDisplayed(), "the chart");
            browser.driver().findElement(city7).findElement(By.xpath(".//a[contains(@id, ':open')]")).click();
            browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("discipline:detail"),
                    "Представлять отчёты о ходе освещения"));
        }
    }
}
