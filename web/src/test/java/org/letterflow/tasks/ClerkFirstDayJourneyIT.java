package org.letterflow.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.letterflow.document.TestFiles;
import org.letterflow.it.Api;
import org.letterflow.it.Browser;
import org.letterflow.it.Database;
import org.letterflow.it.DeployedApplication;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a clerk meets on the first day (issue 14, items 5–9 and 11): every file a page offers opens
 * with the page's own session; the controller reads the report's text and the assignee below opens
 * the letter and its files; the calendar puts a due date on its day wherever the browser is; adding
 * a due date keeps the rest of the resolution and a wrong one is removed alone; a refusal shows
 * where the user is looking; no template, login or MIME type on the pages, and no button a user may
 * not use.
 */
@Tag("journey")
class ClerkFirstDayJourneyIT extends DeployedApplication {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static void signIn(Browser browser, String login) {
        browser.signIn(login, "demo");
        browser.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
    }

    private long registeredIncoming(Api clerk, String subject) {
        Api.Reply created = clerk.post("api/v1/letters", """
                {"direction": "INCOMING", "subject": "%s", "correspondentName": "Министерство просвещения Российской Федерации"}
                """.formatted(subject));
        assertEquals(201, created.status(), created.body());
        long letter = created.json().getJsonNumber("id").longValue();
        assertEquals(201, clerk.upload("api/v1/letters/" + letter + "/attachments", "письмо.pdf",
                TestFiles.pdf("Прошу представить отчёт о проведённых мероприятиях.")).status());
        // an incoming letter entered by a clerk is registered as it is entered
        assertEquals("REGISTERED", clerk.get("api/v1/letters/" + letter).json().getString("state"));
        return letter;
    }

    /** Every link of the page that leaves it for a file, with where it points. */
    private static List<String> fileLinks(Browser browser) {
        return browser.driver().findElements(By.cssSelector("a[href]")).stream().map(a -> a.getAttribute("href"))
                .filter(h -> h.contains("/files/") || h.contains("/api/")).toList();
    }

    @Test
    void theApprovalSheetAndEveryFileOfTheCardOpenWithTheSessionOfTheForm() {
        Api executor = Api.as(base, "tatarstan.executor", "demo");
        Api.Reply draft = executor.post("api/v1/letters", """
                {"direction": "OUTGOING", "subject": "О лицензировании программ %d", "addressees": "Руководителям школ"}
                """.formatted(System.nanoTime()));
        assertEquals(201, draft.status(), draft.body());
        long letter = draft.json().getJsonNumber("id").longValue();
        Api.Reply sheet = executor.post("api/v1/letters/" + letter + "/approval-sheet",
                "{\"kind\": \"SEQUENTIAL\", \"steps\": [{\"approver\": \"tatarstan.deputy\"}, {\"approver\": \"tatarstan.head\"}]}");
        assertEquals(201, sheet.status(), sheet.body());

        try (Browser browser = new Browser(base)) {
            signIn(browser, "tatarstan.executor");
            browser.open("letter.xhtml?id=" + letter);
            String pdf = browser.visible(By.id("card:sheetPdf")).getAttribute("href");
            assertTrue(browser.fetch(pdf).startsWith("200 application/pdf"), pdf + " → " + browser.fetch(pdf));
            for (String href : fileLinks(browser)) {
                assertFalse(href.contains("/api/"), "a page's link into the API answers 401 to the form's session: " + href);
                assertTrue(browser.fetch(href).startsWith("200"), href + " → " + browser.fetch(href));
            }
            // item 11: the executor prepares drafts; registering is the clerk's (the button is not offered)
            assertTrue(browser.driver().findElements(By.id("card:register")).isEmpty(), "no «Зарегистрировать» for an executor");
            // an outgoing card has no incoming-only requisites
            String requisites = browser.text(By.id("requisites"));
            assertFalse(requisites.contains("Дата и время поступления"), requisites);
            assertFalse(requisites.contains("Исх. № корреспондента"), requisites);
            browser.screenshot("letter-outgoing-on-approval");
        }
    }

    @Test
    void theControllerReadsTheReportAndTheAssigneeBelowOpensTheLetterAndSeesItsDayOnTheCalendar() {
        Api clerk = Api.as(base, "irkutsk.clerk", "demo");
        Api head = Api.as(base, "irkutsk.head", "demo");
        Api city = Api.as(base, "irkutsk.city.clerk", "demo");
        String subject = "О проведении недели безопасности " + System.nanoTime();
        long letter = registeredIncoming(clerk, subject);
        LocalDate first = LocalDate.now().plusDays(10);
        LocalDate second = LocalDate.now().plusDays(40);
        String text = "Провести неделю безопасности " + System.nanoTime();
        Api.Reply resolved = head.post("api/v1/letters/" + letter + "/resolutions", """
                {"text": "%s", "organisations": [7], "responsible": "7", "dueDates": ["%s", "%s"], "onControl": true}"""
                .formatted(text, first, second));
        assertEquals(201, resolved.status(), resolved.body());
        long task = resolved.array().getJsonObject(0).getJsonNumber("id").longValue();
        String report = "Проведено 14 классных часов, отчёт " + System.nanoTime();
        assertEquals(200, city.post("api/v1/tasks/" + task + "/report", "{\"text\": \"" + report + "\"}").status());

        try (Browser controller = new Browser(base)) {
            signIn(controller, "irkutsk.head");
            controller.open("tasks.xhtml");
            controller.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tasks:controlled"), text));
            assertTrue(controller.text(By.id("tasks:controlled")).contains(report), "the controller reads the report's text");
            controller.screenshot("tasks-controller");
        }

        try (Browser assignee = new Browser(base)) {
            // the browser eight hours west of UTC, the organisation (Irkutsk) eight hours east
            assignee.timeZone("America/Los_Angeles");
            signIn(assignee, "irkutsk.city.clerk");
            assignee.open("tasks.xhtml");
            By row = By.xpath("//*[@id='tasks:views:mine']//tr[contains(., '" + text + "')]");
            assignee.waitUntil().until(ExpectedConditions.presenceOfElementLocated(row));
            WebElement open = assignee.driver().findElement(row).findElement(By.xpath(".//a[contains(@id, ':openLetter')]"));
            open.click();
            assignee.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tasks:letterDialog"), subject));
            WebElement file = assignee.visible(By.cssSelector("[id='tasks:letterDialog'] a.lf-letter-file"));
            assertEquals("письмо.pdf", file.getText());
            assertTrue(assignee.fetch(file.getAttribute("href")).startsWith("200 application/pdf"),
                    "the letter's file opens for the assignee below: " + assignee.fetch(file.getAttribute("href")));
            assignee.screenshot("tasks-letter-of-task");
            assignee.driver().findElement(By.cssSelector("[id='tasks:letterDialog'] .ui-dialog-titlebar-close")).click();

            assignee.driver().findElement(By.xpath("//a[normalize-space(.)='Календарь']")).click();
            By day = By.cssSelector("[id='tasks:views:schedule'] td[data-date='" + first + "']");
            assignee.waitUntil().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[id='tasks:views:schedule'] td[data-date]")));
            for (int month = 0; month < 3 && assignee.driver().findElements(day).isEmpty(); month++) {
                assignee.driver().findElement(By.cssSelector("[id='tasks:views:schedule'] .fc-next-button")).click();
            }
            assignee.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(day, text));
            String before = assignee.driver().findElements(By.cssSelector("[id='tasks:views:schedule'] td[data-date='"
                    + first.minusDays(1) + "']")).stream().map(WebElement::getText).findFirst().orElse("");
            assertFalse(before.contains(text), "not on the day before: " + before);
            assignee.screenshot("tasks-calendar");
        }
    }

    @Test
    void addingADueDateKeepsTheResolutionAndAWrongDateIsRemovedAlone() {
        Api clerk = Api.as(base, "irkutsk.clerk", "demo");
        String subject = "О мониторинге питания " + System.nanoTime();
        long letter = registeredIncoming(clerk, subject);
        LocalDate wrong = LocalDate.now().plusDays(5);
        LocalDate right = LocalDate.now().plusDays(25);
        String text = "Представить сведения о питании " + System.nanoTime();

        try (Browser head = new Browser(base)) {
            signIn(head, "irkutsk.head");
            head.open("letter.xhtml?id=" + letter);
            head.visible(By.id("card:resolutionText"));
            head.screenshot("letter-incoming-registered");

            // item 9: a refusal at the bottom of a long card is shown where the user is looking
            head.click("card:resolve");
            head.visible(By.xpath("//*[contains(@class,'ui-growl-message')][contains(., 'Напишите текст резолюции')]"));
            head.messageOnce("Напишите текст резолюции"); // in the growl only, not also at the top of the card
            head.screenshot("letter-refusal-growl");

            head.type("card:resolutionText", text);
            head.type("card:resolutionOrganisations_input", "ДО г. Ирк");
            head.waitUntil().until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., 'ДО г. Иркутска')]"))).click();
            head.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("card:resolutionOrganisations"),
                    "ДО г. Иркутска"));
            for (LocalDate date : List.of(wrong, right)) {
                head.type("card:resolutionDate_input", DAY.format(date));
                head.driver().findElement(By.id("card:resolutionDate_input")).sendKeys(Keys.ESCAPE);
                head.click("card:resolutionAddDate");
                head.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("card:resolutionChosen"),
                        DAY.format(date)));
            }
            assertEquals(text, head.driver().findElement(By.id("card:resolutionText")).getAttribute("value"),
                    "«Добавить срок» keeps the text");
            assertTrue(head.text(By.id("card:resolutionOrganisations")).contains("ДО г. Иркутска"),
                    "«Добавить срок» keeps the organisations chosen");

            head.driver().findElement(By.xpath("//*[@id='card:resolutionChosen']//span[contains(., '" + DAY.format(wrong)
                    + "')]//a[contains(@id, 'removeDate')]")).click();
            head.waitUntil().until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("card:resolutionChosen"), DAY.format(wrong))));
            assertTrue(head.text(By.id("card:resolutionChosen")).contains(DAY.format(right)), "the other date stays");
            head.screenshot("letter-resolution-dates");

            head.click("card:resolve");
            head.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("card:tasks"), DAY.format(right)));
            String tasks = head.text(By.id("card:tasks"));
            assertFalse(tasks.contains(DAY.format(wrong)), tasks);
            assertTrue(tasks.contains(text), tasks);

            // item 11: the history names people and file kinds, and has room to be read
            String history = head.text(By.id("card:history"));
            assertTrue(history.contains("Е.Н. Иванова"), history);
            assertFalse(history.contains("irkutsk.clerk"), history);
            assertFalse(history.contains("application/pdf"), history);
            assertTrue(history.contains("документ PDF"), history);
            WebElement details = head.driver().findElement(By.cssSelector("[id='card:history'] td.lf-wide"));
            assertTrue(details.getSize().getWidth() >= 200, "«Подробности» has room: " + details.getSize().getWidth() + "px");
            WebElement resolutionText = head.driver().findElement(By.cssSelector("[id='card:tasks'] td.lf-wide"));
            assertTrue(resolutionText.getSize().getWidth() >= 200, "the resolution has room: "
                    + resolutionText.getSize().getWidth() + "px");
            head.screenshot("letter-with-resolution");
        }
    }

    @Test
    void noTemplateOrButtonAUserMayNotUse() {
        Api school = Api.as(base, "school.clerk", "demo");
        long letter = registeredIncoming(school, "О проведении олимпиады " + System.nanoTime());
        String number = school.get("api/v1/letters/" + letter).json().getString("registrationNumber");

        try (Browser browser = new Browser(base)) {
            signIn(browser, "school.clerk");
            browser.open("letter.xhtml?id=" + letter);
            browser.visible(By.id("card:number"));
            assertTrue(browser.driver().findElements(By.id("card:reissue")).isEmpty(),
                    "a school has nobody below to re-issue the letter to");
            browser.screenshot("letter-school");

            browser.open("register.xhtml?direction=INCOMING");
            browser.waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.id("letter:journal_input")));
            String journals = browser.driver().findElement(By.id("letter:journal_input")).getAttribute("textContent");
            assertFalse(journals.contains("{seq"), journals);
            int next = Integer.parseInt(number.replaceAll("\\D", "")) + 1;
            assertTrue(journals.contains(next + "-вх"), "the next number as a sample: " + journals);
            browser.screenshot("register-incoming");
        }
        assertEquals(409, school.post("api/v1/letters/" + letter + "/reissue", "").status(),
                "nor does the API re-issue where there is nobody below");
    }

    @Test
    void theMenuCountsWhatWaitsTheBellRingsAndTheListsSortByAClickedColumn() {
        Api executor = Api.as(base, "tatarstan.executor", "demo");
        long draft = executor.post("api/v1/letters", """
                {"direction": "OUTGOING", "subject": "О счётчиках меню %d", "addressees": "Руководителям школ"}
                """.formatted(System.nanoTime())).json().getJsonNumber("id").longValue();
        assertEquals(201, executor.post("api/v1/letters/" + draft + "/approval-sheet",
                "{\"kind\": \"SEQUENTIAL\", \"steps\": [{\"approver\": \"tatarstan.deputy\"}]}").status());
        try (Browser deputy = new Browser(base)) {
            signIn(deputy, "tatarstan.deputy");
            String approvals = deputy.text(By.id("menuForm:menuApprovals"));
            assertTrue(approvals.matches("На согласовании [1-9]\\d*"), "«На согласовании» counts: " + approvals);
        }

        Api clerk = Api.as(base, "tomsk.clerk", "demo");
        Api head = Api.as(base, "tomsk.head", "demo");
        long letter = registeredIncoming(clerk, "О сроках отчётности " + System.nanoTime());
        Api.Reply resolved = head.post("api/v1/letters/" + letter + "/resolutions", """
                {"text": "Подготовить отчёт", "users": ["tomsk.executor"], "responsible": "tomsk.executor",
                 "dueDates": ["%s"], "onControl": true}""".formatted(LocalDate.now().plusDays(3)));
        assertEquals(201, resolved.status(), resolved.body());
        long task = resolved.array().getJsonObject(0).getJsonNumber("id").longValue();
        Database.execute("update task_checkpoint set due_on = current_date - 2 where task_id = " + task);
        Database.execute("insert into notification (user_id, text, letter_id, created_at)"
                + " select id, 'Срок исполнения прошёл', " + letter + ", now() from app_user where login = 'tomsk.executor'");
        try (Browser browser = new Browser(base)) {
            signIn(browser, "tomsk.executor");
            String tasks = browser.text(By.id("menuForm:menuTasks"));
            assertTrue(tasks.matches("Мои поручения · просрочено [1-9]\\d*"), "overdue counted: " + tasks);
            assertTrue(Integer.parseInt(browser.text(By.id("menuForm:unread"))) >= 1, "the bell has the unread reminder");
            browser.screenshot("inbox-menu-counters");
            browser.click("menuForm:bell");
            browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tasks:notices"),
                    "Срок исполнения прошёл"));
        }

        try (Browser browser = new Browser(base)) {
            // Tomsk's inbox: the demo's Вх-37 of years ago and this test's letter of today
            signIn(browser, "tomsk.clerk");
            By date = By.xpath("//*[@id='list:letters']//th[contains(@class,'ui-sortable-column')][contains(., 'Дата')]");
            browser.waitUntil().until(ExpectedConditions.elementToBeClickable(date)).click();
            browser.waitUntil().until(ExpectedConditions.attributeToBe(date, "aria-sort", "ascending"));
            List<LocalDate> dates = browser.driver().findElements(By.cssSelector("[id='list:letters_data'] tr td:nth-child(2)"))
                    .stream().map(td -> td.getText().strip()).filter(t -> !t.isEmpty()).map(t -> LocalDate.parse(t, DAY)).toList();
            assertTrue(dates.size() > 1, "letters with dates: " + dates);
            for (int i = 1; i < dates.size(); i++) {
                assertFalse(dates.get(i).isBefore(dates.get(i - 1)), "oldest first: " + dates);
            }
            browser.screenshot("inbox-sorted");
            browser.open("inbox.xhtml");
            browser.waitUntil().until(ExpectedConditions.attributeToBe(date, "aria-sort", "ascending"));
        } finally {
            // the sort is remembered for tomsk.clerk across sign-ins: other tests read her inbox newest first
            Database.execute("delete from user_list_preference where user_id in"
                    + " (select id from app_user where login = 'tomsk.clerk')");
        }
    }
}
