package org.tandem.prioritisation.implementation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Money;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProposalService;
import org.tandem.support.BrowserTest;
import org.tandem.support.Demo;

/**
 * A young person who voted follows the skate park lights on their phone, 375 pixels wide, with no sign-in: progress
 * in words and as a bar, the photo described. Tom Okafor posts the next update and is taken to the percentage he
 * got wrong. Every page is checked with axe-core.
 */
class ResidentsFollowAFundedProjectJourneyTest extends BrowserTest {

    @Autowired
    private ProcessService processes;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private ProjectTracking tracking;

    @Test
    void aResidentReadsWhatHappenedAndAnOfficerPostsTheNextUpdate() throws Exception {
        FundedProjects steps = new FundedProjects(processes, proposals, events, transactions, jdbc);
        UUID council = demo.council();
        PbProcessView fund = steps.process(council);
        steps.publish(fund, steps.accepted(fund, "Skate park lights", "9800.00", 0),
                steps.accepted(fund, "Girls' football sessions", "5200.00", 1));
        UUID lights = steps.project(fund, 1);
        tracking.post(new Actor(null, "Tom Okafor"), council, fund.id(), lights, 0, null,
                new ProgressChange(ProjectStage.IN_DELIVERY, 60, Money.pounds("5400.00"), null,
                        "Lights ordered; the electricians start on Monday"),
                List.of(new ProjectTracking.PhotoUpload(1, "lights.png",
                        new ByteArrayInputStream(ProjectUpdatesAndPublicPagesTest.png()),
                        "Six new floodlights stacked in the park depot")));

        page.setViewportSize(375, 812);
        visit("/public/o/" + council + "/pb-processes/" + fund.id() + "/projects");
        assertThat(page.locator("h1")).hasText("What happened to the projects you voted for");
        assertThat(page.getByLabel("Skate park lights: 60% complete")).isVisible();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("1. Skate park lights")).click();
        assertAccessible();
        assertThat(page.getByAltText("Six new floodlights stacked in the park depot")).isVisible();
        assertThat(page.locator("main")).containsText("60% complete");
        assertThat(page.locator("main")).containsText("Lights ordered; the electricians start on Monday");

        page.setViewportSize(1280, 900);
        signIn(Demo.OFFICER);
        visit("/o/" + council + "/pb-processes/" + fund.id() + "/projects");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("1. Skate park lights")).click();
        assertAccessible();
        page.getByLabel("What has happened").fill("Installed, switched on by the youth council");
        page.getByLabel("Completed").check();
        page.getByLabel("Percentage complete").fill("95");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Post the update")).click();
        assertAccessible();
        assertThat(page.locator(".govuk-error-summary")).containsText("A completed project is 100% complete");
        page.locator(".govuk-error-summary a").first().click();
        page.getByLabel("Percentage complete").fill("100");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Post the update")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your update has been posted");
        assertAccessible();
        visit("/public/o/" + council + "/pb-processes/" + fund.id() + "/projects/" + lights);
        assertThat(page.locator("main")).containsText("Installed, switched on by the youth council");
        assertThat(page.locator("main")).containsText("100% complete");
    }
}
