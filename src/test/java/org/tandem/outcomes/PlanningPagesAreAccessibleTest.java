package org.tandem.outcomes;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.support.BrowserTest;
import org.tandem.support.Demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality characteristics, demand and theory of change pages pass axe-core's WCAG 2.2 AA checks in a real
 * browser, as they first appear and when they show errors, on a desktop and on a 375-pixel phone.
 */
class PlanningPagesAreAccessibleTest extends BrowserTest {

    @Test
    void theCommissionerWritesAndCorrectsPlanningAndEveryPageMeetsWcag22AA() {
        String commission = demo.councilPath() + "/commissions/" + demo.youthCommission();
        signIn(Demo.COMMISSIONER);
        visit(commission);
        visit(commission + "/quality-characteristics");
        visit(commission + "/quality-characteristics/new");
        button("Add the characteristic").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a name for the quality characteristic");
        assertAccessible();

        visit(commission + "/demand");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Few safe places to meet in the evening "
                + "on the estates")).click();
        assertThat(page.locator(".govuk-panel")).containsText("900 people");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change the demand view")).click();
        page.getByLabel("How much will co-production meet?").fill("5000");
        button("Save the demand view").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("cannot meet more than the recognised level");
        assertAccessible();

        visit(commission + "/logic-models");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Evening youth clubs on the estates"))
                .click();
        assertThat(page.locator("svg.tandem-logic-diagram")).isVisible();
        assertAccessible();
        button("Add the step").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the stage");
        assertAccessible();
        String model = path();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change link 1")).click();
        assertAccessible();
        visit(model.replaceFirst("#.*", "") + "/edit");
        visit(commission + "/logic-models/new");
        page.getByLabel("A planned service").check();
        button("Start the logic model").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a title for the logic model");
        assertAccessible();
        assertThat(pagesChecked()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void aYoungPersonReadsTheTheoryOfChangeAndTheCharacteristicsOnAPhone() {
        page.setViewportSize(375, 812);
        signIn(Demo.CITIZEN);
        String commission = demo.councilPath() + "/commissions/" + demo.youthCommission();
        visit(commission + "/quality-characteristics");
        assertThat(page.locator("main")).containsText("we can see what changed because we said so");
        UUID model = jdbc.sql("select id from logic_model where commission_id = ? and title = ?")
                .params(demo.youthCommission(), "Evening youth clubs on the estates").query(UUID.class).single();
        visit(commission + "/logic-models/" + model);
        assertThat(page.locator("main")).containsText("leads to outcome: I have somewhere safe to go in the evening");
        // The model explains the draft framework's outcome.
        assertThat(page.locator("main")).containsText("I have somewhere safe to go and someone to talk to");
        Object sideways = page.evaluate("() => { const r = document.querySelector('[aria-label=\"The logic model "
                + "drawn\"]'); return r.scrollWidth > r.clientWidth && document.documentElement.scrollWidth <= 375; }");
        assertThat(sideways).as("the diagram scrolls in its own region; the page itself does not").isEqualTo(true);
        visit(commission + "/demand");
        visit(commission + "/logic-models");
    }

    private com.microsoft.playwright.Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
