package org.tandem.prioritisation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.support.TenantTest;

/** Setting up a process through the form, seeing it inside the organisation and on its public page. */
class SettingUpProcessesTest extends TenantTest {

    @Autowired
    private ProcessService processes;

    private UUID council;
    private String officer;
    private String base;

    @BeforeEach
    void ownCouncil() {
        council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        officer = newPerson(council, Role.COMMISSIONING_OFFICER);
        base = "/o/" + council + "/pb-processes";
    }

    @Test
    void anOfficerSetsUpAProcessAndItShowsItsExactBudgetAreasPhasesAndWhoMayTakePart() throws Exception {
        String location = mvc.perform(PbSteps.form(base, processes.today(), Map.of()).with(as(officer)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        assertThat(jdbc.sql("select budget from pb_process where id = ?").param(id).query(BigDecimal.class).single())
                .isEqualByComparingTo("60000.00");
        assertThat(jdbc.sql("select budget from pb_district where process_id = ? order by position").param(id)
                .query(BigDecimal.class).list()).extracting(BigDecimal::toPlainString)
                .containsExactly("20000.00", "20000.50");
        String citizen = newPerson(council, Role.CITIZEN_CO_PRODUCER);
        mvc.perform(get(location).with(as(citizen)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("£60,000.00")))
                .andExpect(content().string(containsString("£20,000.50")))
                .andExpect(content().string(containsString("£19,999.50")))
                .andExpect(content().string(containsString("Proposal collection</strong>")))
                .andExpect(content().string(containsString("Aged 11 or over")))
                .andExpect(content().string(containsString("Living in Eastfield, Northgate")))
                .andExpect(content().string(containsString("Living in postcodes MB1, MB2 3CD")))
                .andExpect(content().string(not(containsString("Change the process"))));
        assertThat(auditEvents(council, "prioritisation.process-created")).isEqualTo(1);
    }

    @Test
    void overlappingPhasesAndAreasOverBudgetAreExplainedAndNothingIsStored() throws Exception {
        var today = processes.today();
        mvc.perform(PbSteps.form(base, today, Map.of("dates[VOTING-start-day]",
                        Integer.toString(today.plusDays(19).getDayOfMonth()),
                        "dates[VOTING-start-month]", Integer.toString(today.plusDays(19).getMonthValue()),
                        "dates[VOTING-start-year]", Integer.toString(today.plusDays(19).getYear()),
                        "title", "<script>alert(1)</script>")).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Set up a participatory budgeting")))
                .andExpect(content().string(containsString("Voting must start after review and costing ends on")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(PbSteps.form(base, today, Map.of("districts", "Eastfield: 60000\nNorthgate: 0.01"))
                        .with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("add up to £60,000.01, which is £0.01 more than the "
                        + "whole budget of £60,000.00")));
        mvc.perform(PbSteps.form(base, today, Map.of("budget", "-100", "dates[COUNTING-end-month]", "13",
                        "districts", "Eastfield 20000")).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Counting end date must be a real date")))
                .andExpect(content().string(containsString("Line 1 of the areas: write the name, a colon")));
        mvc.perform(PbSteps.form(base, today, Map.of("budget", "1" + "0".repeat(400))).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the budget in pounds and pence")));
        assertThat(jdbc.sql("select count(*) from pb_process where organisation_id = ?").param(council)
                .query(Long.class).single()).isZero();
    }

    @Test
    void citizensMaySeeButNotSetUpAndOtherOrganisationsFindNothing() throws Exception {
        PbProcessView process = PbSteps.process(processes, council, 0, Eligibility.SIGNED_IN, false);
        String citizen = newPerson(council, Role.CITIZEN_CO_PRODUCER);
        mvc.perform(get(base + "/new").with(as(citizen))).andExpect(status().isForbidden());
        mvc.perform(PbSteps.form(base, processes.today(), Map.of()).with(as(citizen)))
                .andExpect(status().isForbidden());

        UUID elsewhere = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String outsider = newPerson(elsewhere, Role.COMMISSIONER);
        mvc.perform(get("/o/" + elsewhere + "/pb-processes/" + process.id()).with(as(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(get(base + "/" + process.id()).with(as(outsider))).andExpect(status().isNotFound());
    }

    @Test
    void onlyAPublishedProcessHasAPublicPageAndItNeedsNoSignIn() throws Exception {
        PbProcessView hidden = PbSteps.process(processes, council, 0, Eligibility.SIGNED_IN, false);
        PbProcessView shown = PbSteps.process(processes, council, 0, Eligibility.SIGNED_IN, true);
        mvc.perform(get("/public/o/" + council + "/pb-processes/" + hidden.id())).andExpect(status().isNotFound());
        mvc.perform(get("/public/o/" + council + "/pb-processes/not-an-id")).andExpect(status().isNotFound());
        mvc.perform(get("/public/o/" + UUID.randomUUID() + "/pb-processes/" + shown.id()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/public/o/" + council + "/pb-processes/" + shown.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(shown.title())))
                .andExpect(content().string(containsString("£60,000.00")))
                .andExpect(content().string(containsString("No proposals have been accepted for the vote yet.")));
    }

    @Test
    void paperCodesAreGivenOnceAsACsvStoredOnlyAsHashesAndWorkOnceInTheirOwnProcess() throws Exception {
        PbProcessView process = PbSteps.process(processes, council, 0, Eligibility.VERIFICATION_CODE, false);
        PbProcessView other = PbSteps.process(processes, council, 0, Eligibility.VERIFICATION_CODE, false);
        String csv = mvc.perform(post(base + "/" + process.id() + "/codes").param("count", "5").with(csrf())
                        .with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        List<String> codes = csv.lines().skip(1).toList();
        assertThat(codes).hasSize(5).allMatch(c -> c.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
        List<String> stored = jdbc.sql("select code_hash from pb_verification_code where process_id = ?")
                .param(process.id()).query(String.class).list();
        assertThat(stored).hasSize(5).noneMatch(h -> codes.stream().anyMatch(c -> h.contains(c.replace("-", ""))));

        String code = codes.getFirst();
        assertThat(processes.useVerificationCode(council, other.id(), code)).isFalse();
        assertThat(processes.useVerificationCode(council, process.id(), code.toLowerCase().replace("-", " ")))
                .isTrue();
        assertThat(processes.useVerificationCode(council, process.id(), code)).isFalse();

        mvc.perform(post(base + "/" + process.id() + "/codes").param("count", "10001").with(csrf())
                        .with(as(officer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Make between 1 and 10000 codes at a time")));
        mvc.perform(get(base + "/" + process.id()).with(as(officer)))
                .andExpect(content().string(containsString("5 verification codes made, 1 used so far.")));
    }
}
