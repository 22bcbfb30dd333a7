package org.tandem.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.prioritisation.BallotBox;
import org.tandem.prioritisation.BallotSettings;
import org.tandem.prioritisation.BallotType;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.ballots.BallotSteps;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProposalService;
import org.tandem.support.BrowserTest;
import org.tandem.support.Demo;

/**
 * Jordan Reid, 17, votes on his phone, 375 pixels wide, in a fund whose ballot must fit the budget, watching the
 * running total: he forgets his age the first time and the error summary takes him to it, his ticks kept; he casts,
 * keeps his receipt, changes his mind and casts again. Only his last ballot counts. Every page is checked with
 * axe-core.
 */
class YoungPersonVotesJourneyTest extends BrowserTest {

    @Autowired
    private ProcessService processes;

    @Autowired
    private ProposalService proposals;

    @Test
    void jordanVotesChangesHisVoteAndKeepsHisReceipt() {
        BallotSteps.Vote vote = new BallotSteps(processes, proposals).process(demo.council(), Eligibility.SIGNED_IN,
                new BallotSettings(BallotType.COST_LIMITED, null, null, null, null, null, null),
                BallotSteps.Moment.OPEN, false, true);
        page.setViewportSize(375, 812);
        signIn(Demo.CITIZEN);
        visit(demo.councilPath() + "/pb-processes/" + vote.id());
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Vote").setExact(true)).click();
        assertAccessible();
        assertFits();
        page.getByLabel("The ward you live in").selectOption("Eastfield");
        page.getByLabel("1. Skate ramp, £12,000.00").check();
        page.getByLabel("2. Youth club, £30,000.00").check();
        page.getByLabel("3. Music studio, £9,000.50").check();
        assertThat(page.locator("#running-total")).containsText("£51,000.50 of £60,000.00");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Cast my ballot")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter your age in years");
        assertAccessible();
        page.locator(".govuk-error-summary a").first().click();
        page.getByLabel("Your age").fill("17");
        assertThat(page.getByLabel("2. Youth club, £30,000.00")).isChecked();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Cast my ballot")).click();
        assertThat(page.locator(".govuk-panel__title")).hasText("Your ballot has been cast");
        String first = page.locator(".tandem-receipt").textContent().strip();
        assertThat(first).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");
        assertAccessible();
        assertFits();

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Change your vote")).click();
        assertThat(page.locator(".govuk-inset-text")).containsText("You have already voted");
        page.getByLabel("Your age").fill("17");
        page.getByLabel("The ward you live in").selectOption("Eastfield");
        page.getByLabel("3. Music studio, £9,000.50").check();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Cast my new ballot")).click();
        assertThat(page.locator(".govuk-panel__title")).hasText("Your new ballot has been cast");
        String second = page.locator(".tandem-receipt").textContent().strip();
        assertThat(second).isNotEqualTo(first);
        assertAccessible();

        assertThat(jdbc.sql("select receipt_id || ' ' || choices from pb_ballot where process_id = ?")
                .param(vote.id()).query(String.class).list())
                .containsExactly(BallotBox.receiptId(second) + " 3");
    }

    @Test
    void inAnAreaTheAreasBudgetAndTheBudgetForAllAreasAreEachTottedUp() {
        BallotSteps.Vote vote = new BallotSteps(processes, proposals).process(demo.council(), Eligibility.SIGNED_IN,
                new BallotSettings(BallotType.COST_LIMITED, null, null, null, null, null, null),
                BallotSteps.Moment.OPEN, true, true);
        signIn(Demo.CITIZEN);
        visit(demo.councilPath() + "/pb-processes/" + vote.id() + "/ballot");
        page.getByLabel("Your age").fill("16");
        page.getByLabel("The ward you live in").selectOption("Eastfield");
        page.getByLabel("Eastfield (budget £20,000.00)").check();
        page.getByLabel("1. Skate ramp, £12,000.00").check();
        page.getByLabel("2. Youth club, £30,000.00").check();
        page.getByLabel("3. Music studio, £9,000.50").check();
        assertThat(page.locator("#running-total")).containsText("Chosen for Eastfield: £12,000.00 of £20,000.00");
        assertThat(page.locator("#running-total")).containsText("Chosen for all areas: £39,000.50 of £40,000.00");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Cast my ballot")).click();
        assertThat(page.locator(".govuk-panel__title")).hasText("Your ballot has been cast");
    }

    @Test
    void thePaperEntryAndCodeVotingPagesAreAccessibleOnAPhone() {
        BallotSteps steps = new BallotSteps(processes, proposals);
        BallotSteps.Vote points = steps.process(demo.council(), Eligibility.SIGNED_IN,
                new BallotSettings(BallotType.CUMULATIVE, null, null, null, 10, 6, null), BallotSteps.Moment.OPEN,
                true, false);
        page.setViewportSize(375, 812);
        signIn(Demo.OFFICER);
        visit(demo.councilPath() + "/pb-processes/" + points.id());
        assertThat(page.getByText("0 ballots cast so far: 0 online, 0 on paper.")).isVisible();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Paper ballots")).click();
        assertAccessible();
        page.getByLabel("Sheet number").fill("1");
        page.getByLabel("Eastfield (budget £20,000.00)").check();
        page.getByLabel("1. Skate ramp, £12,000.00: points").fill("6");
        page.getByLabel("3. Music studio, £9,000.50: points").fill("4");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Enter the sheet")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Entered once: waiting for a second "
                + "officer");
        assertThat(page.getByText("1. Skate ramp: 6 points; 3. Music studio: 4 points")).isVisible();
        assertAccessible();
        assertFits();
        signOut();

        BallotSteps.Vote byCode = steps.process(demo.council(), Eligibility.VERIFICATION_CODE, BallotSettings.DEFAULT,
                BallotSteps.Moment.OPEN, false, true);
        List<String> codes = processes.issueCodes(demo.council(), byCode.id(), 2);
        String code = codes.getFirst();
        visit("/public/o/" + demo.council() + "/pb-processes/" + byCode.id());
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Vote with your code")).click();
        assertAccessible();
        page.getByLabel("Your code").fill(code);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Continue")).click();
        page.getByLabel("2. Youth club, £30,000.00").check();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Cast my ballot")).click();
        assertThat(page.locator(".govuk-panel__title")).hasText("Your ballot has been cast");
        assertAccessible();
        assertFits();

        // At a polling station an officer checks the next voter in by their code before handing over a sheet.
        signIn(Demo.OFFICER);
        visit(demo.councilPath() + "/pb-processes/" + byCode.id() + "/paper-ballots");
        page.getByLabel("Code on their letter").fill("K7QM-4TZB-XW9C");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Check in")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("That is not a code for this vote");
        assertAccessible();
        page.getByLabel("Code on their letter").fill(codes.get(1));
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Check in")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Checked in: hand the voter a ballot "
                + "paper");
        assertThat(page.getByText("Voters checked in at polling stations: 1.")).isVisible();
        assertAccessible();
        assertFits();
    }

    private void assertFits() {
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("no horizontal scrolling on " + page.url()).isEqualTo(true);
    }
}
