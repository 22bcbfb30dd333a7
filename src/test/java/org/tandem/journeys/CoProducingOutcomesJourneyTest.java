package org.tandem.journeys;

import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.commissions.CommissioningLevel;
import org.tandem.commissions.internal.CommissionDraft;
import org.tandem.commissions.internal.CommissionService;
import org.tandem.outcomes.FrameworkView;
import org.tandem.outcomes.contributions.internal.ContributionCalls;
import org.tandem.outcomes.internal.FrameworkService;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Money;
import org.tandem.platform.ServiceArea;
import org.tandem.support.BrowserTest;
import org.tandem.support.Demo;

import static com.microsoft.playwright.Page.GetByLabelOptions;
import static com.microsoft.playwright.Page.GetByRoleOptions;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Co-producing the youth commission's outcomes in a browser: Jordan proposes an outcome on his phone, Priya merges
 * it into the framework, and every contributions page, the public ones too, passes axe-core.
 */
class CoProducingOutcomesJourneyTest extends BrowserTest {

    private static final GetByLabelOptions EXACT = new GetByLabelOptions().setExact(true);
    /** What sticks out furthest to the right, outside the frames that scroll on purpose. */
    private static final String WIDEST = """
            [...document.querySelectorAll('main *')].filter(e => !e.closest('.tandem-scroll-frame'))
                .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right).slice(0, 3)
                .map(e => e.tagName + ' ' + e.className + ': ' + (e.textContent || '').trim().slice(0, 60))
                .join('; ')""";

    @Autowired
    private CommissionService commissions;
    @Autowired
    private FrameworkService frameworks;
    @Autowired
    private ContributionCalls calls;

    /**
     * On a commission of the council's that the test starts for itself, so the demo commission's co-production
     * figures stay as the user guide describes them.
     */
    @Test
    void aYoungPersonProposesAnOutcomeOnAPhoneAndTheCommissionerMergesIt() {
        String words = "I can get to things after school without paying " + UUID.randomUUID().toString()
                .substring(0, 6);
        Actor priya = new Actor(demo.person(Demo.COMMISSIONER), "Priya Shah");
        UUID commission = commissions.createAs(priya, demo.council(), new CommissionDraft("Holiday activities "
                + UUID.randomUUID().toString().substring(0, 6), null, ServiceArea.CHILDREN_AND_YOUNG_PEOPLE,
                CommissioningLevel.OPERATIONAL, Money.pounds("50000.00"), LocalDate.of(2027, 4, 1),
                LocalDate.of(2028, 3, 31), Set.of())).id();
        FrameworkView framework = frameworks.start(priya, demo.council(), commission, null);
        calls.open(priya, demo.council(), framework.latest().id(), "What would make the holidays good for you?");

        page.setViewportSize(375, 800);
        signIn(Demo.CITIZEN);
        visit(demo.councilPath() + "/commissions/" + commission);
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Outcomes framework")).click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName(java.util.regex.Pattern.compile(
                "^Contributions from people to this version"))).click();
        assertThat(page.locator("h1")).hasText("Contributions to version 1");
        assertThat(page.locator("main")).containsText("What would make the holidays good for you?");
        assertAccessible();
        assertFitsThePhone();

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Suggest an outcome")).click();
        assertThat(page.getByLabel("Someone who uses these services, or might", EXACT)).isChecked();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Send your suggestion")).click();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the outcome you suggest");
        assertAccessible();
        assertFitsThePhone();
        page.getByLabel("Your suggestion, in your own words", EXACT).fill(words);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Send your suggestion")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your suggestion has been added");
        assertThat(page.locator("h1")).hasText(words);
        assertThat(page.getByText("Not decided yet")).isVisible();
        assertAccessible();
        assertFitsThePhone();
        String suggestion = path();
        signOut();

        page.setViewportSize(1280, 800);
        signIn(Demo.COMMISSIONER);
        visit(suggestion);
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Merge into the framework")).click();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Merge")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select whether it becomes a new outcome");
        assertAccessible();
        page.getByLabel("A new outcome, in these words", EXACT).check();
        page.getByLabel("A note for whoever gave it (optional)", EXACT)
                .fill("Now outcome: your words, as you said them");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Merge")).click();

        assertThat(page.locator(".govuk-notification-banner")).containsText("Merged into the outcome");
        assertThat(page.locator("h1")).hasText(words);
        assertThat(page.locator("#trail + ol")).containsText("from Jordan Reid (people using services)");
        assertAccessible();
        signOut();

        signIn(Demo.CITIZEN);
        visit(suggestion);
        assertThat(page.getByText("Merged into the framework")).isVisible();
        assertThat(page.getByText("Now outcome: your words, as you said them")).isVisible();
    }

    @Test
    void everyContributionsPageIsAccessibleAndThePublicLinkWorksWithoutSigningIn() {
        String base = jdbc.sql("""
                select '/o/' || f.organisation_id || '/outcomes/' || f.id || '/versions/' || max(v.number)
                from outcomes_framework f join outcomes_framework_version v on v.framework_id = f.id
                where f.commission_id = ? group by f.organisation_id, f.id""")
                .param(demo.youthCommission()).query(String.class).single() + "/contributions";
        String jordans = jdbc.sql("select id from outcomes_contribution where words = ?")
                .param("I have somewhere to go where I can just be myself").query(String.class).single();
        String hidden = jdbc.sql("select id from outcomes_contribution where visibility = 'HIDDEN' and route = 'PUBLIC'"
                + " order by created_at limit 1").query(String.class).single();
        String token = jdbc.sql("select public_token from outcomes_contribution_call where public_token is not null"
                + " and commission_id = ?").param(demo.youthCommission()).query(String.class).single();

        signIn(Demo.COMMISSIONER);
        visit(base);
        assertThat(page.locator("#public-link")).containsText("/public/contribute/");
        assertThat(page.locator("#hidden")).containsText("Hidden by moderators (1)");
        visit(base + "/opening");
        visit(base + "/workshops/new");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Record the workshop")).click();
        assertThat(page.locator(".govuk-error-summary")).isVisible();
        assertAccessible();
        visit(base + "/" + jordans);
        visit(base + "/" + jordans + "/decline");
        visit(base + "/" + hidden);
        assertThat(page.locator("#hidden-reason")).containsText("Abusive about young people");
        visit(base + "/" + jordans + "/hide");
        String outcome = jdbc.sql("select outcome_id from outcomes_contribution where id = ?")
                .param(UUID.fromString(jordans)).query(String.class).single();
        visit(base + "/outcomes/" + outcome);
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Add your comment")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter your comment");
        assertAccessible();
        signOut();

        page.setViewportSize(375, 800);
        visit("/public/contribute/" + token);
        assertThat(page.locator("main")).not().containsText("scum");
        assertThat(page.locator("main")).not().containsText("Jordan");
        assertFitsThePhone();
        page.getByLabel("Your suggestion", EXACT).fill("Youth clubs open on Sundays");
        page.getByLabel("Someone who lives or works in the area", EXACT).check();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Send your suggestion")).click();
        assertThat(page.locator(".govuk-panel")).containsText("Thank you");
        assertAccessible();
        visit("/public/contribute/" + token + "/comment?outcomeId=" + outcome);
        assertFitsThePhone();
        visit("/public/contribute/" + "x".repeat(43));
        assertThat(page.locator("h1")).containsText("not found");
    }

    private void assertFitsThePhone() {
        assertThat(page.evaluate("document.documentElement.scrollWidth")).as("sticking out: %s", page.evaluate(WIDEST))
                .isEqualTo(375);
    }
}
