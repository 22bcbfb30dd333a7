package org.tandem.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.support.BrowserTest;
import org.tandem.support.Demo;

/**
 * A young person reads the published results of the demo's Youth Fund 2026 on a phone and a desktop, and checks
 * their receipt: first leaving the code out, then with it. Tom Okafor's own results page is checked too. Every page
 * passes axe-core and none scrolls sideways.
 */
class ReadingAndCheckingResultsJourneyTest extends BrowserTest {

    @Test
    void theYouthFund2026ResultsCanBeReadAndAReceiptCheckedOnAPhone() {
        UUID fund = jdbc.sql("select id from pb_process where commission_id = ? and title = 'Youth Fund 2026'")
                .param(demo.youthCommission()).query(UUID.class).single();
        String results = "/public/o/" + demo.council() + "/pb-processes/" + fund + "/results";
        for (int width : new int[] {1280, 375}) {
            page.setViewportSize(width, 900);
            visit(results);
            assertFits();
            assertThat(page.locator("h1")).hasText("Results of Youth Fund 2026");
            assertThat(page.getByText("Funded only by equal shares")).isVisible();
            page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Check my receipt")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter the receipt code");
            assertAccessible();
            page.locator(".govuk-error-summary a").first().click();
            page.getByLabel("Your receipt code").fill("demo-2026 0007");
            page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Check my receipt")).click();
            assertThat(page.getByText("Your ballot was counted.")).isVisible();
            assertAccessible();
            assertFits();
        }
        signIn(Demo.OFFICER);
        page.setViewportSize(1280, 900);
        visit(demo.councilPath() + "/pb-processes/" + fund + "/results");
        assertThat(page.locator(".govuk-inset-text strong")).hasText("Published");
        visit(demo.councilPath() + "/pb-processes/" + fund + "/results/count");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Count the ballots")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("No ballots were cast in Youth Fund 2026");
        assertAccessible();
    }

    private void assertFits() {
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("no horizontal scrolling on " + page.url()).isEqualTo(true);
    }
}
