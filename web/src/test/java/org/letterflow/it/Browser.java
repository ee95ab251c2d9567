package org.letterflow.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven through its chromedriver, as a person would use Letterflow. */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final URL base;

    public Browser(URL base) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--no-first-run",
                "--lang=ru-RU", "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    public Browser open(String path) {
        driver.get(base.toString() + (path.startsWith("/") ? path.substring(1) : path));
        return this;
    }

    public Browser signIn(String login, String password) {
        open("login.xhtml");
        type("signIn:login", login);
        type("signIn:password", password);
        click("signIn:submit");
        return this;
    }

    public void type(String id, String text) {
        WebElement field = visible(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Picks an item of a PrimeFaces menu by its text: the menu opened, the item clicked, and tried
     * again if the opening animation swallowed the click.
     */
    public void choose(String menu, String label) {
        By item = By.xpath("//li[contains(@class,'ui-selectonemenu-item') and normalize-space(.) = '" + label + "']");
        for (int attempt = 1; ; attempt++) {
            click(menu);
            try {
                waitUntil().until(ExpectedConditions.elementToBeClickable(item)).click();
                waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id(menu + "_label"), label));
                return;
            } catch (WebDriverException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Clicks as a person would: brought into view first, and again if an animation covered it. */
    public void click(String id) {
        for (int attempt = 1; ; attempt++) {
            WebElement element = waitUntil().until(ExpectedConditions.elementToBeClickable(By.id(id)));
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            try {
                element.click();
                return;
            } catch (ElementClickInterceptedException e) {
                if (attempt == 5) {
                    throw e;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Presses Tab, as a person without a mouse does, until the element has the focus; fails naming
     * the elements Tab went through when it is not reached (not focusable, or focus held elsewhere).
     */
    public void tabTo(By by) {
        WebElement target = visible(by);
        StringBuilder path = new StringBuilder();
        for (int presses = 0; presses < 150; presses++) {
            WebElement focused = driver.switchTo().activeElement();
            if (focused.equals(target)) {
                return;
            }
            path.append(presses == 0 ? "" : " → ").append(describe(focused));
            press(Keys.TAB);
        }
        throw new AssertionError(by + " not reached by Tab in 150 presses: " + path);
    }

    /** Keys sent to whatever has the focus: typing, Enter, arrows, Escape. */
    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private static String describe(WebElement element) {
        String id = element.getAttribute("id");
        return element.getTagName() + (id == null || id.isEmpty() ? "" : "#" + id);
    }

    public WebElement visible(By by) {
        return waitUntil().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public String text(By by) {
        return visible(by).getText();
    }

    /**
     * Waits until a message saying {@code text} shows, and checks that it shows once: in the growl or in a page's
     * message area, not in both (issue 14, item 9). Returns the message as shown.
     */
    public String messageOnce(String text) {
        By shown = By.xpath("//*[(contains(@class,'ui-growl-title') or contains(@class,'ui-messages-')"
                + " and contains(@class,'-summary')) and contains(., '" + text + "')]");
        visible(shown);
        java.util.List<WebElement> all = driver.findElements(shown);
        org.junit.jupiter.api.Assertions.assertEquals(1, all.size(), () -> "«" + text + "» shows "
                + all.size() + " times: " + all.stream().map(e -> e.getAttribute("class") + ": " + e.getText()).toList());
        return all.get(0).getText();
    }

    public WebDriverWait waitUntil() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Saves what the person sees to target/screenshots/{name}.png, for a look at the pages as they are. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The browser's clock in another time zone, as a user's computer elsewhere in the country would be. */
    public void timeZone(String zone) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
    }

    /** What the server answers when the page itself (its session, its cookies) asks for an address. */
    public String fetch(String href) {
        Object answer = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                    .then(r => done(r.status + ' ' + (r.headers.get('Content-Type') || '')))
                    .catch(e => done('failed ' + e));""", href);
        return String.valueOf(answer);
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
