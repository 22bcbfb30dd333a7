package org.tandem.prioritisation.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.tandem.platform.Money;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.ResultsPublished;
import org.tandem.prioritisation.counting.Completion;
import org.tandem.prioritisation.counting.Counting;
import org.tandem.prioritisation.counting.CountingMethod;
import org.tandem.prioritisation.counting.Utility;
import org.tandem.prioritisation.pabulib.PabulibReader;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProposalService;
import org.tandem.support.TenantTest;

/**
 * An officer counts a process's ballots from a Pabulib file, checks the results and publishes them; then anyone can
 * read them, download the ballots, recount them and check their own receipt.
 */
@RecordApplicationEvents
class CountingAndPublishingResultsTest extends TenantTest {

    @Autowired
    private ProcessService processes;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private ApplicationEvents events;

    private UUID council;
    private String officer;
    private String commissioner;
    private PbProcessView fund;
    private String base;
    private String publicBase;

    @BeforeEach
    void aFundWhoseVotingHasClosed() {
        council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        officer = newPerson("Tom Test", council, Role.COMMISSIONING_OFFICER);
        commissioner = newPerson(council, Role.COMMISSIONER);
        fund = ResultsSteps.fund(processes, proposals, council, true);
        base = "/o/" + council + "/pb-processes/" + fund.id() + "/results";
        publicBase = "/public/o/" + council + "/pb-processes/" + fund.id() + "/results";
    }

    private MockMultipartHttpServletRequestBuilder upload(String path, byte[] file, String method) {
        return multipart(path + "/count").file(new MockMultipartFile("file", "ballots.pb", "text/plain", file))
                .param("method", method).with(csrf());
    }

    private void count(String method) throws Exception {
        mvc.perform(upload(base, ResultsSteps.ballots(), method).with(as(officer)))
                .andExpect(status().is3xxRedirection());
    }

    private long counts() {
        return jdbc.sql("select count(*) from pb_count where organisation_id = ?").param(council)
                .query(Long.class).single();
    }

    private List<String> libraryWinners(CountingMethod method) {
        return Counting.count(PabulibReader.readInstance(new StringReader(YouthFund2026Ballots.text())), method)
                .winnerIds();
    }

    @Test
    void theCountOfAnImportedFileIsTheLibrarysAndStaysPrivateUntilPublished() throws Exception {
        mvc.perform(get(base).with(as(officer)))
                .andExpect(content().string(containsString("The ballots have not been counted yet")));
        count("DEFAULT");

        List<String> expected = libraryWinners(CountingMethod.equalShares(Utility.COST, Completion.ADD1));
        String stored = jdbc.sql("select result from pb_count where process_id = ?").param(fund.id())
                .query(String.class).single();
        assertThat(stored).contains("\"countedBy\":\"EQUAL_SHARES\"");
        String page = mvc.perform(get(base).with(as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Not published.")))
                .andExpect(content().string(containsString("Method of Equal Shares, cost utilities, Add1 completion")))
                .andExpect(content().string(containsString("Youth club open late on Fridays")))
                .andExpect(content().string(containsString("ρ = £")))
                .andExpect(content().string(containsString("Funded only by equal shares")))
                .andReturn().getResponse().getContentAsString();
        for (String winner : expected) {
            String title = YouthFund2026Ballots.PROJECTS.get(Integer.parseInt(winner) - 1).title()
                    .replace("'", "&#39;");
            assertThat(page).contains(title);
        }
        assertThat(jdbc.sql("select count(*) from pb_count_ballot where count_id = (select id from pb_count where "
                + "process_id = ?)").param(fund.id()).query(Long.class).single()).isEqualTo(300);
        // The stored winners, in the order funded, are the library's, counted from the same file.
        assertThat(winnersStored()).isEqualTo(expected);
        assertThat(auditEvents(council, "prioritisation.ballots-counted")).isEqualTo(1);

        mvc.perform(get(publicBase)).andExpect(status().isNotFound());
        mvc.perform(get(publicBase + "/ballots.pb")).andExpect(status().isNotFound());
        mvc.perform(get("/public/api/v1/organisations/" + council + "/pb-processes/" + fund.id() + "/results"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/public/o/" + council + "/pb-processes/" + fund.id()))
                .andExpect(content().string(not(containsString("See the results"))));
        assertThat(events.stream(ResultsPublished.class)).isEmpty();
    }

    @Autowired
    private CountService countService;

    private List<String> winnersStored() {
        return countService.latest(council, fund.id()).orElseThrow().findings().counted().winners().stream()
                .map(w -> Integer.toString(w.number())).toList();
    }

    @Test
    void publishingAnnouncesTheFundedProposalsAndShowsEverythingToEveryone() throws Exception {
        count("DEFAULT");
        mvc.perform(post(base + "/publication").with(csrf()).with(as(commissioner)))
                .andExpect(status().is3xxRedirection());

        ResultsPublished published = events.stream(ResultsPublished.class).findFirst().orElseThrow();
        Map<Integer, UUID> ids = jdbc.sql("select number, id from pb_proposal where process_id = ?")
                .param(fund.id()).query((rs, n) -> Map.entry(rs.getInt(1), rs.getObject(2, UUID.class))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(published.processId()).isEqualTo(fund.id());
        assertThat(published.funded()).extracting(ResultsPublished.FundedProposal::number)
                .containsExactlyElementsOf(winnersStored().stream().map(Integer::valueOf).toList());
        for (ResultsPublished.FundedProposal funded : published.funded()) {
            assertThat(funded.proposalId()).isEqualTo(ids.get(funded.number()));
            assertThat(funded.amount()).isEqualTo(Money.pounds(Long.toString(
                    YouthFund2026Ballots.PROJECTS.get(funded.number() - 1).cost()) + ".00"));
        }
        assertThat(auditEvents(council, "prioritisation.results-published")).isEqualTo(1);

        mvc.perform(get(publicBase)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Results of " + fund.title())))
                .andExpect(content().string(containsString("Greedy by support and equal shares, side by side")))
                .andExpect(content().string(containsString("Outdoor gym on Northgate Green")))
                .andExpect(content().string(containsString(
                        "./tandem pb count FILE.pb --rule mes --utility cost --completion add1")));
        mvc.perform(get("/public/o/" + council + "/pb-processes/" + fund.id()))
                .andExpect(content().string(containsString("See the results")));

        // Anyone downloads the ballots, exactly as counted, and recounts them to the same winners.
        byte[] downloaded = mvc.perform(get(publicBase + "/ballots.pb")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(ResultsSteps.ballots());
        List<String> recounted = Counting.count(PabulibReader.readInstance(new InputStreamReader(
                new ByteArrayInputStream(downloaded), StandardCharsets.UTF_8)),
                CountingMethod.equalShares(Utility.COST, Completion.ADD1)).winnerIds();
        assertThat(recounted).isEqualTo(winnersStored());
    }

    @Test
    void aVoterChecksTheirReceiptAndLearnsNothingAboutOtherBallots() throws Exception {
        count("DEFAULT");
        mvc.perform(post(base + "/publication").with(csrf()).with(as(officer))).andExpect(status().is3xxRedirection());
        String firstBallot = YouthFund2026Ballots.text().lines().filter(l -> l.startsWith(String.format("%064x",
                new java.math.BigInteger(1, YouthFund2026Ballots.sha256("youth-fund-2026-1")))))
                .findFirst().orElseThrow().split(";")[1];
        String page = mvc.perform(post(publicBase + "/receipt").with(csrf()).param("receipt", " youth-fund-2026-1 "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your ballot was counted")))
                .andReturn().getResponse().getContentAsString();
        for (String number : firstBallot.split(",")) {
            String title = YouthFund2026Ballots.PROJECTS.get(Integer.parseInt(number) - 1).title()
                    .replace("'", "&#39;");
            assertThat(page).contains("<li>" + number + ". " + title + "</li>");
        }
        mvc.perform(post(publicBase + "/receipt").with(csrf()).param("receipt", "not-a-receipt"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No ballot with that receipt code is in the published "
                        + "file")))
                .andExpect(content().string(not(containsString("Your ballot was counted"))));
        mvc.perform(post(publicBase + "/receipt").with(csrf()).param("receipt", "   "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter the receipt code you were given")));
        mvc.perform(post(publicBase + "/receipt").with(csrf()).param("receipt", "<script>alert(1)</script>"))
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
    }

    @Test
    void badFilesAreRefusedWithTheirLinesAndNothingIsKept() throws Exception {
        String good = YouthFund2026Ballots.text();
        mvc.perform(upload(base, good.replace("1;6000;Skate park lights", "1;lots;Skate park lights")
                        .getBytes(StandardCharsets.UTF_8), "DEFAULT").with(as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The file was not counted: nothing in it has been kept")))
                .andExpect(content().string(containsString("Line 16, field cost: &#39;lots&#39; is not a whole number")));
        mvc.perform(upload(base, good.replace("1;6000;Skate park lights", "1;6500;Skate park lights")
                        .getBytes(StandardCharsets.UTF_8), "DEFAULT").with(as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Line 16, field cost: project 1 costs £6,500 in the file "
                        + "but proposal 1, Skate park lights, costs £6,000.00")));
        mvc.perform(upload(base, good.replace("budget;40000", "budget;50000").replace("9;2500;Bike repair workshop",
                        "<script>alert(1)</script>;2500;Bike repair workshop").replaceAll("(?m)^([0-9a-f]{64});9$", "$1;1")
                        .replaceAll("(?m),9$", "").replace(",9,", ",").getBytes(StandardCharsets.UTF_8), "DEFAULT")
                        .with(as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("field budget: the file&#39;s budget is £50,000")))
                .andExpect(content().string(containsString("project &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39; "
                        + "is not the number of a proposal accepted")))
                .andExpect(content().string(containsString("the file has no project for proposal 9")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(upload(base, "not a pabulib file".getBytes(StandardCharsets.UTF_8), "DEFAULT").with(as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Line 1: the file must start with a META section")));
        mvc.perform(upload(base, new byte[(int) BallotFile.MAX_BYTES + 1], "DEFAULT").with(as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The file is larger than 20 MB")));
        mvc.perform(multipart(base + "/count").param("method", "DEFAULT").with(csrf()).with(as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose the .pb file of the ballots")));
        mvc.perform(upload(base, good.getBytes(StandardCharsets.UTF_8), "SOMETHING").with(as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose how to count the ballots")));
        assertThat(counts()).isZero();
        assertThat(auditEvents(council, "prioritisation.ballots-counted")).isZero();
    }

    @Test
    void ballotsCannotBeCountedBeforeVotingCloses() throws Exception {
        PbProcessView collecting = ResultsSteps.fund(processes, proposals, council, false);
        mvc.perform(upload("/o/" + council + "/pb-processes/" + collecting.id() + "/results",
                        ResultsSteps.ballots(), "DEFAULT").with(as(officer)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("cannot be counted until voting closes")));
        assertThat(counts()).isZero();
    }

    @Test
    void aRecountReplacesAnUnpublishedCountButPublishedResultsOnlyWithAPublishedReason() throws Exception {
        count("DEFAULT");
        count("GREEDY");
        assertThat(jdbc.sql("select count(*) from pb_count where process_id = ? and superseded_by is not null")
                .param(fund.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(winnersStored()).isEqualTo(libraryWinners(CountingMethod.greedy()));
        mvc.perform(post(base + "/publication").with(csrf()).with(as(officer))).andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/publication").with(csrf()).with(as(officer)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("already published")));

        count("MES_CARDINALITY");
        mvc.perform(get(publicBase)).andExpect(content().string(containsString("./tandem pb count FILE.pb --rule "
                + "greedy")));
        mvc.perform(post(base + "/publication").param("reason", "  ").with(csrf()).with(as(officer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Say publicly why the published results are being "
                        + "replaced")));
        mvc.perform(post(base + "/publication").param("reason", "The process set equal shares with every project "
                        + "worth the same <b>before</b> the vote").with(csrf()).with(as(officer)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(publicBase)).andExpect(status().isOk())
                .andExpect(content().string(containsString("--utility cardinality --completion add1")))
                .andExpect(content().string(containsString("worth the same &lt;b&gt;before&lt;/b&gt; the vote")));
        assertThat(winnersStored()).isEqualTo(libraryWinners(CountingMethod.equalShares(Utility.CARDINALITY,
                Completion.ADD1)));
        assertThat(events.stream(ResultsPublished.class).count()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from pb_count where process_id = ? and superseded_by is null")
                .param(fund.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void otherOrganisationsAndOtherRolesCannotCountOrSeeUnpublishedResults() throws Exception {
        UUID elsewhere = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        String outsider = newPerson(elsewhere, Role.COMMISSIONING_OFFICER, Role.COMMISSIONER);
        String citizen = newPerson(council, Role.CITIZEN_CO_PRODUCER);
        String theirs = "/o/" + elsewhere + "/pb-processes/" + fund.id() + "/results";
        mvc.perform(get(theirs).with(as(outsider))).andExpect(status().isNotFound());
        mvc.perform(upload(theirs, ResultsSteps.ballots(), "DEFAULT").with(as(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(get(base).with(as(outsider))).andExpect(status().isNotFound());
        mvc.perform(get(base).with(as(citizen))).andExpect(status().isForbidden());
        mvc.perform(upload(base, ResultsSteps.ballots(), "DEFAULT").with(as(citizen)))
                .andExpect(status().isForbidden());
        assertThat(counts()).isZero();
        count("DEFAULT");
        mvc.perform(post(theirs + "/publication").with(csrf()).with(as(outsider))).andExpect(status().isNotFound());
        mvc.perform(post(base + "/publication").with(csrf()).with(as(citizen))).andExpect(status().isForbidden());
        mvc.perform(get("/public/o/" + elsewhere + "/pb-processes/" + fund.id() + "/results"))
                .andExpect(status().isNotFound());
        assertThat(events.stream(ResultsPublished.class)).isEmpty();
    }

    @Test
    void theResultsExportAsCsvAndXlsxThatReadBack() throws Exception {
        count("DEFAULT");
        List<String> winners = winnersStored();
        byte[] csv = mvc.perform(get(base + "/results.csv").with(as(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8)).getRecords();
        assertThat(rows).hasSize(9);
        assertThat(rows.stream().filter(r -> r.get("Result").equals("Funded")).map(r -> r.get("Proposal")))
                .containsExactlyInAnyOrderElementsOf(winners);
        assertThat(rows.get(6).get("Title")).isEqualTo("Outdoor gym on Northgate Green");
        assertThat(rows.get(6).get("Greedy by support")).isEqualTo("Funded");
        assertThat(rows.get(6).get("Cost (£)")).isEqualTo("14000");

        byte[] xlsx = mvc.perform(get(base + "/results.xlsx").with(as(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Results");
            assertThat(sheet.getLastRowNum()).isEqualTo(9);
            Row gym = sheet.getRow(7);
            assertThat(gym.getCell(1).getStringCellValue()).isEqualTo("Outdoor gym on Northgate Green");
            assertThat(gym.getCell(3).getNumericCellValue()).isEqualTo(14000);
            Sheet totals = workbook.getSheet("Greedy and equal shares");
            assertThat(totals.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(40000);
        }
        byte[] pb = mvc.perform(get(base + "/ballots.pb").with(as(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(pb).isEqualTo(ResultsSteps.ballots());
    }
}
