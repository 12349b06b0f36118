package org.eczemarx.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * GraphiQL as a person uses it: Debian's Chromium (headless) opens {@code /q/graphql-ui/} with a query, presses Run,
 * and the answer appears. The driver and browser paths are set explicitly, so Selenium downloads nothing. Without
 * Chromium the test is skipped and says so (.ci/run installs it).
 */
@QuarkusTest
class GraphiqlBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));

    @TestHTTPResource("/q/graphql-ui/")
    URL graphiql;

    @Test
    void graphiqlRunsAQueryAndShowsTheAnswer() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            Assumptions.abort("it needs " + CHROMIUM + " and " + CHROMEDRIVER + ", found " + (Files.isExecutable(CHROMIUM) ? "" : "no ")
                    + "chromium and " + (Files.isExecutable(CHROMEDRIVER) ? "" : "no ") + "chromedriver (apt-get install chromium"
                    + " chromium-driver; .ci/run does): GraphiQL was not tried in a browser"); // said in the output: support/SkippedTestsSayWhy
        }
        Path profile = Files.createTempDirectory("eczemarx-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            String query = "{ drug(name: \"Rinvoq\") { name drugClass { name } } }";
            browser.get(graphiql + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".graphiql-execute-button"))).click();
            try {
                wait.until(d -> response(d).contains("upadacitinib"));
            } catch (RuntimeException e) {
                Files.write(Path.of("target", "graphiql-failure.png"),
                        ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                Files.writeString(Path.of("target", "graphiql-failure.html"), browser.getPageSource());
                throw e;
            }
            assertThat(response(browser)).contains("\"name\": \"upadacitinib\"").contains("oral JAK inhibitors")
                    .doesNotContain("UNSUPPORTED_MEDIA_TYPE").doesNotContain("errors");
        } finally {
            browser.quit();
            service.stop();
        }
    }

    private static String response(WebDriver browser) {
        return browser.findElements(By.cssSelector(".graphiql-response")).stream()
                .map(element -> element.getText())
                .findFirst()
                .orElse("");
    }
}
