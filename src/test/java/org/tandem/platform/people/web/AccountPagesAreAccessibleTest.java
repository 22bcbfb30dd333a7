package org.tandem.platform.people.web;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.platform.Role;
import org.tandem.support.AccountJourneyTest;
import org.tandem.support.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the account journeys in a real browser (Debian's Chromium, with Tandem's own CSP and GOV.UK Frontend's
 * JavaScript) and checks every page, including its error states, against WCAG 2.2 AA with axe-core.
 */
class AccountPagesAreAccessibleTest extends AccountJourneyTest {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final String PASSWORD = "walrus-tangerine-pavilion";

    private static Playwright playwright;
    private static Browser browser;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext();
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    private void open(String path) {
        page.navigate(baseUrl() + path);
    }

    private void fill(String label, String value) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(value);
    }

    private void press(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    /** The page has this main heading and no WCAG 2.2 AA failures that axe-core can find. */
    private void accessible(String heading) {
        assertThat(page.locator("h1").first().innerText()).as(page.url()).contains(heading);
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        assertThat(results.getViolations().stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> n.getHtml()).collect(Collectors.joining(", ")))
                .toList())
                .as("accessibility of " + heading + " (" + page.url() + ")")
                .isEmpty();
    }

    private void signInAs(String email, String password) {
        open("/sign-in");
        fill("Email address", email);
        fill("Password", password);
        press("Sign in");
    }

    @Test
    void registeringAndConfirmingAnEmailAddress() {
        open("/register");
        accessible("Register your organisation");
        press("Register");
        accessible("Register your organisation");
        assertThat(page.title()).startsWith("Error: ");

        String email = unique("a11y") + "@example.test";
        fill("Organisation name", unique("Accessible Youth Trust"));
        fill("Charity number (optional)", "1234567");
        fill("Contact email address", "hello@example.org");
        fill("What your organisation does", "Youth clubs");
        page.getByLabel("Children and young people").check();
        fill("Your name", "Ari Access");
        fill("Your email address", email);
        fill("Create a password", PASSWORD);
        press("Register");
        accessible("Check your email");

        open(pathOf(linkInEmailTo(email, "Confirm your email address")));
        accessible("Email address confirmed");
        open("/verify-email?token=not-a-token");
        accessible("This link does not work");
        open("/verify-email/resend");
        press("Send a new link");
        accessible("Get a new confirmation link");
        fill("Email address", email);
        press("Send a new link");
        accessible("Check your email");
    }

    @Test
    void yourAccountPages() {
        TestPerson person = newPerson("Bo Browser");
        join(person, demo.council(), Role.PANEL_MEMBER);
        join(person, demo.organisation(Demo.RIVERSIDE), Role.PROVIDER_USER);
        signInAs(person.email(), person.password());

        open("/account");
        accessible("Your account");
        open("/account/name");
        accessible("Change your name");
        fill("Your name", "");
        press("Save");
        accessible("Change your name");
        open("/account/password");
        accessible("Change your password");
        press("Save the new password");
        accessible("Change your password");
        open("/account/organisations");
        accessible("Your organisations");
    }

    @Test
    void resettingAForgottenPassword() {
        TestPerson person = newPerson("Cy Forgetful");
        open("/password-reset");
        accessible("Reset your password");
        press("Send me a link");
        accessible("Reset your password");
        fill("Email address", person.email());
        press("Send me a link");
        accessible("Check your email");

        open(pathOf(linkInEmailTo(person.email(), "reset the password")));
        accessible("Choose a new password");
        fill("New password", PASSWORD);
        fill("Enter the new password again", "something-different");
        press("Save the new password");
        accessible("Choose a new password");
        fill("New password", PASSWORD);
        fill("Enter the new password again", PASSWORD);
        press("Save the new password");
        accessible("Your password has been changed");
        open("/password-reset/" + "x".repeat(43));
        accessible("This link does not work");
    }

    @Test
    void acceptingInvitations() {
        String newcomer = unique("newcomer") + "@example.test";
        String token = invite(Demo.ADMIN, demo.council(), newcomer, Role.CITIZEN_CO_PRODUCER);
        open("/invitations/" + token);
        accessible("Join Millbrook Borough Council on Tandem");
        press("Accept and set up my account");
        accessible("Join Millbrook Borough Council on Tandem");
        fill("Your name", "Dee Newcomer");
        fill("Create a password", PASSWORD);
        press("Accept and set up my account");
        accessible("You have joined Millbrook Borough Council");
        open("/invitations/" + token);
        accessible("This invitation has already been accepted");
        open("/invitations/" + "x".repeat(43));
        accessible("Invitation not found");

        String late = unique("late") + "@example.test";
        String expired = invite(Demo.ADMIN, demo.council(), late, Role.PANEL_MEMBER);
        jdbc.sql("update invitation set expires_at = ? where email = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusDays(1), late).update();
        open("/invitations/" + expired);
        accessible("This invitation has expired");

        TestPerson existing = newPerson("Eli Existing");
        String forExisting = invite(Demo.ADMIN, demo.council(), existing.email(), Role.SCRUTINY_MEMBER);
        open("/invitations/" + forExisting);
        accessible("Sign in to join Millbrook Borough Council");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        fill("Email address", existing.email());
        fill("Password", existing.password());
        press("Sign in");
        accessible("Join Millbrook Borough Council");
        press("Accept the invitation");
        assertThat(page.url()).endsWith("/o/" + demo.council());
        assertThat(page.locator(".govuk-notification-banner").innerText())
                .contains("You have joined Millbrook Borough Council as a scrutiny member");

        String someoneElse = invite(Demo.ADMIN, demo.council(), unique("else") + "@example.test", Role.PANEL_MEMBER);
        open("/invitations/" + someoneElse);
        accessible("This invitation is for someone else");
    }
}
