package org.tandem.prioritisation.results;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.counting.Counting;
import org.tandem.prioritisation.counting.CountingMethod;
import org.tandem.prioritisation.pabulib.PabulibReader;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProposalService;
import org.tandem.support.TenantTest;

/**
 * A process like the demo's Youth Fund 2026 whose voting has closed, in an organisation of the test's own, with an
 * officer and a commissioner, and the steps its tests share: counting the demo's ballots through the page.
 */
@RecordApplicationEvents
abstract class ResultsTest extends TenantTest {

    @Autowired
    protected ProcessService processes;
    @Autowired
    protected ProposalService proposals;
    @Autowired
    protected ApplicationEvents events;
    @Autowired
    private CountService countService;

    protected UUID council;
    protected String officer;
    protected String commissioner;
    protected PbProcessView fund;
    protected String base;
    protected String publicBase;

    @BeforeEach
    void aFundWhoseVotingHasClosed() {
        council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        officer = newPerson("Tom Test", council, Role.COMMISSIONING_OFFICER);
        commissioner = newPerson(council, Role.COMMISSIONER);
        fund = ResultsSteps.fund(processes, proposals, council, true);
        base = "/o/" + council + "/pb-processes/" + fund.id() + "/results";
        publicBase = "/public/o/" + council + "/pb-processes/" + fund.id() + "/results";
    }

    protected MockMultipartHttpServletRequestBuilder upload(String path, byte[] file, String method) {
        return multipart(path + "/count").file(new MockMultipartFile("file", "ballots.pb", "text/plain", file))
                .param("method", method).with(csrf());
    }

    protected void count(String method) throws Exception {
        mvc.perform(upload(base, ResultsSteps.ballots(), method).with(as(officer)))
                .andExpect(status().is3xxRedirection());
    }

    protected void publish() throws Exception {
        mvc.perform(post(base + "/publication").with(csrf()).with(as(commissioner)))
                .andExpect(status().is3xxRedirection());
    }

    protected long counts() {
        return jdbc.sql("select count(*) from pb_count where organisation_id = ?").param(council)
                .query(Long.class).single();
    }

    protected static List<String> libraryWinners(CountingMethod method) {
        return Counting.count(PabulibReader.readInstance(new StringReader(YouthFund2026Ballots.text())), method)
                .winnerIds();
    }

    /** The winners of the newest count as stored, in the order funded. */
    protected List<String> winnersStored() {
        return countService.latest(council, fund.id()).orElseThrow().findings().counted().winners().stream()
                .map(w -> Integer.toString(w.number())).toList();
    }
}
