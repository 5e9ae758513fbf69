package org.ismsassessor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.ismsassessor.assessment.Readiness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The pages in a real browser: Debian's headless Chromium driven through chromedriver (nothing downloaded).
 * A consultant signs in, uploads two snapshots of one client, reads the report, opens the client's history with
 * its trend chart and compares the two results; a wrong password and an invalid snapshot are refused with the
 * reason shown. Skipped when the browser is not installed, unless {@code ASSESSOR_REQUIRE_BROWSER=1} (CI).
 * Screenshots of the pages (and, on a failure, the page source) go to {@code target/browser-test/}.
 */
class BrowserTest extends ServerTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path EVIDENCE = Path.of("target", "browser-test");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String CLIENT = "ORG-BP";
    private static final String CONSULTANT = "browser-consultant";
    private static final String CONSULTANT_PASSWORD = "consultant-password-for-browser";

    private static ChromeDriverService driverService;
    private static WebDriver browser;
    private static Path profile;

    /** On a failure, what the browser showed: a screenshot and the page source, named after the test. */
    @RegisterExtension
    static final AfterTestExecutionCallback EVIDENCE_ON_FAILURE = BrowserTest::saveEvidenceOnFailure;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            if ("1".equals(System.getenv("ASSESSOR_REQUIRE_BROWSER"))) {
                fail("ASSESSOR_REQUIRE_BROWSER=1 but " + CHROMIUM + " or " + CHROMEDRIVER
                        + " is missing: install Debian's chromium and chromium-driver packages.");
            }
            assumeTrue(false, "No " + CHROMIUM + " and " + CHROMEDRIVER + ": browser test skipped.");
        }
        Files.createDirectories(EVIDENCE);
        profile = Files.createTempDirectory("browser-test-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=en-US", "--user-data-dir=" + profile);
        // The driver executable is given, so Selenium Manager has nothing to look up or download.
        driverService = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(driverService, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            browser = null;
            if (driverService != null) {
                driverService.stop();
                driverService = null;
            }
            if (profile != null) {
                deleteTree(profile);
                profile = null;
            }
        }
    }

    @BeforeEach
    void signedOut() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void aConsultantUploadsReadsTheHistoryAndCompares() throws IOException {
        grantConsultant();
        signIn(CONSULTANT, CONSULTANT_PASSWORD);
        assertThat(text(By.id("signed-in-as"))).isEqualTo(CONSULTANT + " (consultant)");

        String earlier = upload(Path.of("samples", "brightpath-software-2026-05.json"), "2026-05-15");
        String later = upload(Path.of("samples", "brightpath-software.json"), "2026-11-29");

        // The report shows the verdict the result has.
        JsonNode result = Api.json(api.get(consultant(), "/api/v1/results/" + later + "?format=json"));
        String verdict = label(result.get("readiness").get("verdict").asString());
        assertThat(text(By.cssSelector("span.verdict"))).isEqualTo(verdict);
        assertThat(browser.getTitle()).isEqualTo("ISMS assessment - BrightPath Software Ltd");
        assertThat(browser.findElement(By.id("app-bar")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("#downloads a[id^=download-]"))).hasSize(7);
        assertThat(fetch(By.id("download-md"))).startsWith("200 text/markdown");
        screenshot("report");

        // The client's history: the trend chart and both results.
        browser.findElement(By.id("client-history")).click();
        waitFor(By.id("trend-chart"));
        assertThat(browser.getCurrentUrl()).endsWith("/clients/" + CLIENT);
        assertThat(browser.findElements(By.cssSelector("#trend-chart circle.score-dot")))
                .hasSizeGreaterThanOrEqualTo(2);
        List<String> assessedOn = browser.findElements(By.cssSelector("#client-results tr.result-row td.assessed-on"))
                .stream().map(WebElement::getText).toList();
        assertThat(assessedOn).contains("2026-05-15", "2026-11-29");
        screenshot("history");

        // Compare the two: the page counts what the API's comparison counts.
        browser.findElement(By.cssSelector("input[name=from][value='" + earlier + "']")).click();
        browser.findElement(By.cssSelector("input[name=to][value='" + later + "']")).click();
        browser.findElement(By.id("compare")).click();
        waitFor(By.id("sides"));
        JsonNode comparison = Api.json(api.get(consultant(), "/api/v1/comparisons?from=" + earlier + "&to=" + later));
        assertThat(text(By.tagName("h1"))).isEqualTo("Comparison of BrightPath Software Ltd (ORG-BP)");
        for (String change : List.of("resolved", "new", "changed", "persisting")) {
            int expected = comparison.get("findings").get(change).size();
            assertThat(browser.findElements(By.cssSelector("tr.finding-change[data-change=" + change + "]")))
                    .as(change + " findings").hasSize(expected);
            if (expected > 0) {
                assertThat(text(By.id("findings-" + change))).endsWith("(" + expected + ")");
            }
        }
        assertThat(comparison.get("findings").get("resolved").size()).isPositive();
        assertThat(text(By.cssSelector("#sides tbody tr:nth-child(1) td:nth-child(2)"))).isEqualTo("2026-05-15");
        assertThat(text(By.cssSelector("#sides tbody tr:nth-child(2) td:nth-child(2)"))).isEqualTo("2026-11-29");
        assertThat(browser.findElement(By.id("later-report")).getAttribute("href")).endsWith("/results/" + later);
        assertThat(fetch(By.id("download-md"))).startsWith("200 text/markdown");
        screenshot("compare");

        // The portfolio lists the client with its latest assessment.
        browser.findElement(By.id("nav-portfolio")).click();
        waitFor(By.id("portfolio"));
        assertThat(text(By.id("portfolio"))).contains(CLIENT, "2026-11-29", verdict);
        screenshot("portfolio");

        // The clients page shows the latest assessment.
        browser.findElement(By.id("nav-clients")).click();
        waitFor(By.id("clients"));
        assertThat(text(By.id("clients"))).contains(CLIENT, "2026-11-29", verdict);
        screenshot("home");

        // A result that does not exist (or is another client's): a page that says so, with the bar to go on.
        browser.get(api.base() + "/results/no-such-result");
        waitFor(By.id("problem-detail"));
        assertThat(status()).isEqualTo(404);
        assertThat(text(By.tagName("h1"))).isEqualTo("404 Not found");
        assertThat(browser.findElement(By.id("app-bar")).isDisplayed()).isTrue();

        assertNoScriptOrPolicyErrors();
        browser.findElement(By.id("sign-out")).click();
        waitFor(By.id("signed-out"));
        assertThat(browser.getCurrentUrl()).endsWith("/login?signedOut");
    }

    @Test
    void aConsultantRecordsADecisionOnTheReportPage() {
        grantConsultant();
        signIn(CONSULTANT, CONSULTANT_PASSWORD);
        String result = upload(Path.of("samples", "brightpath-software.json"), "2026-11-29");
        WebElement finding = browser.findElement(By.cssSelector(".group .finding"));
        String findingId = finding.getDomAttribute("id");

        finding.findElement(By.cssSelector("details.decide summary")).click();
        WebElement form = finding.findElement(By.cssSelector("form.decision-form"));
        new org.openqa.selenium.support.ui.Select(form.findElement(By.name("kind"))).selectByValue("false-positive");
        form.findElement(By.name("justification")).sendKeys("The register lists it: see the minutes of 2026-11-02");
        WebElement expires = form.findElement(By.name("expiresOn"));
        String expiry = java.time.LocalDate.now().plusMonths(3).toString();
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", expires, expiry);
        form.findElement(By.cssSelector("button[type=submit]")).click();

        waitFor(By.cssSelector("tr.decision.applied"));
        assertThat(browser.getCurrentUrl()).endsWith("/results/" + result + "#decisions");
        assertThat(text(By.cssSelector("tr.decision.applied"))).contains(findingId, "applied", "False positive",
                "The register lists it: see the minutes of 2026-11-02", CONSULTANT + " on ", "expires " + expiry);
        assertThat(browser.findElement(By.cssSelector(".decisions .finding.decided")).getDomAttribute("id"))
                .isEqualTo(findingId);
        assertThat(browser.findElements(By.cssSelector(".group [id='" + findingId + "']"))).isEmpty();
        screenshot("decision");
        assertNoScriptOrPolicyErrors();

        // Withdrawn again, so that the other tests see the client's reports as they were.
        JsonNode decisions = Api.json(api.get(consultant(), "/api/v1/clients/" + CLIENT + "/decisions"));
        decisions.forEach(d -> api.delete(consultant(), "/api/v1/clients/" + CLIENT + "/decisions/" + d.get("id").asString()));
    }

    @Test
    void anInvalidSnapshotIsRefusedWithItsErrorsAndTheirPaths() throws IOException {
        grantConsultant();
        signIn(CONSULTANT, CONSULTANT_PASSWORD);
        Path invalid = Files.createTempFile("invalid-snapshot", ".json");
        try {
            Files.writeString(invalid, "{\"formatVersion\": \"1.0\", \"edition\": \"iso27001-2005\", "
                    + "\"organization\": {\"id\": \"ORG-BP\", \"employees\": \"forty\"}}", StandardCharsets.UTF_8);
            chooseAndAssess(invalid, "2026-05-15");
            waitFor(By.id("upload-error"));
        } finally {
            Files.deleteIfExists(invalid);
        }
        assertThat(status()).isEqualTo(400);
        assertThat(browser.getCurrentUrl()).endsWith("/assessments");
        assertThat(text(By.cssSelector("#upload-error p"))).isEqualTo("The snapshot is not valid.");
        List<String> paths = browser.findElements(By.cssSelector("#upload-error li code")).stream()
                .map(WebElement::getText).toList();
        assertThat(paths).isNotEmpty().allSatisfy(path -> assertThat(path).startsWith("$"));
        assertThat(paths).contains("$.organization.employees");
        // The form is still there for another try.
        assertThat(browser.findElement(By.id("upload-form")).isDisplayed()).isTrue();
        screenshot("upload-error");
    }

    @Test
    void aWrongPasswordIsRefused() {
        browser.get(api.base() + "/");
        waitFor(By.id("sign-in-form"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        screenshot("login");
        submitSignIn(ADMIN, "not-the-password");
        waitFor(By.id("sign-in-error"));
        assertThat(text(By.id("sign-in-error"))).isEqualTo("Wrong user name or password.");
        assertThat(browser.findElements(By.id("app-bar"))).isEmpty();
    }

    @Test
    void anAdminManagesClientsUsersGrantsTokensAndPasswordAndReadsTheAuditLog() {
        // A second admin, so that the admin the other tests sign in with keeps its password.
        String suffix = Long.toString(System.nanoTime(), 36);
        String admin = "browser-admin-" + suffix;
        String password = "browser-admin-password-" + suffix;
        var created = api.post(Api.admin(), "/api/v1/users", "{\"username\":\"" + admin + "\",\"password\":\""
                + password + "\",\"role\":\"admin\"}");
        assertThat(created.statusCode()).as(Api.text(created)).isEqualTo(201);
        signIn(admin, password);

        // A client, created on its page.
        String client = "ORG-ADMIN-" + suffix.toUpperCase(Locale.ROOT);
        browser.findElement(By.id("nav-manage-clients")).click();
        waitFor(By.id("create-client")).findElement(By.id("client-id")).sendKeys(client);
        browser.findElement(By.id("client-name")).sendKeys("Admin Page Ltd");
        browser.findElement(By.id("create-client-button")).click();
        assertThat(waitFor(By.id("done")).getText()).isEqualTo("Created the client " + client + ".");
        assertThat(text(By.id("manage-clients"))).contains(client, "Admin Page Ltd");

        // A user, then a grant of the client.
        String auditor = "browser-auditor-" + suffix;
        browser.findElement(By.id("nav-users")).click();
        waitFor(By.id("create-user")).findElement(By.id("new-username")).sendKeys(auditor);
        browser.findElement(By.id("new-password")).sendKeys("auditor-password-" + suffix);
        new Select(browser.findElement(By.id("new-role"))).selectByValue("auditor");
        browser.findElement(By.id("create-user-button")).click();
        assertThat(waitFor(By.id("done")).getText()).isEqualTo("Created the user " + auditor + ".");
        WebElement row = browser.findElement(By.cssSelector("tr.user-row[data-user='" + auditor + "']"));
        new Select(row.findElement(By.cssSelector("form.grant-form select"))).selectByValue(client);
        row.findElement(By.cssSelector("form.grant-form button")).click();
        assertThat(waitFor(By.id("done")).getText()).isEqualTo(auditor + " may now see " + client + ".");
        assertThat(browser.findElement(By.cssSelector("tr.user-row[data-user='" + auditor + "'] span.granted")).getText())
                .isEqualTo(client);
        JsonNode stored = Api.json(api.get(Api.admin(), "/api/v1/users/" + auditor));
        assertThat(stored.get("role").asString()).isEqualTo("AUDITOR");
        assertThat(stored.get("clients").valueStream().map(JsonNode::asString).toList()).containsExactly(client);
        screenshot("admin-users");

        // An API token of one's own, shown once, working on the API.
        browser.findElement(By.id("nav-account")).click();
        waitFor(By.id("token-form")).findElement(By.id("token-name")).sendKeys("browser token");
        browser.findElement(By.id("create-token")).click();
        String token = waitFor(By.id("new-token-value")).getText().strip();
        assertThat(token).startsWith("isa_");
        assertThat(text(By.id("tokens"))).contains("browser token");
        assertThat(api.get(Api.As.token(token), "/api/v1/me").statusCode()).isEqualTo(200);
        screenshot("account-token");

        // One's own password: the token is revoked with it.
        String replacement = "browser-admin-new-password-" + suffix;
        browser.findElement(By.id("current-password")).sendKeys(password);
        browser.findElement(By.id("new-password")).sendKeys(replacement);
        browser.findElement(By.id("change-password")).click();
        assertThat(waitFor(By.id("done")).getText()).isEqualTo("Your password is changed; your API tokens are revoked.");
        assertThat(browser.findElements(By.id("new-token-value"))).isEmpty();
        assertThat(api.get(Api.As.token(token), "/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(api.get(Api.As.user(admin, replacement), "/api/v1/me").statusCode()).isEqualTo(200);

        // The audit log shows each of these, newest first; the first view of the log is itself a read.
        browser.findElement(By.id("nav-audit-log")).click();
        waitFor(By.id("audit-filter")).findElement(By.name("user")).sendKeys(admin);
        browser.findElement(By.id("filter")).click();
        waitFor(By.id("audit-entries"));
        assertThat(browser.getCurrentUrl()).contains("user=" + admin);
        List<String> actions = browser.findElements(By.cssSelector("#audit-entries tr.audit-entry td.action")).stream()
                .map(WebElement::getText).toList();
        assertThat(actions).containsExactly("read", "password change", "token create", "grant", "user change",
                "client change", "sign-in");
        assertThat(browser.findElements(By.cssSelector("#audit-entries td.actor")).stream().map(WebElement::getText))
                .containsOnly(admin);
        assertThat(browser.findElements(By.cssSelector("#audit-entries td.outcome")).stream().map(WebElement::getText))
                .containsOnly("success", "success (200)", "success (302)");
        screenshot("audit-log");
        assertNoScriptOrPolicyErrors();
    }

    /** The client and a consultant granted to it, through the API; the other tests' leftovers are fine. */
    private void grantConsultant() {
        var client = api.post(Api.admin(), "/api/v1/clients", "{\"id\":\"" + CLIENT + "\",\"name\":\"BrightPath Software Ltd\"}");
        assertThat(client.statusCode()).as(Api.text(client)).isIn(201, 409);
        var user = api.post(Api.admin(), "/api/v1/users", "{\"username\":\"" + CONSULTANT + "\",\"password\":\""
                + CONSULTANT_PASSWORD + "\",\"role\":\"consultant\",\"clients\":[\"" + CLIENT + "\"]}");
        assertThat(user.statusCode()).as(Api.text(user)).isIn(201, 409);
    }

    /** The label a verdict of the JSON result ("ready-with-conditions") has in the reports. */
    private static String label(String verdict) {
        return Stream.of(Readiness.Verdict.values())
                .filter(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(verdict))
                .findFirst().orElseThrow(() -> new AssertionError("unknown verdict " + verdict)).label();
    }

    private static Api.As consultant() {
        return Api.As.user(CONSULTANT, CONSULTANT_PASSWORD);
    }

    private void signIn(String username, String password) {
        browser.get(api.base() + "/login");
        waitFor(By.id("sign-in-form"));
        submitSignIn(username, password);
        waitFor(By.id("app-bar"));
    }

    private static void submitSignIn(String username, String password) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
    }

    /** Uploads a snapshot from the home page; answers the stored result's id from the report's address. */
    private String upload(Path snapshot, String date) {
        browser.get(api.base() + "/");
        chooseAndAssess(snapshot, date);
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlMatches("/results/[0-9a-f-]{36}$"));
        waitFor(By.id("downloads"));
        String url = browser.getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static void chooseAndAssess(Path snapshot, String date) {
        waitFor(By.id("upload-form"));
        browser.findElement(By.id("snapshot-file")).sendKeys(snapshot.toAbsolutePath().toString());
        assertThat(text(By.id("chosen-file"))).contains(snapshot.getFileName().toString());
        // A date input types in the browser's locale; its value is always ISO.
        WebElement input = browser.findElement(By.id("date"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, date);
        assertThat(input.getDomProperty("value")).isEqualTo(date);
        browser.findElement(By.id("assess")).click();
    }

    /** Fetches a link's target in the page (with the session): its status and media type. */
    private static String fetch(By link) {
        String href = browser.findElement(link).getDomProperty("href");
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(function (r) { done(r.status + ' ' + r.headers.get('Content-Type')); })"
                + ".catch(function (e) { done('failed ' + e); });", href);
        return String.valueOf(answer);
    }

    /**
     * Nothing the pages did was refused by the content security policy, and no script failed (a status other than
     * 200, such as the 404 page's, is logged too and is not an error here).
     */
    private static void assertNoScriptOrPolicyErrors() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("Failed to load resource"))
                .toList();
        assertThat(errors).as("errors in the browser's console").isEmpty();
    }

    /** The HTTP status of the page shown, as the browser received it. */
    private static int status() {
        Object status = ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('navigation')[0].responseStatus;");
        return ((Number) status).intValue();
    }

    private static WebElement waitFor(By locator) {
        return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private static String text(By locator) {
        return browser.findElement(locator).getText().strip();
    }

    private static void screenshot(String name) {
        try {
            Files.write(EVIDENCE.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void saveEvidenceOnFailure(ExtensionContext context) {
        if (context.getExecutionException().isEmpty() || browser == null) {
            return;
        }
        String name = "failed-" + context.getRequiredTestMethod().getName();
        try {
            Files.createDirectories(EVIDENCE);
            screenshot(name);
            Files.writeString(EVIDENCE.resolve(name + ".html"), "<!-- " + browser.getCurrentUrl() + " -->\n"
                    + browser.getPageSource(), StandardCharsets.UTF_8);
        } catch (RuntimeException | IOException e) {
            context.getExecutionException().get().addSuppressed(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // A file the browser was still closing: the temporary folder is cleaned by the system anyway.
                }
            }
        }
    }
}
