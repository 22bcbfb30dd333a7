package org.tandem.journeys;

import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.support.BrowserTest;
import org.tandem.support.Demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.microsoft.playwright.Page.GetByRoleOptions;

/** Priya, the council's commissioner, starts a commission, moves it through the cycle and back, and changes it. */
class CommissionerJourneyTest extends BrowserTest {

    @Test
    void startsAndSteersACommission() {
        signIn(Demo.COMMISSIONER);
        assertThat(page.locator("h1")).hasText(Demo.COUNCIL);
        assertAccessible();

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Commissions").setExact(true)).first().click();
        assertThat(page.locator("h1")).hasText("Commissions");
        assertAccessible();

        // The suite's other tests add commissions of their own, so find it as a commissioner with many would
        page.locator("#q").fill("Youth services 2027");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Apply filters")).click();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName(Demo.YOUTH_COMMISSION).setExact(true)).click();
        assertThat(page.getByText("Insight: 3 of 6 done")).isVisible();
        assertAccessible();

        page.navigate(demo.councilPath() + "/commissions");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Start a commission")).click();
        assertAccessible();

        // Sent empty: every problem is listed at the top and linked to its field.
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Start the commission")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a title for the commission");
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        assertAccessible();

        String title = "Holiday activities " + UUID.randomUUID().toString().substring(0, 6);
        page.getByLabel("Title").fill(title);
        page.getByLabel("Service area").selectOption("CHILDREN_AND_YOUNG_PEOPLE");
        page.getByLabel("Operational").check();
        page.getByLabel("Budget in pounds").fill("350,000");
        page.locator("#startDay").fill("1");
        page.locator("#startMonth").fill("6");
        page.locator("#startYear").fill("2027");
        page.locator("#endDay").fill("31");
        page.locator("#endMonth").fill("8");
        page.locator("#endYear").fill("2029");
        page.getByLabel(Demo.ICB).check();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Start the commission")).click();

        assertThat(page.locator(".govuk-notification-banner")).containsText("has started in the Insight phase");
        assertThat(page.locator("h1")).hasText(title);
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Move on to Planning")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("is now in the Planning phase");

        page.getByText("Move back to Insight").first().click();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Move back to Insight")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter why the commission is moving back");
        assertAccessible();
        page.getByLabel("Why is the commission moving back?").fill("The young people's panel asked for more time");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Move back to Insight")).click();
        assertThat(page.locator("table").last()).containsText("The young people's panel asked for more time");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Change the commission's details")).click();
        assertAccessible();
        page.getByLabel("Budget in pounds").fill("375000");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Save changes")).click();
        assertThat(page.getByText("£375,000.00")).isVisible();

        signOut();
        assertThat(page.locator("h1")).hasText("You have signed out");
        assertAccessible();
    }
}
