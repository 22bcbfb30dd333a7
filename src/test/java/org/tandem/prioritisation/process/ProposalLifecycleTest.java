package org.tandem.prioritisation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.support.TenantTest;

/** A proposal from being put forward to being decided on, with the proposer told by email. */
class ProposalLifecycleTest extends TenantTest {

    @Autowired
    private ProcessService processes;

    private UUID council;
    private String officer;
    private String citizen;
    private PbProcessView collecting;
    private String base;

    @BeforeEach
    void ownCouncil() {
        council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        officer = newPerson(council, Role.COMMISSIONING_OFFICER);
        citizen = newPerson("Leah Morgan", council, Role.CITIZEN_CO_PRODUCER);
        collecting = PbSteps.process(processes, council, 3, Eligibility.SIGNED_IN, true);
        base = "/o/" + council + "/pb-processes/" + collecting.id() + "/proposals";
    }

    private MockHttpServletRequestBuilder idea(String path, String title, String cost) {
        return post(path).with(csrf()).param("title", title).param("description", "Somewhere to skate")
                .param("ward", "Eastfield").param("districtId", collecting.districts().getFirst().id().toString())
                .param("estimatedCost", cost);
    }

    private UUID submit(String title, String cost) throws Exception {
        String location = mvc.perform(idea(base, title, cost).with(as(citizen)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aCitizenPutsAnIdeaForwardDuringCollectionAndOfficersCostAndAcceptItAndTheProposerIsEmailed()
            throws Exception {
        UUID id = submit("Fix the skate park", "£12,000");
        mvc.perform(get(base).with(as(officer)))
                .andExpect(content().string(containsString("1. Fix the skate park")))
                .andExpect(content().string(containsString("£12,000.00")));

        mvc.perform(post(base + "/" + id + "/assessment").with(csrf()).with(as(officer))
                        .param("feasibility", "FEASIBLE").param("finalCost", "9800.50").param("costReason", "")
                        .param("version", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Say why the final cost differs")));
        mvc.perform(post(base + "/" + id + "/decision").with(csrf()).with(as(officer))
                        .param("status", "ACCEPTED").param("reason", "Good").param("version", "0"))
                .andExpect(content().string(containsString("Only a proposal assessed as one that can be done")));
        mvc.perform(post(base + "/" + id + "/assessment").with(csrf()).with(as(officer))
                        .param("feasibility", "FEASIBLE").param("finalCost", "9800.50")
                        .param("costReason", "The parks team's quote").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/" + id + "/decision").with(csrf()).with(as(officer))
                        .param("status", "ACCEPTED").param("reason", "It can be done this year").param("version", "1"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select final_cost from pb_proposal where id = ?").param(id).query(BigDecimal.class)
                .single()).isEqualByComparingTo("9800.50");
        String body = emailTo(citizen, "Fix the skate park");
        assertThat(body).contains("has been accepted and will go to the vote").contains("It can be done this year");
        mvc.perform(get("/public/o/" + council + "/pb-processes/" + collecting.id()))
                .andExpect(content().string(containsString("1. Fix the skate park")))
                .andExpect(content().string(containsString("£9,800.50")))
                .andExpect(content().string(containsString("The parks team&#39;s quote")))
                .andExpect(content().string(not(containsString(citizen))));
        assertThat(auditEvents(council, "prioritisation.proposal-decided")).isEqualTo(1);
        assertThat(auditEvents(council, "prioritisation.proposal-assessed")).isEqualTo(1);
    }

    @Test
    void aDuplicateIsMergedIntoTheIdeaItRepeatsAndARejectionGivesItsReason() throws Exception {
        UUID first = submit("Girls football", "4000");
        UUID second = submit("Football for girls", "3500");
        UUID third = submit("A leisure centre", "60000");
        mvc.perform(post(base + "/" + second + "/decision").with(csrf()).with(as(officer))
                        .param("status", "MERGED").param("mergeInto", second.toString()).param("version", "0"))
                .andExpect(content().string(containsString("A proposal cannot be merged into itself")));
        mvc.perform(post(base + "/" + second + "/decision").with(csrf()).with(as(officer))
                        .param("status", "MERGED").param("mergeInto", first.toString()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select merged_into from pb_proposal where id = ?").param(second).query(UUID.class)
                .single()).isEqualTo(first);
        mvc.perform(get(base + "/" + second).with(as(citizen)))
                .andExpect(content().string(containsString("1. Girls football")));
        assertThat(emailTo(citizen, "Football for girls")).contains("has been joined with proposal 1");

        mvc.perform(post(base + "/" + third + "/decision").with(csrf()).with(as(officer))
                        .param("status", "REJECTED").param("reason", "  ").param("version", "0"))
                .andExpect(content().string(containsString("Give a reason")));
        mvc.perform(post(base + "/" + third + "/decision").with(csrf()).with(as(officer))
                        .param("status", "REJECTED").param("reason", "It would cost millions").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(emailTo(citizen, "A leisure centre")).contains("will not go to the vote")
                .contains("It would cost millions");
        mvc.perform(get(base).param("status", "REJECTED").with(as(citizen)))
                .andExpect(content().string(containsString("A leisure centre")))
                .andExpect(content().string(not(containsString("Girls football"))));
        mvc.perform(get(base).param("q", "GIRLS").param("sort", "COST_LOWEST").with(as(citizen)))
                .andExpect(content().string(containsString("Showing 1 to 2 of 2 proposals")));
    }

    @Test
    void ideasOutsideCollectionAndBadCostsAreRefusedAndNothingIsStored() throws Exception {
        PbProcessView reviewing = PbSteps.process(processes, council, 12, Eligibility.SIGNED_IN, false);
        mvc.perform(idea("/o/" + council + "/pb-processes/" + reviewing.id() + "/proposals", "Late idea", "100")
                        .with(as(citizen)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Proposals can only be put forward during proposal "
                        + "collection")));
        mvc.perform(idea(base, "Negative", "-5").with(as(citizen)))
                .andExpect(content().string(containsString("A cost cannot be less than £0")));
        mvc.perform(idea(base, "Absurd", "99999999").with(as(citizen)))
                .andExpect(content().string(containsString("A cost cannot be more than the whole budget of "
                        + "£60,000.00")));
        mvc.perform(idea(base, "x".repeat(5000), "100").with(as(citizen)))
                .andExpect(content().string(containsString("Keep this to 200 characters or fewer")));
        mvc.perform(idea(base, "Not money", "lots").with(as(citizen)))
                .andExpect(content().string(containsString("Enter the cost in pounds")));
        assertThat(jdbc.sql("select count(*) from pb_proposal where organisation_id = ?").param(council)
                .query(Long.class).single()).isZero();
    }

    @Test
    void financeOfficersCostButDoNotDecideAndOtherOrganisationsFindNothing() throws Exception {
        UUID id = submit("<script>alert('x')</script>", "100");
        String finance = newPerson(council, Role.FINANCE_OFFICER);
        mvc.perform(post(base + "/" + id + "/assessment").with(csrf()).with(as(finance))
                        .param("feasibility", "FEASIBLE").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/" + id + "/decision").with(csrf()).with(as(finance))
                        .param("status", "ACCEPTED").param("reason", "x").param("version", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(get(base + "/" + id).with(as(citizen)))
                .andExpect(content().string(containsString("&lt;script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        UUID elsewhere = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String outsider = newPerson(elsewhere, Role.COMMISSIONER);
        mvc.perform(get("/o/" + elsewhere + "/pb-processes/" + collecting.id() + "/proposals/" + id)
                .with(as(outsider))).andExpect(status().isNotFound());
    }

    private static String emailTo(String to, String text) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(mail().getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(to))
                .map(m -> body(m))
                .filter(b -> b.contains(text)).findFirst().orElse(null), b -> b != null);
    }
}
