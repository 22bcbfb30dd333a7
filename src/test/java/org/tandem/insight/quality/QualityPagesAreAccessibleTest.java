package org.tandem.insight.quality;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.support.BrowserTest;
import org.tandem.support.Demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The quality assessment pages the journeys do not walk pass axe-core's WCAG 2.2 AA checks in a real browser, as
 * they first appear and when they show errors: the commissioner's, and the provider's.
 */
class QualityPagesAreAccessibleTest extends BrowserTest {

    @Test
    void theCommissionersAndTheProvidersPagesMeetWcag22AA() {
        UUID round = jdbc.sql("select id from quality_round where title = ?").param(DemoQualityReview.TITLE)
                .query(UUID.class).single();
        UUID counselling = jdbc.sql("select id from funded_service where name = ?")
                .param(DemoStoryServices.COUNSELLING).query(UUID.class).single();
        UUID area = jdbc.sql("select id from quality_area where round_id = ? order by position limit 1")
                .param(round).query(UUID.class).single();
        String base = demo.councilPath() + "/commissions/" + demo.youthCommission() + "/quality-rounds";

        signIn(Demo.COMMISSIONER);
        visit(demo.councilPath() + "/commissions/" + demo.youthCommission());
        visit(base);
        visit(base + "/" + round);
        visit(base + "/" + round + "/results");
        visit(base + "/" + round + "/results/" + counselling + "/decision");
        page.getByLabel("Red: decommission").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter why you are overriding");
        assertAccessible();
        visit(base + "/" + round + "/areas/" + area + "/edit");
        visit(base + "/" + round + "/visits/new");
        visit(base + "/new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up the round")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a title for the round");
        assertAccessible();
        signOut();

        signIn(Demo.PROVIDER);
        String results = "/o/" + demo.organisation(Demo.RIVERSIDE) + "/quality-results";
        visit(results);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Detached youth work on the estates"))
                .click();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the response")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter your response");
        assertAccessible();
    }
}
