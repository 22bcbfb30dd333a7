package org.tandem.insight.evidence;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.commissions.CommissioningLevel;
import org.tandem.commissions.internal.CommissionDraft;
import org.tandem.commissions.internal.CommissionService;
import org.tandem.platform.Money;
import org.tandem.platform.ServiceArea;
import org.tandem.support.BrowserTest;
import org.tandem.support.Demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The needs evidence pages in a real browser, every page checked with axe-core (WCAG 2.2 AA). */
class EvidenceJourneyTest extends BrowserTest {

    @Autowired
    CommissionService commissions;

    @Test
    void tomReadsTheDemoEvidenceFromTheCommissionPage() {
        signIn(Demo.OFFICER);
        visit(demo.councilPath() + "/commissions/" + demo.youthCommission());
        link("Needs evidence").click();
        assertThat(page.locator("h1")).hasText("Needs evidence");
        assertAccessible();

        link("Datasets").first().click();
        assertAccessible();
        link("JSNA 2026: young people by ward").click();
        assertThat(page.locator("svg.tandem-chart")).isVisible();
        assertThat(page.locator("caption", new Page.LocatorOptions().setHasText("the figures"))).isVisible();
        assertAccessible();
        page.getByLabel("Indicator").selectOption("3");
        page.getByLabel("Show", new Page.GetByLabelOptions().setExact(true)).selectOption("AREAS");
        page.getByLabel("Period (by area)").selectOption("2024");
        button("Show the figures").click();
        assertThat(page.locator("h3").first()).containsText("Young carers known to services (young people) by area, 2024");
        assertAccessible();

        page.navigate(demo.councilPath() + "/commissions/" + demo.youthCommission() + "/evidence/items");
        assertAccessible();
        link("What makes a good day: appreciative workshops").click();
        assertThat(page.locator("blockquote").first()).containsText("somewhere to go after school");
        assertAccessible();

        page.navigate(demo.councilPath() + "/commissions/" + demo.youthCommission() + "/evidence/risks");
        assertAccessible();
        link("Closing the in-house youth centres").click();
        assertThat(page.getByText("Accepted on conditions")).isVisible();
        assertAccessible();

        page.navigate(demo.councilPath() + "/commissions/" + demo.youthCommission() + "/evidence");
        page.getByLabel("Search all of this commission's evidence").fill("young carers");
        button("Search").click();
        assertThat(page.locator("mark").first()).isVisible();
        assertAccessible();

        page.navigate(demo.councilPath() + "/commissions/" + demo.youthCommission() + "/needs");
        assertAccessible();
        link("Young carers miss out on activities and time with friends").click();
        assertThat(page.getByText("Peer research with young carers")).isVisible();
        assertAccessible();
    }

    @Test
    void tomImportsADatasetAddsEvidenceAndARiskToACommissionOfHisOwn() {
        UUID commission = newCommission();
        String base = demo.councilPath() + "/commissions/" + commission;
        signIn(Demo.OFFICER);

        visit(base + "/evidence/datasets/new");
        button("Import the dataset").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a title for the dataset");
        assertAccessible();
        page.getByLabel("Title").fill("Youth survey by ward");
        page.getByLabel("Source").fill("Young Voices survey 2026");
        page.getByLabel("CSV file").setInputFiles(new FilePayload("survey.csv", "text/csv",
                "indicator,area,period,value\nFeel safe after dark,MB02,2026,41\nFeel safe after dark,Nowhere,2026,x\n"
                        .getBytes(StandardCharsets.UTF_8)));
        button("Import the dataset").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Row 3, column 'area'");
        assertAccessible();
        page.getByLabel("CSV file").setInputFiles(new FilePayload("survey.csv", "text/csv",
                "indicator,area,period,value\nFeel safe after dark,MB02,2026,41\nFeel safe after dark,MB03,2026,38\n"
                        .getBytes(StandardCharsets.UTF_8)));
        button("Import the dataset").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("imported: 2 rows");
        assertAccessible();
        String dataset = path();
        visit(dataset + "/replace");
        visit(dataset + "/delete");

        visit(base + "/evidence/items/new");
        button("Add the evidence").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a title for the evidence");
        assertAccessible();
        page.getByLabel("Title").fill("Mystery shopping at the Castle centre");
        page.getByLabel("Mystery shopping").check();
        page.locator("#gatheredDay").fill("14");
        page.locator("#gatheredMonth").fill("11");
        page.locator("#gatheredYear").fill("2026");
        page.getByLabel("What was found").fill("The centre was locked during its advertised hours.");
        page.getByLabel("Written consent", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Themes (optional)").fill("opening hours, welcome");
        button("Add the evidence").click();
        assertThat(page.locator("h1")).hasText("Mystery shopping at the Castle centre");
        assertAccessible();
        page.getByLabel("What was said").fill("We got there at seven and it was locked.");
        page.getByLabel("Who said it (optional)").fill("mystery shopper, 17");
        button("Add the quote").click();
        assertThat(page.locator("blockquote")).containsText("it was locked");
        String item = path().replaceFirst("#.*", "");
        visit(item + "/edit");
        visit(item + "/delete");
        page.navigate(item);
        page.getByLabel("Add a file").setInputFiles(new FilePayload("notes.pdf", "application/pdf",
                org.tandem.platform.files.SampleFiles.exe()));
        button("Upload the file").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("is not a kind of file Tandem accepts");
        assertAccessible();

        visit(base + "/evidence/risks/new");
        button("Add the risk").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select whose risk it is");
        assertAccessible();
        page.getByLabel("The risk", new Page.GetByLabelOptions().setExact(true)).fill("Late buses after youth club");
        page.getByLabel("People using services").check();
        page.getByLabel("Benefits of taking it").fill("Clubs open later.");
        page.getByLabel("Disbenefits").fill("Young people get home late.");
        page.getByLabel("Not yet asked").check();
        page.getByLabel("Possible").check();
        page.getByLabel("Moderate").check();
        button("Add the risk").click();
        assertThat(page.getByText("Medium, 9")).isVisible();
        assertAccessible();
        String risk = path();
        visit(risk + "/edit");
        visit(risk + "/delete");

        visit(base + "/needs/new");
        button("Add the need").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter what people need");
        assertAccessible();
        visit(demo.councilPath() + "/evidence/search?q=castle+locked");
        assertThat(link("Mystery shopping at the Castle centre")).isVisible();
    }

    @Test
    void jordanAddsPeerResearchOnAPhone() {
        UUID commission = newCommission();
        page.setViewportSize(375, 812);
        signIn(Demo.CITIZEN);
        visit(demo.councilPath() + "/commissions/" + commission + "/evidence");
        link("Add").nth(0).click();
        assertAccessible();
        page.getByLabel("Title").fill("Interviews at the skate park");
        page.getByLabel("Peer research").check();
        LocalDate today = LocalDate.now();
        page.locator("#gatheredDay").fill(Integer.toString(today.getDayOfMonth()));
        page.locator("#gatheredMonth").fill(Integer.toString(today.getMonthValue()));
        page.locator("#gatheredYear").fill(Integer.toString(today.getYear()));
        page.getByLabel("What was found").fill("Young people want somewhere dry to meet.");
        page.getByLabel("Spoken consent, noted by whoever gathered it").check();
        button("Add the evidence").click();
        assertThat(page.locator("h1")).hasText("Interviews at the skate park");
        assertThat(page.getByText("Jordan Reid").first()).isVisible();
        assertAccessible();
    }

    private UUID newCommission() {
        return commissions.createAs(org.tandem.platform.AuditLog.Actor.TANDEM, demo.council(), new CommissionDraft(
                "Journey " + UUID.randomUUID().toString().substring(0, 8), null, ServiceArea.CHILDREN_AND_YOUNG_PEOPLE,
                CommissioningLevel.OPERATIONAL, Money.pounds("1000.00"), LocalDate.of(2027, 4, 1),
                LocalDate.of(2028, 3, 31), Set.of())).id();
    }

    private com.microsoft.playwright.Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }

    private com.microsoft.playwright.Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
