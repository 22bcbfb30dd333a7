package org.tandem.prioritisation.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProposalService;
import org.tandem.support.ApiTest;
import tools.jackson.databind.JsonNode;

/** The results in the API: officers see the newest count, everyone the published one, and nobody else's. */
class ResultsApiTest extends ApiTest {

    @Autowired
    private ProcessService processes;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private CountService counts;

    @Test
    void officersSeeTheNewestCountAndEveryoneThePublishedOne() throws Exception {
        UUID council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String officer = tokenFor(newPerson(council, Role.COMMISSIONING_OFFICER));
        String citizen = tokenFor(newPerson(council, Role.CITIZEN_CO_PRODUCER));
        String outsider = tokenFor(newPerson(newOrganisation(OrganisationKind.COMMISSIONING_BODY),
                Role.COMMISSIONING_OFFICER));
        PbProcessView fund = ResultsSteps.fund(processes, proposals, council, true);
        String path = "/api/v1/organisations/" + council + "/pb-processes/" + fund.id() + "/results";
        String publicPath = "/public/api/v1/organisations/" + council + "/pb-processes/" + fund.id() + "/results";

        mvc.perform(get(path).with(bearer(officer))).andExpect(status().isNotFound());
        PbCount count = counts.count(Actor.TANDEM, council, fund.id(), null,
                new BallotFile("ballots.pb", ResultsSteps.ballots()));
        JsonNode body = body(mvc.perform(get(path).with(bearer(officer))).andExpect(status().isOk()).andReturn());
        assertThat(body.get("published").asBoolean()).isFalse();
        assertThat(body.get("recountCommand").asString())
                .isEqualTo("./tandem pb count FILE.pb --rule mes --utility cost --completion add1");
        assertThat(numbers(body.get("winners"))).isEqualTo(count.findings().counted().winners().stream()
                .map(ProjectResult::number).toList());
        assertThat(body.get("projects")).hasSize(9);
        assertThat(numbers(body.get("comparison").get("fundedOnlyByGreedy"))).isNotEmpty();
        assertThat(body.get("ballotsSha256").asString()).hasSize(64);
        mvc.perform(get(publicPath)).andExpect(status().isNotFound());
        mvc.perform(get(path).with(bearer(citizen))).andExpect(status().isForbidden());
        mvc.perform(get(path).with(bearer(outsider))).andExpect(status().isNotFound());

        counts.publish(Actor.TANDEM, council, fund.id(), null);
        JsonNode published = body(mvc.perform(get(publicPath)).andExpect(status().isOk()).andReturn());
        assertThat(published.get("published").asBoolean()).isTrue();
        assertThat(published.get("countId").asString()).isEqualTo(count.id().toString());
        mvc.perform(get("/public/api/v1/organisations/" + UUID.randomUUID() + "/pb-processes/" + fund.id()
                + "/results")).andExpect(status().isNotFound());
        mvc.perform(get("/public/api/v1/organisations/" + council + "/pb-processes/not-an-id/results"))
                .andExpect(status().isNotFound());
    }

    private static List<Integer> numbers(JsonNode array) {
        List<Integer> numbers = new ArrayList<>();
        array.forEach(n -> numbers.add(n.asInt()));
        return numbers;
    }
}
