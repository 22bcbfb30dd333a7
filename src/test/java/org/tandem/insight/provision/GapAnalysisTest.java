package org.tandem.insight.provision;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.insight.needs.Need;
import org.tandem.insight.needs.Priority;
import org.tandem.insight.provision.GapAnalysis.Coverage;
import org.tandem.insight.wards.Ward;
import org.tandem.support.Demo;
import org.tandem.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tandem.insight.provision.ProvisionTotalsTest.line;
import static org.tandem.insight.provision.ProvisionTotalsTest.service;

class GapAnalysisTest extends IntegrationTest {

    private static final UUID ORG = UUID.randomUUID();
    private static final Ward EASTFIELD = new Ward(UUID.randomUUID(), ORG, "MB05", "Eastfield");
    private static final Ward NORTHGATE = new Ward(UUID.randomUUID(), ORG, "MB08", "Northgate");
    private static final Ward MARKET = new Ward(UUID.randomUUID(), ORG, "MB07", "Market");

    @Autowired
    GapAnalyses gaps;

    @Test
    void aNeedFeltInAWardWithNoServiceThereIsAGapEvenWhenServicesMeetItElsewhere() {
        Need neet = need("Not in education or work", Priority.MEDIUM, NORTHGATE, MARKET);
        Need lonely = need("Lonely after school", Priority.HIGH, EASTFIELD, NORTHGATE);
        Need girls = need("Girls less active", Priority.LOW);
        Need anxiety = need("Anxiety", Priority.HIGH);
        FundedService mentoring = addressing(service("Mentoring", ClientGroup.CHILDREN_AND_YOUNG_PEOPLE,
                List.of(NORTHGATE), null, line(FundingSource.UK_SHARED_PROSPERITY_FUND, "50000")), neet);
        FundedService sport = addressing(service("Street sport", ClientGroup.CHILDREN_AND_YOUNG_PEOPLE,
                List.of(EASTFIELD, NORTHGATE), null, line(FundingSource.COUNCIL_CORE, "60000")), lonely);
        FundedService counselling = addressing(service("Counselling", ClientGroup.CHILDREN_AND_YOUNG_PEOPLE,
                List.of(), null, line(FundingSource.NHS, "140000")), anxiety);

        GapAnalysis analysis = GapAnalysis.of(List.of(lonely, neet, anxiety, girls),
                List.of(mentoring, sport, counselling), List.of(EASTFIELD, MARKET, NORTHGATE));

        assertThat(analysis.needs()).extracting(c -> c.need().title())
                .containsExactly("Girls less active", "Not in education or work", "Anxiety", "Lonely after school");
        GapAnalysis.NeedCoverage first = analysis.needs().get(0);
        assertThat(first.coverage()).isEqualTo(Coverage.GAP);
        assertThat(first.feltBoroughWide()).isTrue();
        assertThat(first.wardsWithoutService()).containsExactly(EASTFIELD, MARKET, NORTHGATE);
        GapAnalysis.NeedCoverage neetCoverage = analysis.needs().get(1);
        assertThat(neetCoverage.coverage()).isEqualTo(Coverage.PARTLY_COVERED);
        assertThat(neetCoverage.wardsWithoutService()).containsExactly(MARKET);
        assertThat(neetCoverage.services()).containsExactly(mentoring);
        // A borough-wide service covers a need felt across the borough in every ward.
        assertThat(analysis.needs().get(2).coverage()).isEqualTo(Coverage.COVERED);
        assertThat(analysis.needs().get(3).coverage()).isEqualTo(Coverage.COVERED);
        assertThat(analysis.count(Coverage.GAP)).isEqualTo(1);
    }

    @Test
    void aNeedFeltAcrossTheBoroughMetOnlyLocallyIsPartlyCovered() {
        Need anxiety = need("Anxiety", Priority.HIGH);
        FundedService local = addressing(service("Drop-in", ClientGroup.CHILDREN_AND_YOUNG_PEOPLE,
                List.of(EASTFIELD), null, line(FundingSource.NHS, "10000")), anxiety);
        GapAnalysis.NeedCoverage coverage = GapAnalysis.of(List.of(anxiety), List.of(local),
                List.of(EASTFIELD, MARKET)).needs().getFirst();
        assertThat(coverage.coverage()).isEqualTo(Coverage.PARTLY_COVERED);
        assertThat(coverage.wardsWithoutService()).containsExactly(MARKET);
    }

    @Test
    void inTheDemoGirlsPhysicalActivityIsTheGapAndMarketHasNoHelpIntoWork() {
        GapAnalysis analysis = gaps.of(demo.council(), demo.youthCommission()).analysis();
        GapAnalysis.NeedCoverage first = analysis.needs().getFirst();
        assertThat(first.need().title()).isEqualTo("Girls aged 11 to 16 are less physically active");
        assertThat(first.coverage()).isEqualTo(Coverage.GAP);
        GapAnalysis.NeedCoverage neet = analysis.needs().stream()
                .filter(n -> n.need().title().startsWith("Young people not in education")).findFirst().orElseThrow();
        assertThat(neet.coverage()).isEqualTo(Coverage.PARTLY_COVERED);
        assertThat(neet.wardsWithoutService()).extracting(Ward::name).containsExactly("Market");
    }

    @Test
    void partnersOfTheCommissionSeeItsGapAnalysisAndOthersDoNot() throws Exception {
        UUID youth = demo.youthCommission();
        String page = mvc.perform(get("/o/" + demo.organisation(Demo.ICB) + "/commissions/" + youth
                        + "/gap-analysis").with(as(Demo.PARTNER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Girls aged 11 to 16 are less physically active", "No service",
                "No service addressing it in: Market").doesNotContain("See or change current provision");
        assertThat(page.indexOf("Girls aged 11")).isLessThan(page.indexOf("Anxiety and low mood"));
        mvc.perform(get("/o/" + demo.organisation(Demo.RIVERSIDE) + "/commissions/" + youth + "/gap-analysis")
                .with(as(Demo.PROVIDER))).andExpect(status().isNotFound());
        String commissionPage = mvc.perform(get(demo.councilPath() + "/commissions/" + youth)
                .with(as(Demo.CITIZEN))).andReturn().getResponse().getContentAsString();
        assertThat(commissionPage).contains("/commissions/" + youth + "/gap-analysis");
    }

    private static Need need(String title, Priority priority, Ward... wards) {
        return new Need(UUID.randomUUID(), ORG, null, title, null, priority, List.of(wards), 0);
    }

    private static FundedService addressing(FundedService s, Need... needs) {
        return new FundedService(s.id(), s.organisationId(), s.name(), s.description(), s.providerName(),
                s.providerOrganisationId(), s.clientGroup(), s.boroughWide(), s.wards(), s.fundingLines(),
                s.annualTotal(), s.contractEndsOn(), s.peopleReachedPerYear(), s.outcomesClaimed(),
                s.overlapsAndGaps(), List.of(needs).stream()
                .map(n -> new NeedAddressed(n.id(), n.title(), n.priority())).toList(), s.version());
    }
}
