package org.tandem.journeys;

import static com.microsoft.playwright.Page.GetByRoleOptions;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Money;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.PhaseDates;
import org.tandem.prioritisation.process.ProcessDetails;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.support.BrowserTest;
import org.tandem.support.Demo;

/**
 * Jordan Reid puts an idea forward for a youth fund on his phone, 375 pixels wide: he forgets the cost the first time
 * and the error summary takes him to it. Every participatory-budgeting page is checked with axe-core on the way, on
 * the phone and on a desktop.
 */
class YoungPersonProposesAnIdeaJourneyTest extends BrowserTest {

    @Autowired
    private ProcessService processes;

    private PbProcessView collecting() {
        var today = processes.today();
        var phases = new java.util.ArrayList<PhaseDates>();
        var start = today.minusDays(2);
        for (PbPhase phase : PbPhase.values()) {
            phases.add(new PhaseDates(phase, start, start.plusDays(9)));
            start = start.plusDays(10);
        }
        return processes.create(Actor.TANDEM, demo.council(), new ProcessDetails(null,
                "Summer ideas fund " + UUID.randomUUID().toString().substring(0, 6), "Ideas for the summer holidays",
                Money.pounds("5000.00"), java.util.List.of(), phases, Eligibility.SIGNED_IN,
                java.util.List.of("Eastfield"), java.util.List.of(), 11, false));
    }

    @Test
    void jordanPutsAnIdeaForwardOnHisPhone() {
        PbProcessView fund = collecting();
        page.setViewportSize(375, 812);
        signIn(Demo.CITIZEN);
        visit(demo.councilPath() + "/pb-processes/" + fund.id());
        assertFits();
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("See the proposals")).click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Put forward an idea")).click();
        assertAccessible();
        assertFits();
        page.getByLabel("Your idea in a few words").fill("Summer skate jam");
        page.getByLabel("What it is and who it is for").fill("A day of skating with coaches for beginners");
        page.getByLabel("Ward (optional)").selectOption("Eastfield");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Send your idea")).click();
        assertAccessible();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter roughly what it would cost");
        page.locator(".govuk-error-summary a").first().click();
        page.getByLabel("Roughly what it would cost, in pounds").fill("750");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Send your idea")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("your proposal Summer skate jam has been "
                + "sent");
        assertThat(page.locator("h1")).hasText("Summer skate jam");
        assertAccessible();
        assertFits();
    }

    @Test
    void everyParticipatoryBudgetingPageIsAccessibleOnADesktopAndAPhone() {
        UUID fund = jdbc.sql("select id from pb_process where commission_id = ? and title = 'Youth Fund 2027'")
                .param(demo.youthCommission()).query(UUID.class).single();
        UUID skate = jdbc.sql("select id from pb_proposal where process_id = ? and number = 1").param(fund)
                .query(UUID.class).single();
        String base = demo.councilPath() + "/pb-processes";
        String[] pages = {base, base + "/new", base + "/" + fund, base + "/" + fund + "/edit",
                base + "/" + fund + "/codes", base + "/" + fund + "/proposals", base + "/" + fund + "/proposals/"
                + skate, base + "/" + fund + "/proposals?status=REJECTED"};
        signIn(Demo.OFFICER);
        for (int width : new int[] {1280, 375}) {
            page.setViewportSize(width, 900);
            for (String path : pages) {
                visit(path);
            }
            visit(base + "/new");
            page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Set up the process")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter proposal collection start date");
            assertAccessible();
        }
        signOut();
        for (int width : new int[] {1280, 375}) {
            page.setViewportSize(width, 900);
            visit("/public/o/" + demo.council() + "/pb-processes/" + fund);
            assertThat(page.getByText("Fix the skate park on Eastfield Rec")).isVisible();
            assertThat(page.getByText("Girls-only evening football")).isVisible();
            assertThat(page.getByText("A new leisure centre")).hasCount(0);
            assertFits();
        }
    }

    private void assertFits() {
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("no horizontal scrolling on " + page.url()).isEqualTo(true);
    }
}
