package org.ariadne.it;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Headless Chromium from Debian's packages (chromium, chromium-driver), driven by Selenium; nothing is
 * downloaded. The flags keep Chromium off the network it cannot reach here.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path downloads;
    private final Path profile;

    public Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        try {
            downloads = Files.createTempDirectory("ariadne-downloads");
            profile = Files.createTempDirectory("ariadne-chromium");
            options.setExperimentalOption("prefs", java.util.Map.of(
                    "download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
                    "--user-data-dir=" + profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public Browser open(String path) {
        driver.get(Api.base() + path);
        return this;
    }

    public WebElement find(String css) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks the element, finding it again if an ajax update replaced it between finding and clicking. */
    public void click(String css) {
        clickWhenClickable(By.cssSelector(css));
    }

    /** Clicks what {@code target} finds once it is clickable, finding it again after a stale or failed click. */
    private void clickWhenClickable(By target) {
        waitFor().until(page -> {
            WebElement element = ExpectedConditions.elementToBeClickable(target).apply(page);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /**
     * Picks the option of a PrimeFaces select-one menu with this label as a person does: opens the menu, clicks the
     * option in that menu's own panel, and waits until the menu shows it. A click that the menu did not take (seen in
     * full runs, where the option was clicked but the menu kept its old value, and the next step then sent the old
     * one) is retried twice, then reported.
     */
    public void choose(String menuId, String label) {
        By shown = By.cssSelector("[id='" + menuId + "_label']");
        for (int attempt = 1; ; attempt++) {
            click("div[id='" + menuId + "']");
            click("[id='" + menuId + "_panel'] li.ui-selectonemenu-item[data-label='" + label + "']");
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5))
                        .until(ExpectedConditions.textToBePresentInElementLocated(shown, label));
                return;
            } catch (TimeoutException e) {
                System.err.println("Browser.choose: the menu " + menuId + " did not take " + label + " at attempt "
                        + attempt + "; it shows " + driver.findElement(shown).getText());
                if (attempt == 3) {
                    throw new AssertionError("The menu " + menuId + " did not take the option " + label
                            + "; it shows " + driver.findElement(shown).getText(), e);
                }
            }
        }
    }

    /** Clicks the link with this text, finding it again if an ajax update replaced it (a list filtered as typed). */
    public void clickLink(String text) {
        clickWhenClickable(By.linkText(text));
    }

    public void waitForUrl(String fragment) {
        waitFor().until(ExpectedConditions.urlContains(fragment));
    }

    public void waitForText(String css, String text) {
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    public void waitForAttribute(String css, String attribute, String value) {
        waitFor().until(ExpectedConditions.attributeToBe(By.cssSelector(css), attribute, value));
    }

    /** Waits until the browser has finished downloading a file of this name; returns it. */
    public Path downloaded(String name) {
        Path file = downloads.resolve(name);
        try {
            waitFor().until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
        } catch (TimeoutException e) {
            // what the page says instead (a message next to a field, an error page) is what a reader of the failure needs
            String shown;
            try {
                shown = driver.findElement(By.tagName("body")).getText();
            } catch (WebDriverException unreadable) {
                shown = "(the page could not be read: " + unreadable.getMessage() + ")";
            }
            throw new AssertionError("No download " + name + " arrived; the page at " + driver.getCurrentUrl()
                    + " shows:\n" + shown, e);
        }
        return file;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebDriver driver() {
        return driver;
    }

    /** Logs in through the login page as a demo user (whose password is its name). */
    public Browser logInAs(String user) {
        open("/login.xhtml");
        type("input[id='login:username']", user);
        type("input[id='login:password']", Api.passwordOf(user));
        click("button[id='login:submit']");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("caller-name")));
        return this;
    }

    /**
     * Waits up to 60 s, asking again when an ajax update replaced the element between finding and reading it:
     * Chromium reports that as StaleElementReferenceException or, at times, as a bare WebDriverException ("Node with
     * given id does not belong to the document"). Generous, because the first style search or ajax update after a
     * deployment can take well over 20 s while the whole suite shares two cores (seen in CI); a passing step never
     * waits it out. A condition that never holds still fails at the timeout, with the last such exception as its cause.
     */
    public WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
        return wait;
    }

    @Override
    public void close() {
        driver.quit();
        // Chromium's profile (some MB) and the downloads would otherwise stay in the temporary directory of every run
        deleteTree(profile);
        deleteTree(downloads);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Browser: cannot remove " + root + ": " + e);
        }
    }
}
