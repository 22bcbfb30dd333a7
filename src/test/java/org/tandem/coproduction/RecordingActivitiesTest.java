package org.tandem.coproduction;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.support.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Recording an activity through the form: it shows on the commission's record, and mistakes are explained. */
class RecordingActivitiesTest extends CoProductionTest {

    private String commissioner;
    private String officer;
    private String citizen;
    private String base;

    @BeforeEach
    void ownCouncil() {
        newCouncilAndCommission();
        commissioner = newPerson(council, Role.COMMISSIONER);
        officer = newPerson(council, Role.COMMISSIONING_OFFICER);
        citizen = newPerson("Leah Morgan", council, Role.CITIZEN_CO_PRODUCER);
        base = ActivityFormSteps.path(council, commission);
    }

    @Test
    void aCitizenCoProducerRecordsAnActivityAndEveryoneInTheOrganisationSeesIt() throws Exception {
        mvc.perform(get(base).with(as(citizen)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No activities recorded yet.")))
                .andExpect(content().string(containsString("0 of 4 Co&#39;s covered")))
                .andExpect(content().string(containsString("Record an activity")));
        UUID id = ActivityFormSteps.record(mvc, base + "/activities", as(citizen), "Good day workshop",
                Map.of("personIds", demo.person(citizen).toString(), "otherNames", "Sam Idowu\n\n  Kit Lee  ",
                        "whatChanged", "Evening opening added", "equalities[AGE_11_TO_15]", "8",
                        "equalities[AGE_16_TO_18]", "4", "modes", "CO_PLANNING"));

        String scrutiny = newPerson(council, Role.SCRUTINY_MEMBER);
        mvc.perform(get(base + "/activities/" + id).with(as(scrutiny)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Good day workshop")))
                .andExpect(content().string(containsString("People using services: 12")))
                .andExpect(content().string(containsString("14 in all")))
                .andExpect(content().string(containsString("Leah Morgan")))
                .andExpect(content().string(containsString("Kit Lee")))
                .andExpect(content().string(containsString("Co-designing (Doing with)")))
                .andExpect(content().string(containsString("Co-planning (Citizen voice)")))
                .andExpect(content().string(containsString("Evening opening added")))
                .andExpect(content().string(containsString("Age: 11 to 15")))
                .andExpect(content().string(not(containsString("Change the activity"))));
        mvc.perform(get(base).with(as(scrutiny)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Good day workshop")))
                .andExpect(content().string(containsString("Showing 1 to 1 of 1 activities")))
                .andExpect(content().string(containsString("1 of 4 Co&#39;s covered")))
                .andExpect(content().string(not(containsString("Record an activity"))));
        assertThat(auditEvents(council, "coproduction.activity-recorded")).isEqualTo(1);
    }

    @Test
    void mistakesAreExplainedFieldByFieldAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(ActivityFormSteps.recordForm(base + "/activities", "", Map.of("heldDay", "31", "heldMonth", "2",
                        "method", "OTHER", "participants[PERSON_USING_SERVICES]", "lots",
                        "participants[CARER]", "-3", "rung", "", "modes", "", "level", "SIDEWAYS",
                        "purpose", "Kept as typed", "equalities[AGE_11_TO_15]", "30")).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Record a co-production activity")))
                .andExpect(content().string(containsString("The date must be a real date")))
                .andExpect(content().string(containsString("Enter how the activity was run")))
                .andExpect(content().string(containsString("Enter a title for the activity")))
                .andExpect(content().string(containsString(
                        "Number of people using services must be a whole number, like 12")))
                .andExpect(content().string(containsString("Select the rung of the ladder the activity reached")))
                .andExpect(content().string(containsString("Select the Co or Co&#39;s the activity served")))
                .andExpect(content().string(containsString("Select macro or micro level")))
                .andExpect(content().string(containsString("href=\"#heldDay\"")))
                .andExpect(content().string(containsString("Kept as typed")))
                .andExpect(content().string(containsString("value=\"lots\"")));
        mvc.perform(ActivityFormSteps.recordForm(base + "/activities", "Negative", Map.of(
                        "participants[CARER]", "-3", "participants[PROFESSIONAL]", "1000000",
                        "heldYear", "2999")).with(as(officer)))
                .andExpect(content().string(containsString("Number of carers cannot be less than 0")))
                .andExpect(content().string(containsString(
                        "Number of commissioners and professionals must be 100,000 or fewer")))
                .andExpect(content().string(containsString("The date must be today or in the past")));
        mvc.perform(ActivityFormSteps.recordForm(base + "/activities", "Too many", Map.of(
                        "otherNames", "Ann\nBob\nCy\nDee\nEd\nFlo\nGus\nHal\nIvy\nJo\nKay\nLou\nMo\nNed\nOz",
                        "equalities[AGE_11_TO_15]", "20")).with(as(officer)))
                .andExpect(content().string(containsString("You named 15 people but counted 14 taking part")))
                .andExpect(content().string(containsString(
                        "Age counts add up to 20, more than the 14 people who took part")))
                .andExpect(content().string(containsString("href=\"#equalities[AGE]\"")))
                .andExpect(content().string(containsString("<details class=\"govuk-details\" open=\"open\">")));
        assertThat(summary().activities()).isZero();
    }

    @Test
    void hostileTextIsStoredAsTextAndShownHarmlessly() throws Exception {
        String script = "<script>alert('x')</script>";
        String sql = "Robert'); DROP TABLE coproduction_activity;--";
        UUID id = ActivityFormSteps.record(mvc, base + "/activities", as(officer), script,
                Map.of("purpose", sql, "otherNames", "<img src=x onerror=alert(1)>"));
        mvc.perform(get(base + "/activities/" + id).with(as(officer)))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert")));
        mvc.perform(get(base).with(as(officer)))
                .andExpect(content().string(not(containsString("<script>alert"))));
        assertThat(jdbc.sql("select purpose from coproduction_activity where id = ?").param(id)
                .query(String.class).single()).isEqualTo(sql);
        mvc.perform(ActivityFormSteps.recordForm(base + "/activities", "x".repeat(10_000),
                        Map.of("purpose", "y".repeat(5000), "otherNames", "z".repeat(300))).with(as(officer)))
                .andExpect(content().string(containsString("Title must be 200 characters or fewer")))
                .andExpect(content().string(containsString("Purpose must be 4,000 characters or fewer")))
                .andExpect(content().string(containsString("Each name must be 200 characters or fewer")));
        mvc.perform(ActivityFormSteps.recordForm(base + "/activities", "Tampered", Map.of(
                        "participants[ROBOTS]", "3", "modes", "CO_CONQUEST", "personIds", "' or 1=1 --"))
                        .with(as(officer)))
                .andExpect(content().string(containsString("is not one of PROFESSIONAL")))
                .andExpect(content().string(containsString("Select the Co&#39;s from the list")))
                .andExpect(content().string(containsString("Choose people from the list")));
        assertThat(summary().activities()).isEqualTo(1);
    }

    @Test
    void whoMayRecordChangeAndDelete() throws Exception {
        String finance = newPerson(council, Role.FINANCE_OFFICER);
        mvc.perform(ActivityFormSteps.recordForm(base + "/activities", "Finance").with(as(finance)))
                .andExpect(status().isForbidden());
        mvc.perform(get(base + "/activities/new").with(as(finance))).andExpect(status().isForbidden());
        mvc.perform(ActivityFormSteps.recordForm(base + "/activities", "Provider").with(as(Demo.PROVIDER)))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/activities").with(as(officer)).param("title", "No CSRF"))
                .andExpect(status().isForbidden());
        assertThat(summary().activities()).isZero();
        UUID id = ActivityFormSteps.record(mvc, base + "/activities", as(officer), "To delete");
        mvc.perform(post(base + "/activities/" + id + "/delete").with(csrf()).with(as(officer)))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/activities/" + id + "/delete").with(csrf()).with(as(citizen)))
                .andExpect(status().isForbidden());
        mvc.perform(get(base + "/activities/" + id + "/delete").with(as(commissioner)))
                .andExpect(content().string(containsString("Delete To delete?")));
        mvc.perform(post(base + "/activities/" + id + "/delete").with(csrf()).with(as(commissioner)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/activities/" + id).with(as(commissioner))).andExpect(status().isNotFound());
        assertThat(auditEvents(council, "coproduction.activity-deleted")).isEqualTo(1);
    }

    @Test
    void partnersSeeTheRecordButCannotChangeIt() throws Exception {
        UUID partner = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        commission = newCommission(council, Set.of(partner));
        base = ActivityFormSteps.path(council, commission);
        UUID id = ActivityFormSteps.record(mvc, base + "/activities", as(officer), "Shared with the partner");
        String partnerCommissioner = newPerson(partner, Role.COMMISSIONER);
        String partnerBase = ActivityFormSteps.path(partner, commission);
        mvc.perform(get(partnerBase).with(as(partnerCommissioner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Shared with the partner")))
                .andExpect(content().string(not(containsString("Record an activity"))))
                .andExpect(content().string(not(containsString("Confirm or change"))));
        mvc.perform(get(partnerBase + "/activities/" + id).with(as(partnerCommissioner))).andExpect(status().isOk());
        mvc.perform(get(partnerBase + "/activities/new").with(as(partnerCommissioner)))
                .andExpect(status().isForbidden());
        mvc.perform(ActivityFormSteps.recordForm(partnerBase + "/activities", "Partner's own")
                        .with(as(partnerCommissioner)))
                .andExpect(status().isForbidden());
        mvc.perform(post(partnerBase + "/activities/" + id + "/delete").with(csrf()).with(as(partnerCommissioner)))
                .andExpect(status().isForbidden());
        mvc.perform(post(partnerBase + "/matrix").with(csrf()).with(as(partnerCommissioner))
                        .param("model", "TRADITIONAL"))
                .andExpect(status().isForbidden());
        assertThat(summary().activities()).isEqualTo(1);
    }

    @Test
    void anotherOrganisationsCommissionOrActivityIsNotFound() throws Exception {
        UUID id = ActivityFormSteps.record(mvc, base + "/activities", as(officer), "Ours");
        UUID otherCouncil = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String otherCommissioner = newPerson(otherCouncil, Role.COMMISSIONER);
        UUID otherCommission = newCommission(otherCouncil, Set.of());
        String theirs = ActivityFormSteps.path(otherCouncil, otherCommission);
        // Our commission and activity named under their own organisation, and our activity under their commission.
        for (String path : new String[] {ActivityFormSteps.path(otherCouncil, commission),
                ActivityFormSteps.path(otherCouncil, commission) + "/activities/" + id,
                theirs + "/activities/" + id, theirs + "/activities/" + id + "/edit",
                ActivityFormSteps.path(otherCouncil, commission) + "/activities.csv",
                theirs + "/activities/" + UUID.randomUUID()}) {
            mvc.perform(get(path).with(as(otherCommissioner))).andExpect(status().isNotFound());
        }
        mvc.perform(ActivityFormSteps.recordForm(theirs + "/activities/" + id, "Hijacked", Map.of("version", "0"))
                        .with(as(otherCommissioner)))
                .andExpect(status().isNotFound());
        mvc.perform(post(theirs + "/activities/" + id + "/delete").with(csrf()).with(as(otherCommissioner)))
                .andExpect(status().isNotFound());
        // Naming a person of another organisation is refused as not found.
        mvc.perform(ActivityFormSteps.recordForm(theirs + "/activities", "Their person", Map.of(
                        "personIds", demo.person(citizen).toString())).with(as(otherCommissioner)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select title from coproduction_activity where id = ?").param(id).query(String.class)
                .single()).isEqualTo("Ours");
    }

    @Test
    void twoPeopleEditingAtOnceDoNotOverwriteEachOther() throws Exception {
        UUID id = ActivityFormSteps.record(mvc, base + "/activities", as(officer), "Edited");
        String path = base + "/activities/" + id;
        mvc.perform(get(path + "/edit").with(as(citizen)))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")))
                .andExpect(content().string(containsString("value=\"12\"")));
        mvc.perform(ActivityFormSteps.recordForm(path, "First save", Map.of("version", "0")).with(as(citizen)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(ActivityFormSteps.recordForm(path, "Second save from a stale page", Map.of("version", "0"))
                        .with(as(commissioner)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this activity")))
                .andExpect(content().string(containsString("Second save from a stale page")));
        assertThat(jdbc.sql("select title from coproduction_activity where id = ?").param(id).query(String.class)
                .single()).isEqualTo("First save");
        assertThat(auditEvents(council, "coproduction.activity-changed")).isEqualTo(1);
    }

    @Test
    void someoneWhoHasLeftTheOrganisationStaysNamedWhenTheActivityIsChanged() throws Exception {
        String leaver = newPerson("Rowan Leaver", council, Role.PANEL_MEMBER);
        UUID id = ActivityFormSteps.record(mvc, base + "/activities", as(officer), "Before Rowan left",
                Map.of("personIds", demo.person(leaver).toString()));
        jdbc.sql("delete from membership where person_id = ? and organisation_id = ?")
                .params(demo.person(leaver), council).update();
        mvc.perform(get(base + "/activities/" + id + "/edit").with(as(officer)))
                .andExpect(content().string(containsString(">Rowan Leaver</textarea>")));
    }

    @Test
    void theListSearchesFiltersSortsAndPages() throws Exception {
        for (int i = 1; i <= 26; i++) {
            record(Activities.activity().titled("Survey round " + i).at(LadderRung.CONSULTING)
                    .method(ActivityMethod.SURVEY, null).on(java.time.LocalDate.of(2026, 1, 1).plusDays(i)));
        }
        record(Activities.activity().titled("Peer research, 100% youth-led").at(LadderRung.CO_PRODUCING)
                .serving(CoProductionMode.CO_PRIORITISATION).method(ActivityMethod.PEER_RESEARCH, null));
        String commissionerOfCouncil = commissioner;
        mvc.perform(get(base).with(as(commissionerOfCouncil)))
                .andExpect(content().string(containsString("Showing 1 to 25 of 27 activities")))
                .andExpect(content().string(containsString("page=2")));
        mvc.perform(get(base).param("q", "100%").with(as(commissionerOfCouncil)))
                .andExpect(content().string(containsString("Showing 1 to 1 of 1 activities")));
        mvc.perform(get(base).param("mode", "CO_COMMISSIONING").with(as(commissionerOfCouncil)))
                .andExpect(content().string(containsString("Peer research, 100% youth-led")))
                .andExpect(content().string(containsString("Showing 1 to 1 of 1 activities")));
        mvc.perform(get(base).param("rung", "CONSULTING").param("method", "SURVEY").param("sort", "OLDEST")
                        .param("page", "2").with(as(commissionerOfCouncil)))
                .andExpect(content().string(containsString("Survey round 26")))
                .andExpect(content().string(not(containsString("Survey round 25<"))));
        mvc.perform(get(base).param("rung", "ON_THE_ROOF").param("sort", "'; drop table x; --")
                        .param("page", "-4").param("q", "\u0000' or 1=1 --").with(as(commissionerOfCouncil)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No activities match")));
    }
}
