package org.ariadne.it;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
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

/**
 * Headless Chromium from Debian's packages (chromium, chromium-driver), driven by Selenium; nothing is
 * downloaded. The flags keep Chromium off the network it cannot reach here.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path downloads;

    public Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        try {
            downloads = Files.createTempDirectory("ariadne-downloads");
            options.setExperimentalOption("prefs", java.util.Map.of(
                    "download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
                    "--user-data-dir=" + Files.createTempDirectory("ariadne-chromium"));
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

    public void click(String css) {
        waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    public void clickLink(String text) {
        waitFor().until(ExpectedConditions.elementToBeClickable(By.linkText(text))).click();
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
        waitFor().until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
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
    }
}
