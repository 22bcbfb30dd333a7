package org.tandem.prioritisation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.prioritisation.BallotSettings;
import org.tandem.prioritisation.BallotType;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.support.TenantTest;

/** The ballot of a process is chosen on its set-up form and in the API, and is fixed once voting starts. */
class ChoosingTheBallotTest extends TenantTest {

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
    void anOfficerChoosesAPointsBallotAndOnlyItsOwnLimitsAreKept() throws Exception {
        String location = mvc.perform(PbSteps.form(base, processes.today(), Map.of("ballotType", "CUMULATIVE",
                        "points", "10", "maxPointsPerProject", "4", "maxProjects", "3")).with(as(officer)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(processes.ballotSettings(council, id))
                .isEqualTo(new BallotSettings(BallotType.CUMULATIVE, null, null, null, 10, 4, null));
        mvc.perform(get(location + "/edit").with(as(officer)))
                .andExpect(content().string(matchesPattern("(?s).*value=\"CUMULATIVE\"[^>]*checked.*")))
                .andExpect(content().string(containsString("name=\"points\" type=\"text\" value=\"10\"")));
    }

    @Test
    void limitsThatCannotWorkAreExplainedNextToTheirBoxAndNothingIsStored() throws Exception {
        mvc.perform(PbSteps.form(base, processes.today(), Map.of("ballotType", "CUMULATIVE")).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter how many points each voter shares out")));
        mvc.perform(PbSteps.form(base, processes.today(), Map.of("ballotType", "APPROVAL", "minProjects", "5",
                        "maxProjects", "2")).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot be fewer than the least (5)")));
        mvc.perform(PbSteps.form(base, processes.today(), Map.of("ballotType", "COST_LIMITED",
                        "minSpendPercent", "<b>half</b>")).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a whole number, for example 5")))
                .andExpect(content().string(containsString("&lt;b&gt;half&lt;/b&gt;")));
        mvc.perform(PbSteps.form(base, processes.today(), Map.of("ballotType", "SECRET")).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the kind of ballot")));
        assertThat(jdbc.sql("select count(*) from pb_process where organisation_id = ?").param(council)
                .query(Long.class).single()).isZero();
    }

    @Test
    void onceVotingHasStartedTheBallotIsFixedButTheRestCanStillChange() throws Exception {
        PbProcessView voting = PbSteps.process(processes, council, 21, Eligibility.SIGNED_IN, false);
        String body = """
                {"title": "Renamed fund", "description": "For young people", "budget": "60000.00",
                 "districts": [{"name": "Eastfield", "budget": "20000.00"}], "phases": %s,
                 "eligibility": "SIGNED_IN", "wards": ["Eastfield"], "postcodes": ["MB1"], "minimumAge": 11,
                 %s "version": %d}""";
        StringBuilder phases = new StringBuilder("[");
        for (var p : voting.phases()) {
            phases.append(phases.length() > 1 ? "," : "").append("{\"phase\": \"").append(p.phase())
                    .append("\", \"startsOn\": \"").append(p.startsOn()).append("\", \"endsOn\": \"")
                    .append(p.endsOn()).append("\"}");
        }
        phases.append(']');
        String path = "/api/v1/organisations/" + council + "/pb-processes/" + voting.id();
        mvc.perform(put(path).with(as(officer)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(phases, "\"ballot\": {\"type\": \"RANKING\"},", 0)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("The ballot cannot change once voting has started")));
        assertThat(processes.view(council, voting.id()).title()).isEqualTo(voting.title());
        mvc.perform(put(path).with(as(officer)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(phases, "", 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Renamed fund"))
                .andExpect(jsonPath("$.ballot.type").value("APPROVAL"));
    }
}
