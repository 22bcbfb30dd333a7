package org.tandem.journeys;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tandem.support.BrowserTest;
import org.tandem.support.Demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.microsoft.playwright.Page.GetByRoleOptions;

/** Someone who has not signed in: the front door, the statements and a failed sign-in. */
class VisitorJourneyTest extends BrowserTest {

    @Test
    void theFrontDoorAndItsStatements() {
        visit("/");
        assertThat(page.locator("h1")).hasText("Commission public services with the people who use them");
        visit("/accessibility");
        visit("/privacy");
    }

    @Test
    void aWrongPasswordIsExplainedAndTheEmailKept() {
        visit("/sign-in");
        page.getByLabel("Email address").fill(Demo.PANEL);
        page.getByLabel("Password").fill("not my password at all");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign in").setExact(true)).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a correct email address and password");
        assertThat(page.getByLabel("Email address")).hasValue(Demo.PANEL);
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        assertAccessible();
    }

    @Test
    void aProtectedPageAsksForSignInThenReturnsThere() {
        page.navigate(demo.councilPath() + "/commissions");
        assertThat(page.locator("h1")).hasText("Sign in to Tandem");
        page.getByLabel("Email address").fill(Demo.SCRUTINY);
        page.getByLabel("Password").fill(Demo.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Sign in").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Commissions");
    }
}
