package org.tandem.platform;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandem.support.Demo;
import org.tandem.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation, partnership, people and invitation pages pass axe-core's WCAG 2.2 AA checks in a real browser,
 * as they first appear and when they show errors.
 */
class AdministrationPagesAreAccessibleTest extends IntegrationTest {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
        playwright.close();
    }

    @Test
    void administrationPagesMeetWcag22AA() {
        // Tandem's strict CSP would stop axe's script being added to the page; the pages' own rules are unchanged.
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
            Page page = context.newPage();
            signIn(page, Demo.ADMIN);
            String council = baseUrl() + demo.councilPath();
            String partnership = baseUrl() + "/o/" + demo.organisation(Demo.PARTNERSHIP);
            String priya = council + "/people/" + demo.person(Demo.COMMISSIONER);
            List<String> problems = new ArrayList<>();

            for (String url : List.of(baseUrl() + "/organisations", council + "/profile", council + "/profile/edit",
                    partnership + "/profile", partnership + "/members",
                    partnership + "/members/" + demo.organisation(Demo.ICB) + "/remove",
                    council + "/partnerships/new", council + "/people", priya, priya + "/name", priya + "/remove",
                    council + "/invitations", council + "/invitations/new")) {
                assertThat(page.navigate(url).status()).as(url).isEqualTo(200);
                assertThat(page.url()).isEqualTo(url);
                problems.addAll(check(page));
            }

            page.navigate(council + "/profile/edit");
            page.fill("#name", "");
            page.fill("#website", "not a website");
            page.click("button[type=submit].govuk-button");
            assertThat(page.title()).startsWith("Error:");
            problems.addAll(check(page));

            page.navigate(council + "/invitations/new");
            page.click("button[type=submit].govuk-button");
            assertThat(page.title()).startsWith("Error:");
            problems.addAll(check(page));

            page.navigate(priya);
            page.uncheck("input[value=COMMISSIONER]");
            page.click("button[type=submit].govuk-button");
            assertThat(page.title()).startsWith("Error:");
            problems.addAll(check(page));

            assertThat(problems).isEmpty();
        }
    }

    private void signIn(Page page, String email) {
        page.navigate(baseUrl() + "/sign-in");
        page.fill("#email", email);
        page.fill("#password", Demo.PASSWORD);
        page.click("button[type=submit].govuk-button");
        assertThat(page.url()).doesNotContain("/sign-in");
    }

    private static List<String> check(Page page) {
        List<String> problems = new ArrayList<>();
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        assertThat(results.getPasses()).as("axe checked " + page.url()).isNotEmpty();
        for (Rule violation : results.getViolations()) {
            violation.getNodes().forEach(node -> problems.add(page.url() + " " + violation.getId() + ": "
                    + violation.getHelp() + " at " + node.getTarget()));
        }
        return problems;
    }
}
