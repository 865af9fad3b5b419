package org.dineutrino.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The default flow in a real browser against the built jar: first start on small
 * samples, open the new-run form, submit it, wait for the job, find the chart and the
 * cutflow table.
 */
class DefaultFlowBrowserTest {

    /** The first-start samples at a quarter of the default sizes: every default bin filled, quick on 2 cores. */
    private static final String SAMPLE_SCALE = "0.25";

    private static Process server;
    private static Path dataDir;
    private static int port;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("dineutrino-e2e");
        port = freePort();
        String jar = System.getProperty("dineutrino.jar", "target/dineutrino.jar");
        server = new ProcessBuilder("java", "-Xmx1g", "-jar", jar, "serve", "--data", dataDir.toString(), "--port",
                String.valueOf(port), "--sample-scale", SAMPLE_SCALE)
                .redirectErrorStream(true)
                .redirectOutput(new File("target/e2e-server.log"))
                .start();
        waitUntil(Duration.ofMinutes(5), () -> get("/api/runs").contains("SUCCEEDED"));
        browser = chrome();
    }

    private static ChromeDriver chrome() throws IOException {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1800",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        return new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.destroy();
        }
    }

    @Test
    void a_run_configured_in_the_form_succeeds_and_shows_its_chart_and_cutflow() throws Exception {
        browser.get("http://127.0.0.1:" + port + "/runs/new");
        WebElement name = browser.findElement(By.name("name"));
        name.clear();
        name.sendKeys("browser run");
        assertEquals("40.0", browser.findElement(By.id("cuts.metMinSameFlavour")).getAttribute("value"));
        browser.findElement(By.id("submit-run")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofMinutes(3));
        wait.until(ExpectedConditions.textToBe(By.id("job-state"), "succeeded"));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-charts-drawn", "true"));

        assertTrue(browser.findElement(By.id("chart-ptNuNu")).isDisplayed());
        List<WebElement> rows = browser.findElements(By.cssSelector("#table-ptNuNu tbody tr"));
        assertEquals(9, rows.size(), "nine p_T^nunu bins, the last one overflow");
        assertFalse(browser.findElements(By.cssSelector(".cutflow-table")).isEmpty());
        assertTrue(browser.findElement(By.id("job-log")).getText().contains("selection: sample ttbar-template"));
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target/e2e-run-page.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void a_form_with_unsorted_bin_edges_is_refused_with_the_field_named() {
        browser.get("http://127.0.0.1:" + port + "/runs/new");
        WebElement edges = browser.findElement(By.id("binning.ptNuNu.truth"));
        edges.clear();
        edges.sendKeys("0, 100, 50");
        browser.findElement(By.id("submit-run")).click();
        String error = browser.findElement(By.id("form-error")).getText();
        assertTrue(error.contains("binning.ptNuNu.truth"), error);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String get(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException e) {
            return "";
        }
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitUntil(Duration timeout, Condition condition) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited; see target/e2e-server.log");
            }
            if (condition.holds()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the default run did not succeed within " + timeout
                + "; see target/e2e-server.log");
    }
}
