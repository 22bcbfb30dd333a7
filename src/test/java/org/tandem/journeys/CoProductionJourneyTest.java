package org.tandem.journeys;

import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.commissions.CommissioningLevel;
import org.tandem.commissions.internal.CommissionDraft;
import org.tandem.commissions.internal.CommissionService;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Money;
import org.tandem.platform.ServiceArea;
import org.tandem.support.BrowserTest;
import org.tandem.support.Demo;

import static com.microsoft.playwright.Page.GetByLabelOptions;
import static com.microsoft.playwright.Page.GetByRoleOptions;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Jordan Reid, a young co-producer from Young Voices, reads the youth commission's co-production record, then
 * records a workshop on a commission of the council's (one of this test's own, so the demo's figures stay as the
 * guide describes them), gets one thing wrong, and sees the workshop on the record.
 */
class CoProductionJourneyTest extends BrowserTest {

    private static final GetByLabelOptions EXACT = new GetByLabelOptions().setExact(true);

    @Autowired
    CommissionService commissions;

    @Test
    void aCitizenCoProducerRecordsAWorkshopAndSeesItOnTheRecord() {
        String title = "Holiday hunger " + UUID.randomUUID().toString().substring(0, 6);
        commissions.createAs(Actor.TANDEM, demo.council(), new CommissionDraft(title, null,
                ServiceArea.CHILDREN_AND_YOUNG_PEOPLE, CommissioningLevel.OPERATIONAL, Money.pounds("90000.00"),
                LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31), Set.of()));
        signIn(Demo.CITIZEN);

        visit(demo.councilPath() + "/commissions/" + demo.youthCommission());
        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Co-production record")).click();
        assertThat(page.locator("h1")).hasText("Co-production record");
        assertThat(page.locator("#usual-suspects")).containsText("Jordan Reid (7 of 8)");
        assertThat(page.locator("table.tandem-matrix")).containsText("What the records show");
        assertAccessible();

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

        assertThat(page.locator(".govuk-notification-banner")).containsText("has been added to the co-production record");
        assertThat(page.locator("h1")).hasText("Holiday lunch club ideas workshop");
        assertThat(page.getByText("17 in all")).isVisible();
        assertAccessible();

        page.getByRole(AriaRole.LINK, new GetByRoleOptions().setName("Back to the co-production record")).click();
        assertThat(page.locator("table").last()).containsText("Holiday lunch club ideas workshop");
        assertThat(page.getByText("Showing 1 to 1 of 1 activities")).isVisible();
        assertThat(page.locator("#who-took-part ~ p").first()).containsText("From the 1 of 1 activities");
        assertAccessible();
    }
}
