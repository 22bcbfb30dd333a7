package org.tandem.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journeys in a real browser: Debian's Chromium, headless, driven by Playwright. Every page a journey visits is
 * checked with axe-core against WCAG 2.2 AA, and any script error (for example one blocked by the
 * Content-Security-Policy) fails the journey.
 */
public abstract class BrowserTest extends IntegrationTest {

    private static final List<String> WCAG_22_AA =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext context;
    protected Page page;
    private final List<String> consoleErrors = new ArrayList<>();
    private final List<String> checkedPages = new ArrayList<>();

    private static synchronized Browser browser() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(System.getProperty("tandem.chromium", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    @BeforeEach
    void openBrowser() {
        context = browser().newContext(new Browser.NewContextOptions().setBaseURL(baseUrl()));
        page = context.newPage();
        page.onConsoleMessage(message -> {
            // A page answered with 404 or 403 on purpose is logged as "Failed to load resource"; real failures of
            // scripts, styles and images are caught by the response listener below.
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                consoleErrors.add(message.text());
            }
        });
        page.onResponse(response -> {
            if (response.status() >= 400 && !"document".equals(response.request().resourceType())) {
                consoleErrors.add(response.status() + " for " + response.url());
            }
        });
        page.onPageError(error -> consoleErrors.add(error));
    }

    @AfterEach
    void closeBrowser() {
        context.close();
        assertThat(consoleErrors).as("script errors in the browser").isEmpty();
    }

    /** Opens a page and checks it is accessible. */
    protected void visit(String path) {
        page.navigate(path);
        assertAccessible();
    }

    protected void signIn(String email) {
        page.navigate("/sign-in");
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill(Demo.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.waitForLoadState();
    }

    protected void signOut() {
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForLoadState();
    }

    /** axe-core against WCAG 2.2 AA on the page as it is now: no violations allowed. */
    protected void assertAccessible() {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        checkedPages.add(page.url());
        assertThat(results.getViolations())
                .as("accessibility violations on " + page.url() + ":\n" + describe(results.getViolations()))
                .isEmpty();
    }

    protected int pagesChecked() {
        return checkedPages.size();
    }

    protected String path() {
        return page.url().replaceFirst("^https?://[^/]+", "");
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> "- " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> n.getTarget().toString()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
