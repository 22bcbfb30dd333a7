package org.tandem.journeys;

import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.commissions.CommissioningLevel;
import org.tandem.commissions.Phase;
import org.tandem.commissions.internal.CommissionDraft;
import org.tandem.commissions.internal.CommissionService;
import org.tandem.coproduction.ActivityDetails;
import org.tandem.coproduction.ActivityMethod;
import org.tandem.coproduction.CoProductionMode;
import org.tandem.coproduction.CoProductionRecord;
import org.tandem.coproduction.DecisionLevel;
import org.tandem.coproduction.LadderRung;
import org.tandem.coproduction.ParticipantKind;
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
 * The co-production record in a browser. Changes are made on commissions of the council's that each test starts
 * for itself, so the demo commission's figures stay as the user guide describes them.
 */
class CoProductionJourneyTest extends BrowserTest {

    private static final GetByLabelOptions EXACT = new GetByLabelOptions().setExact(true);
    /** What sticks out furthest to the right, outside the frames that scroll on purpose. */
    private static final String WIDEST = """
            [...document.querySelectorAll('main *')].filter(e => !e.closest('.tandem-scroll-frame'))
                .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right).slice(0, 3)
                .map(e => e.tagName + ' ' + e.className + ': ' + (e.textContent || '').trim().slice(0, 60))
                .join('; ')""";

    @Autowired
    CommissionService commissions;
    @Autowired
    CoProductionRecord record;

    /** Jordan reads the youth commission's record, records a workshop, gets something wrong, and sees it listed. */
    @Test
    void aCitizenCoProducerRecordsAWorkshopAndSeesItOnTheRecord() {
        String title = newCommission("Holiday hunger");
        signIn(Demo.CITIZEN);

        visit(demo.councilPath() + "/commissions/" + demo.youthCommission());
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Co-production record")).click();
        assertThat(page.locator("h1")).hasText("Co-production record");
        assertThat(page.locator("#usual-suspects")).containsText("Jordan Reid (9 of 11)");
        assertThat(page.locator("table.tandem-matrix")).containsText("What the records show");
        assertAccessible();
        // On a phone the page does not scroll sideways: wide tables scroll inside their own frames.
        page.setViewportSize(375, 800);
        assertThat(page.evaluate("document.documentElement.scrollWidth")).as("sticking out: %s", page.evaluate(WIDEST))
                .isEqualTo(375);
        assertAccessible();
        page.setViewportSize(1280, 720);

        page.navigate(demo.councilPath() + "/commissions?q=" + title.replace(" ", "+"));
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName(title)).click();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Co-production record")).click();
        assertThat(page.getByText("No activities recorded yet.")).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Record an activity")).click();
        assertThat(page.locator("h1")).hasText("Record a co-production activity");
        assertAccessible();

        page.locator("#heldDay").fill("14");
        page.locator("#heldMonth").fill("8");
        page.locator("#heldYear").fill("2026");
        page.getByLabel("How it was run", EXACT).selectOption("WORKSHOP");
        page.getByLabel("Title", EXACT).fill("Holiday lunch club ideas workshop");
        page.getByLabel("What it was for", EXACT).fill("Young people's ideas for summer lunch clubs");
        page.getByLabel("People using services", EXACT).fill("fifteen");
        page.getByLabel("Commissioners and professionals", EXACT).fill("2");
        page.getByLabel("Jordan Reid", EXACT).check();
        page.getByLabel("Co-designing", EXACT).check();
        page.getByLabel("Macro", EXACT).check();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Record the activity")).click();

        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        assertThat(page.locator(".govuk-error-summary")).containsText(
                "Number of people using services must be a whole number, like 12");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the Co or Co's the activity served");
        assertThat(page.getByLabel("Title", EXACT))
                .hasValue("Holiday lunch club ideas workshop");
        assertAccessible();

        page.getByLabel("People using services", EXACT).fill("15");
        page.getByLabel("Co-design", EXACT).check();
        page.getByText("Equalities profile (optional)").click();
        page.getByLabel("11 to 15", EXACT).fill("9");
        page.getByLabel("16 to 18", EXACT).fill("6");
        page.getByLabel("What changed because of it (optional)", EXACT).fill("A lunch club in Eastfield library");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Record the activity")).click();

        assertThat(page.locator(".govuk-notification-banner"))
                .containsText("has been added to the co-production record");
        assertThat(page.locator("h1")).hasText("Holiday lunch club ideas workshop");
        assertThat(page.getByText("17 in all")).isVisible();
        assertAccessible();

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Back to the co-production record")).click();
        assertThat(page.locator("table").last()).containsText("Holiday lunch club ideas workshop");
        assertThat(page.getByText("Showing 1 to 1 of 1 activities")).isVisible();
        assertThat(page.locator("#who-took-part ~ p").first()).containsText("From the 1 of 1 activities");
        assertAccessible();
    }

    /** Priya places a commission in the matrix against what the records show, says why, then deletes an activity. */
    @Test
    void aCommissionerPlacesTheCommissionInTheMatrixAndDeletesAnActivity() {
        String title = newCommission("Young carers' breaks");
        UUID commission = jdbc.sql("select id from commission where title = ?").param(title).query(UUID.class).single();
        record.record(Actor.TANDEM, demo.council(), commission, new ActivityDetails(LocalDate.of(2026, 10, 2),
                Phase.INSIGHT, ActivityMethod.FOCUS_GROUP, null, "Young carers' focus group", "What breaks they want",
                Map.of(ParticipantKind.CARER, 8, ParticipantKind.PROFESSIONAL, 1), List.of(), LadderRung.CO_DESIGNING,
                Set.of(CoProductionMode.CO_DESIGN), DecisionLevel.MICRO, null, Map.of()));
        signIn(Demo.COMMISSIONER);

        visit(demo.councilPath() + "/commissions/" + commission + "/co-production");
        page.getByRole(AriaRole.LINK, new GetByRoleOptions()
                .setName("Confirm or change the commission's place in the matrix")).click();
        assertAccessible();
        page.getByLabel("Full co-production", EXACT).check();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Confirm")).click();
        assertThat(page.locator(".govuk-error-summary"))
                .containsText("Enter why the commission belongs in Full co-production");
        assertAccessible();
        page.getByLabel("Why (needed when you choose another cell)", EXACT)
                .fill("Young carers will run the breaks with Vale Carers Centre");
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Confirm")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("is now placed in Full co-production");
        assertThat(page.getByText("Young carers will run the breaks with Vale Carers Centre")).isVisible();
        assertThat(page.locator("table.tandem-matrix")).containsText("Confirmed");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Young carers' focus group")).click();
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Delete the activity")).click();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Delete the activity")).click();
        assertThat(page.locator(".govuk-notification-banner"))
                .containsText("has been deleted from the co-production record");
        assertThat(page.getByText("No activities recorded yet.")).isVisible();
        assertAccessible();
    }

    /** A commission of the council's for this test alone; returns its title. */
    private String newCommission(String name) {
        String title = name + " " + UUID.randomUUID().toString().substring(0, 6);
        commissions.createAs(Actor.TANDEM, demo.council(), new CommissionDraft(title, null,
                ServiceArea.CHILDREN_AND_YOUNG_PEOPLE, CommissioningLevel.OPERATIONAL, Money.pounds("90000.00"),
                LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31), Set.of()));
        return title;
    }
}
