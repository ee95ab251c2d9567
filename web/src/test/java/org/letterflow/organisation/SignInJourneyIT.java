package org.letterflow.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.letterflow.it.Browser;
import org.letterflow.it.DeployedApplication;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signing in and out in a real headless Chromium. */
@Tag("journey")
class SignInJourneyIT extends DeployedApplication {

    @Test
    void aClerkSignsInAndSeesTheInboxInRussian() {
        try (Browser browser = new Browser(base)) {
            browser.open("inbox.xhtml");
            browser.waitUntil().until(ExpectedConditions.urlContains("login.xhtml"));
            browser.signIn("tomsk.clerk", "demo");
            browser.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
            assertEquals("Входящие", browser.text(By.tagName("h1")));
            assertTrue(browser.text(By.id("currentUser")).contains("М.С. Петрова"));

            browser.click("menuForm:signOut");
            browser.waitUntil().until(ExpectedConditions.urlContains("login.xhtml"));
            browser.open("inbox.xhtml");
            browser.waitUntil().until(ExpectedConditions.urlContains("login.xhtml"));
        }
    }

    @Test
    void aWrongPasswordIsSaidPlainlyAndTheClerkStaysOnTheSignInPage() {
        try (Browser browser = new Browser(base)) {
            browser.signIn("tomsk.clerk", "wrong-password");
            assertTrue(browser.text(By.id("signIn:messages")).contains("Неверный логин или пароль"));
            assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"));
        }
    }

    @Test
    void aSchoolClerkIsRefusedTheDirectories() {
        try (Browser browser = new Browser(base)) {
            browser.signIn("school.clerk", "demo");
            browser.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
            browser.open("admin/organisations.xhtml");
            assertEquals("Доступ запрещён", browser.text(By.id("errorTitle")));
            assertTrue(browser.driver().getPageSource().indexOf(".java:") < 0, "no stack trace on the page");
        }
    }

    @Test
    void anAdministratorSeesTheOrganisationTree() {
        try (Browser browser = new Browser(base)) {
            browser.signIn("admin", "demo");
            browser.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
            browser.open("admin/organisations.xhtml");
            String tree = browser.text(By.id("tree:organisations"));
            assertTrue(tree.contains("ДОО ТО"), tree);
            assertTrue(tree.contains("Asia/Irkutsk"), tree);
            assertTrue(!tree.contains("ДО г. Томска"), "deeper levels load only when opened");

            browser.driver().findElements(By.cssSelector("#tree\\:organisations tr")).stream()
                    .filter(row -> row.getText().startsWith("ДОО ТО")).findFirst().orElseThrow()
                    .findElement(By.cssSelector(".ui-treetable-toggler")).click();
            browser.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tree:organisations"),
                    "ДО г. Томска"));
        }
    }

    @Test
    void anAdministratorCreatesAUserWhoCanThenSignIn() {
        String login = "new.executor." + System.nanoTime();
        try (Browser admin = new Browser(base)) {
            admin.signIn("admin", "demo");
            admin.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
            admin.open("admin/users.xhtml");
            admin.click("list:add");
            admin.type("list:login", login);
            admin.type("list:fullName", "Новикова Анна Петровна");
            admin.type("list:shortName", "А.П. Новикова");
            admin.type("list:password", "short");
            admin.click("list:save");
            assertTrue(admin.text(By.id("list:editorMessages")).contains("не короче 8 символов"));

            admin.type("list:password", "long-enough-password");
            admin.click("list:save");
            admin.waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:users"), login));
        }
        try (Browser user = new Browser(base)) {
            user.signIn(login, "long-enough-password");
            user.waitUntil().until(ExpectedConditions.urlContains("inbox.xhtml"));
            assertTrue(user.text(By.id("currentUser")).contains("А.П. Новикова"));
        }
    }
}
