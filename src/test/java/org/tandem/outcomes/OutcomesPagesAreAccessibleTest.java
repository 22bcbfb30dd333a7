package org.tandem.outcomes;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.support.BrowserTest;
import org.tandem.support.Demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Every outcomes page passes axe-core's WCAG 2.2 AA checks in a real browser, as it first appears and when it shows
 * errors, on the demo story's framework: the agreed version with its reviews, the draft, the balance with its gap,
 * the comparison, the forms, and the public page.
 */
class OutcomesPagesAreAccessibleTest extends BrowserTest {

    @Test
    void theFrameworkPagesMeetWcag22AA() {
        UUID framework = jdbc.sql("select id from outcomes_framework where commission_id = ?")
                .param(demo.youthCommission()).query(UUID.class).single();
        String base = demo.councilPath() + "/outcomes/" + framework;
        UUID outcome = jdbc.sql("""
                        select o.id from outcome o join outcomes_framework_version v on v.id = o.version_id
                        where v.framework_id = ? and v.number = 2 order by o.position limit 1""")
                .param(framework).query(UUID.class).single();
        UUID indicator = jdbc.sql("select id from outcome_indicator where outcome_id = ? order by position limit 1")
                .param(outcome).query(UUID.class).single();

        signIn(Demo.COMMISSIONER);
        visit(demo.councilPath() + "/commissions/" + demo.youthCommission());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Outcomes framework")).click();
        assertThat(page.locator("h1")).hasText("Millbrook youth services outcomes framework 2027–2030");
        assertThat(page.getByText("No outcome helps people give")).isVisible();
        assertAccessible();
        visit(base + "/versions/1");
        assertThat(page.locator("#reviews")).containsText("Review by Young Voices review group");
        visit(base + "/versions/2/balance");
        assertThat(page.locator("#gaps")).isVisible();
        assertThat(page.getByText("Five ways to well-being: nothing under Give")).isVisible();
        visit(base + "/compare?from=1&to=2");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Changed I stay out of trouble and feel I have a future"))).isVisible();
        visit(demo.councilPath() + "/outcomes");
        visit(base + "/versions/2/outcomes/new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the outcome")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the outcome in the words of the people");
        assertAccessible();
        visit(base + "/versions/2/outcomes/" + outcome + "/edit");
        visit(base + "/versions/2/outcomes/" + outcome + "/indicators/new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the indicator")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select how the indicator will be measured");
        assertAccessible();
        visit(base + "/versions/2/indicators/" + indicator + "/edit");
        visit(base + "/versions/2/indicators/" + indicator + "/delete");
        visit(base + "/versions/2/outcomes/" + outcome + "/delete");
        visit(base + "/versions/2/review");
        visit(demo.councilPath() + "/outcomes/review-groups/new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up the group")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the group's name");
        assertAccessible();
        visit(demo.councilPath() + "/outcomes/templates/new?from=" + framework + "&number=1");
        signOut();

        visit("/public/o/" + demo.council() + "/outcomes/" + framework);
        assertThat(page.locator("h1")).hasText("Millbrook youth services outcomes framework 2027–2030");
        // Only the agreed version is public: the draft's rewording is not shown yet.
        assertThat(page.getByText("Reduce youth offending").first()).isVisible();
        assertThat(page.getByText("I stay out of trouble")).hasCount(0);
    }
}
