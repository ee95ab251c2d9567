package org.letterflow.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Api;
import org.letterflow.it.Browser;
import org.letterflow.it.Database;
import org.letterflow.it.DeployedApplication;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The route builder on a draft's card, used from the keyboard only: the executor routes a draft to
 * the deputy, then the head, each step with its due time, saves the route as a template and starts
 * the round; the sheet shows the due times («Срок»), and a step past its due time is marked. On a
 * second draft the template fills the steps, which stay editable; the template is deleted; an
 * impossible due date is refused in Russian and nothing starts. The API answers what the page saved.
 */
@Tag("journey")
class RouteBuilderJourneyIT extends DeployedApplication {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private static void signIn(Browser browser, String login) {
        browser.signIn(login, "demo");
        browser.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
    }

    private static long draft(Api author, String subject) {
        Api.Reply created = author.post("api/v1/letters", """
                {"direction": "OUTGOING", "subject": "%s", "addressees": "Руководителям образовательных организаций"}
                """.formatted(subject));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** Keys pressed wherever the focus is, as a person at the keyboard does. */
    private static void press(Browser browser, CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static String focused(Browser browser) {
        return browser.driver().switchTo().activeElement().getAttribute("id");
    }

    /**
     * Tab until the element has the focus, or, when it lies behind, Shift+Tab back to it; a control
     * the keyboard never reaches fails the test.
     */
    private static void tabTo(Browser browser, String id) {
        for (boolean back : new boolean[] {false, true}) {
            for (int presses = 0; presses < 150; presses++) {
                if (id.equals(focused(browser))) {
                    return;
                }
                Actions actions = new Actions(browser.driver());
                (back ? actions.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT) : actions.sendKeys(Keys.TAB)).perform();
            }
        }
        fail(id + " is not reached by Tab nor Shift+Tab; the focus is on " + focused(browser));
    }

    /** Picks an item of a focused menu with the arrow keys, as a keyboard user does. */
    private static void arrowTo(Browser browser, String menu, String text) {
        By label = By.id(menu + "_label");
        for (int presses = 0; presses < 60; presses++) {
            if (browser.driver().findElement(label).getText().contains(text)) {
                return;
            }
            press(browser, Keys.ARROW_DOWN);
        }
        fail("«" + text + "» is not in the menu " + menu);
    }

    /**
     * The control that takes the focus has a visible label a screen reader reads with it: a
     * {@code <label for>} pointing at it (a menu also carries the label's text as its {@code aria-label}),
     * or a label it names in {@code aria-labelledby}.
     */
    private static void assertLabelled(Browser browser, String id) {
        List<String> labels = new java.util.ArrayList<>(browser.driver().findElements(By.cssSelector("label[for='" + id + "']"))
                .stream().map(WebElement::getText).toList());
        WebElement control = browser.driver().findElement(By.id(id));
        assertFalse(labels.isEmpty() && control.getAttribute("aria-labelledby") == null, id + " has no <label for>");
        Optional.ofNullable(control.getAttribute("aria-label")).ifPresent(labels::add);
        String labelledBy = control.getAttribute("aria-labelledby");
        for (String other : labelledBy == null ? new String[0] : labelledBy.split(" ")) {
            browser.driver().findElements(By.id(other)).forEach(label -> labels.add(label.getText()));
        }
        assertTrue(labels.stream().anyMatch(text -> !text.isBlank()), id + " has no label");
    }

    private static List<String> sheetDues(Browser browser) {
        return browser.driver().findElements(By.cssSelector("table.lf-sheet td.lf-step-due")).stream()
                .map(WebElement::getText).toList();
    }

    private static List<String> routeSteps(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#route li .lf-route-approver")).stream()
                .map(WebElement::getText).toList();
    }

    private static JsonObject onlySheet(Api api, long letter) {
        JsonArray sheets = api.get("api/v1/letters/" + letter + "/approval-sheet").array();
        assertEquals(1, sheets.size(), sheets.toString());
        return sheets.getJsonObject(0);
    }

    private static LocalDateTime due(JsonObject step) {
        return OffsetDateTime.parse(step.getString("due")).toLocalDateTime();
    }

    private static Optional<JsonObject> template(Api api, String name) {
        return api.get("api/v1/route-templates").array().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("name").equals(name)).findFirst();
    }

    private static void buildSaveAndStart(Browser browser, long letter, String name, LocalDateTime deputyDue,
                                          LocalDateTime headDue) {
        signIn(browser, "tatarstan.executor");
        browser.open("letter.xhtml?id=" + letter);
        browser.visible(By.id("card:routeBuilder"));

        // the route, from the keyboard: menu, arrows, Tab to «В маршрут», Enter
        String[] approvers = {"Захарова", "Музипов"};
        for (int i = 0; i < approvers.length; i++) {
            tabTo(browser, "card:approver_label");
            arrowTo(browser, "card:approver", approvers[i]);
            tabTo(browser, "card:addApprover");
            press(browser, Keys.ENTER);
            browser.waitUntil().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#route li"), i + 1));
        }
        for (String id : List.of("card:kind_label", "card:approver_label", "card:step:0:due_input",
                "card:step:1:due_input", "card:templateName")) {
            assertLabelled(browser, id);
        }
        tabTo(browser, "card:step:0:due_input");
        press(browser, TYPED.format(deputyDue), Keys.ESCAPE);
        tabTo(browser, "card:step:1:due_input");
        press(browser, TYPED.format(headDue), Keys.ESCAPE);
        tabTo(browser, "card:templateName");
        press(browser, name);
        tabTo(browser, "card:saveTemplate");
        press(browser, Keys.ENTER);
        browser.messageOnce("Шаблон «" + name + "» сохранён");
        assertEquals(TYPED.format(deputyDue), browser.visible(By.id("card:step:0:due_input")).getAttribute("value"),
                "saving the template keeps the due times typed");
        assertEquals(TYPED.format(headDue), browser.visible(By.id("card:step:1:due_input")).getAttribute("value"));
        tabTo(browser, "card:startApproval");
        press(browser, Keys.ENTER);
        browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("card:approval"),
                "ожидает решения"));
        assertEquals(List.of(TYPED.format(deputyDue), TYPED.format(headDue)), sheetDues(browser),
                "the sheet's «Срок» column shows each step's due time");
        assertTrue(browser.text(By.id("card:approval")).contains("Срок"));
    }

    /** What the browser showed when a step failed: a screenshot and the page's HTML, in target/screenshots. */
    private static void keep(Browser browser, String name) {
        browser.screenshot(name);
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("screenshots", "target/screenshots"),
                    name + ".html"), browser.driver().getPageSource());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aRouteWithDueTimesIsSavedAsATemplateAndFillsTheNextDraftsRoute() {
        Api executor = Api.as(base, "tatarstan.executor", "demo");
        String name = "Заместитель, затем руководитель " + System.nanoTime();
        LocalDateTime deputyDue = LocalDate.now().plusMonths(2).atTime(12, 30);
        LocalDateTime headDue = deputyDue.toLocalDate().plusDays(3).atTime(18, 0);
        long first = draft(executor, "О графике олимпиад " + System.nanoTime());
        long second = draft(executor, "О графике олимпиад, второе " + System.nanoTime());

        try (Browser browser = new Browser(base)) {
            try {
                buildSaveAndStart(browser, first, name, deputyDue, headDue);
            } catch (RuntimeException | AssertionError e) {
                keep(browser, "route-builder-first");
                throw e;
            }
        }

        // the API answers what the page saved: the due times and the template
        JsonObject sheet = onlySheet(executor, first);
        JsonObject deputyStep = sheet.getJsonArray("steps").getJsonObject(0);
        JsonObject headStep = sheet.getJsonArray("steps").getJsonObject(1);
        assertEquals("С.Н. Захарова", deputyStep.getString("approver"));
        assertEquals(deputyDue, due(deputyStep));
        assertEquals("Р.Г. Музипов", headStep.getString("approver"));
        assertEquals(headDue, due(headStep));
        assertFalse(deputyStep.getBoolean("overdue"));
        JsonObject saved = template(executor, name).orElseThrow(() -> new AssertionError("the API does not list " + name));
        assertEquals("SEQUENTIAL", saved.getString("kind"));
        assertEquals(List.of("tatarstan.deputy", "tatarstan.head"),
                saved.getJsonArray("approvers").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());

        // time passes the deputy's due time: the sheet marks the step, on the page and in the API
        assertEquals(1, Database.execute("update approval_step set due_at = now() - interval '2 hours' where position = 1"
                + " and sheet_id = " + sheet.getJsonNumber("id")));
        assertTrue(onlySheet(executor, first).getJsonArray("steps").getJsonObject(0).getBoolean("overdue"));
        assertFalse(onlySheet(executor, first).getJsonArray("steps").getJsonObject(1).getBoolean("overdue"));

        try (Browser browser = new Browser(base)) {
            try {
                signIn(browser, "tatarstan.executor");
                browser.open("letter.xhtml?id=" + first);
                List<String> dues = sheetDues(browser);
                assertTrue(dues.get(0).contains("просрочен"), dues.toString());
                assertFalse(dues.get(1).contains("просрочен"), dues.toString());
                assertFalse(browser.driver().findElements(By.cssSelector("table.lf-sheet td.lf-step-due .lf-overdue")).isEmpty());

                // the second draft: the template fills the steps, from the keyboard
                browser.open("letter.xhtml?id=" + second);
                tabTo(browser, "card:template_label");
                assertLabelled(browser, "card:template_label");
                arrowTo(browser, "card:template", name);
                tabTo(browser, "card:applyTemplate");
                press(browser, Keys.ENTER);
                browser.waitUntil().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#route li"), 2));
                List<String> steps = routeSteps(browser);
                assertTrue(steps.get(0).contains("С.Н. Захарова"), steps.toString());
                assertTrue(steps.get(1).contains("Р.Г. Музипов") && steps.get(1).contains("подписывает"), steps.toString());
                assertEquals("", browser.driver().findElement(By.id("card:step:0:due_input")).getAttribute("value"),
                        "a template keeps approvers, not a round's due times");

                // the template is deleted; the steps it filled stay
                tabTo(browser, "card:deleteTemplate");
                press(browser, Keys.ENTER);
                browser.messageOnce("Шаблон «" + name + "» удалён");
                assertTrue(template(executor, name).isEmpty(), "the API no longer lists the deleted template");
                assertEquals(2, routeSteps(browser).size());

                // an impossible date: a Russian message, nothing started
                String impossible = "31.02." + (LocalDate.now().getYear() + 1) + " 18:00";
                tabTo(browser, "card:step:0:due_input");
                press(browser, impossible, Keys.ESCAPE);
                tabTo(browser, "card:startApproval");
                press(browser, Keys.ENTER);
                assertTrue(browser.messageOnce("такой даты нет").contains("ничего не сохранено"));
                assertEquals(impossible, browser.driver().findElement(By.id("card:step:0:due_input")).getAttribute("value"),
                        "what was typed stays, to be corrected");
                assertEquals(0, executor.get("api/v1/letters/" + second + "/approval-sheet").array().size(),
                        "nothing started, not on 3 March either");

                // the clerk corrects the date in the same view and starts again: the round starts
                LocalDateTime corrected = LocalDate.now().plusMonths(3).atTime(18, 0);
                tabTo(browser, "card:step:0:due_input");
                press(browser, Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, TYPED.format(corrected), Keys.ESCAPE);
                tabTo(browser, "card:startApproval");
                press(browser, Keys.ENTER);
                browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("card:approval"),
                        "ожидает решения"));
                assertEquals(TYPED.format(corrected), sheetDues(browser).get(0),
                        "the corrected due time is the step's");
                assertEquals(1, executor.get("api/v1/letters/" + second + "/approval-sheet").array().size());
            } catch (RuntimeException | AssertionError e) {
                keep(browser, "route-builder-second");
                throw e;
            }
        }
    }
}
