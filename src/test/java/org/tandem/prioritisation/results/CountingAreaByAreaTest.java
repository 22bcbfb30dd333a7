package org.tandem.prioritisation.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.ResultsPublished;
import org.tandem.prioritisation.counting.CountResult;
import org.tandem.prioritisation.counting.Counting;
import org.tandem.prioritisation.pabulib.PabulibFile;
import org.tandem.prioritisation.pabulib.PabulibReader;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProcessesToCount;
import org.tandem.prioritisation.process.ProcessesToCount.Idea;
import org.tandem.prioritisation.process.ProposalService;
import org.tandem.support.TenantTest;

/**
 * A fund whose areas have budgets of their own is counted area by area: each area's projects against its budget, by
 * the ballots cast in it, and the projects for all areas against what the area budgets leave. Each area's ballots
 * are published as a Pabulib file of its own that recounts to the same winners, and a file that does not say who
 * voted where is refused.
 */
@RecordApplicationEvents
class CountingAreaByAreaTest extends TenantTest {

    /** £40,000: Eastfield £10,000 and Northgate £8,000, so £22,000 for the projects for all areas. */
    private static final List<Idea> IDEAS = List.of(
            new Idea("Skate park lights", "Eastfield", "6000"),
            new Idea("Bike repair workshop", "Eastfield", "5000"),
            new Idea("Holiday meals", "Eastfield", "4000"),
            new Idea("Girls' football sessions", "Northgate", "4500"),
            new Idea("Outdoor gym", "Northgate", "7000"),
            new Idea("Youth club open late", null, "12000"),
            new Idea("Mental health first aid", null, "5000"),
            new Idea("Music studio", null, "9000"));

    @Autowired
    private ProcessService processes;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private CountService counts;
    @Autowired
    private ApplicationEvents events;

    private UUID council;
    private String officer;
    private PbProcessView fund;
    private String base;

    @BeforeEach
    void aFundWithTwoAreasWhoseVotingHasClosed() {
        council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        officer = newPerson(council, Role.COMMISSIONING_OFFICER);
        Map<String, String> areas = new LinkedHashMap<>();
        areas.put("Eastfield", "10000.00");
        areas.put("Northgate", "8000.00");
        fund = ProcessesToCount.process(processes, proposals, council,
                "Area fund " + UUID.randomUUID().toString().substring(0, 8), "40000.00", areas, true, IDEAS);
        base = "/o/" + council + "/pb-processes/" + fund.id() + "/results";
    }

    @Test
    void eachAreaIsCountedAgainstItsOwnBudgetAndRecountsFromItsOwnFile() throws Exception {
        mvc.perform(upload(ballots()).with(as(officer))).andExpect(status().is3xxRedirection());
        PbCount count = counts.latest(council, fund.id()).orElseThrow();
        CountFindings findings = count.findings();

        assertThat(findings.areas()).extracting(CountFindings.AreaFindings::name)
                .containsExactly("Eastfield", "Northgate", "All areas");
        assertThat(findings.areas()).extracting(CountFindings.AreaFindings::budget)
                .containsExactly(10000L, 8000L, 22000L);
        assertThat(findings.areas()).extracting(CountFindings.AreaFindings::voters).containsExactly(20, 13, 33);
        // Every Northgate voter wants both of its projects, but they cost £11,500 and Northgate's own £8,000 buys
        // only one of them, however much is left elsewhere.
        Set<String> northgate = winners(findings.areas().get(1).counted(findings.countedBy()));
        assertThat(northgate).hasSize(1).isSubsetOf("4", "5");
        for (CountFindings.AreaFindings area : findings.areas()) {
            RuleResult counted = area.counted(findings.countedBy());
            assertThat(counted.budgetUsed()).isLessThanOrEqualTo(area.budget());
            assertThat(counted.winners()).allSatisfy(w -> assertThat(w.district())
                    .isEqualTo(area.name().equals("All areas") ? null : area.name()));
        }
        // The totals fund every area's winners, area by area, and no more.
        assertThat(findings.counted().winners()).extracting(ProjectResult::number).containsExactlyElementsOf(
                findings.areas().stream().flatMap(a -> a.counted(findings.countedBy()).winners().stream())
                        .map(ProjectResult::number).toList());
        assertThat(findings.counted().budgetUsed()).isEqualTo(findings.areas().stream()
                .mapToLong(a -> a.counted(findings.countedBy()).budgetUsed()).sum());

        for (int position = 1; position <= 3; position++) {
            CountFindings.AreaFindings area = findings.areas().get(position - 1);
            byte[] file = mvc.perform(get(base + "/areas/" + position + "/ballots.pb").with(as(officer)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)))
                    .isEqualTo(area.ballotsSha256());
            PabulibFile read = PabulibReader.readFile(new StringReader(new String(file, StandardCharsets.UTF_8)));
            assertThat(read.meta()).containsEntry("budget", Long.toString(area.budget()))
                    .containsEntry("district", area.name());
            assertThat(read.instance().voterCount()).isEqualTo(area.voters());
            CountResult recount = Counting.count(read.instance(), count.method());
            assertThat(recount.winnerIds()).containsExactlyElementsOf(area.counted(findings.countedBy()).winners()
                    .stream().map(w -> Integer.toString(w.number())).toList());
        }
        mvc.perform(get(base + "/areas/4/ballots.pb").with(as(officer))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/areas/0/ballots.pb").with(as(officer))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/areas/1%20or%201=1/ballots.pb").with(as(officer)))
                .andExpect(status().is4xxClientError());

        mvc.perform(get(base).with(as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Area by area")))
                .andExpect(content().string(containsString("£22,000")))
                .andExpect(content().string(containsString("1st in Northgate")))
                .andExpect(content().string(containsString("Northgate: 13 ballots (.pb file)")));
        mvc.perform(get("/api/v1/organisations/" + council + "/pb-processes/" + fund.id() + "/results")
                        .with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.areas[1].name").value("Northgate"))
                .andExpect(jsonPath("$.areas[1].budget").value(8000))
                .andExpect(jsonPath("$.areas[1].voters").value(13))
                .andExpect(jsonPath("$.areas[1].winners.length()").value(1))
                .andExpect(jsonPath("$.areas[2].ballotsSha256").value(findings.areas().get(2).ballotsSha256()));
        byte[] xlsx = mvc.perform(get(base + "/results.xlsx").with(as(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Areas");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Northgate");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(8000);
        }

        // Publishing hands every area's winners to implementation tracking, and the public page offers each file.
        mvc.perform(post(base + "/publication").with(csrf()).with(as(officer)))
                .andExpect(status().is3xxRedirection());
        ResultsPublished published = events.stream(ResultsPublished.class).findFirst().orElseThrow();
        assertThat(published.funded()).extracting(ResultsPublished.FundedProposal::number)
                .containsExactlyElementsOf(findings.counted().winners().stream().map(ProjectResult::number).toList());
        String publicBase = "/public/o/" + council + "/pb-processes/" + fund.id() + "/results";
        mvc.perform(get(publicBase)).andExpect(status().isOk())
                .andExpect(content().string(containsString(publicBase + "/areas/3/ballots.pb")));
        mvc.perform(get(publicBase + "/areas/2/ballots.pb")).andExpect(status().isOk())
                .andExpect(content().string(containsString("district;Northgate")));
    }

    @Test
    void aFileThatDoesNotSayWhoVotedWhereIsRefusedAtItsLinesAndNothingIsKept() throws Exception {
        String good = ballots();
        int votes = good.indexOf("VOTES\n");
        String noAreas = good.substring(0, votes) + good.substring(votes).replace("voter_id;vote;district",
                "voter_id;vote").replaceAll(";(Eastfield|Northgate)\n", "\n");
        mvc.perform(upload(noAreas).with(as(officer))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("the VOTES section has no district column")));
        mvc.perform(upload(good.replaceFirst("e1;1,2,6;Eastfield", "e1;1,2,6;Atlantis")).with(as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("field district: voter e1&#39;s area &#39;Atlantis&#39; "
                        + "is not one of")));
        int line = List.of(good.split("\n")).indexOf("e1;1,2,6;Eastfield") + 1;
        mvc.perform(upload(good.replaceFirst("e1;1,2,6;Eastfield", "e1;1,4,6;Eastfield")).with(as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Line " + line + ", field vote: voter e1 voted in "
                        + "Eastfield but chose project 4, which is for Northgate")));
        assertThat(jdbc.sql("select count(*) from pb_count where process_id = ?").param(fund.id())
                .query(Long.class).single()).isZero();
    }

    private MockMultipartHttpServletRequestBuilder upload(String file) {
        return multipart(base + "/count").file(new MockMultipartFile("file", "ballots.pb", "text/plain",
                file.getBytes(StandardCharsets.UTF_8))).param("method", "DEFAULT").with(csrf());
    }

    private static Set<String> winners(RuleResult result) {
        return result.winners().stream().map(w -> Integer.toString(w.number())).collect(Collectors.toSet());
    }

    /**
     * 33 approval ballots: in Eastfield, 10 for the skate park, the bike workshop and the youth club, 6 for holiday
     * meals and mental health first aid, 4 for the skate park and the music studio; in Northgate, 8 for girls'
     * football, the outdoor gym and the youth club, 5 for those two and the music studio.
     */
    private static String ballots() {
        StringBuilder text = new StringBuilder("""
                META
                key;value
                description;Area fund
                num_projects;8
                num_votes;33
                budget;40000
                vote_type;approval
                PROJECTS
                project_id;cost;name;district
                1;6000;Skate park lights;Eastfield
                2;5000;Bike repair workshop;Eastfield
                3;4000;Holiday meals;Eastfield
                4;4500;Girls' football sessions;Northgate
                5;7000;Outdoor gym;Northgate
                6;12000;Youth club open late;All areas
                7;5000;Mental health first aid;All areas
                8;9000;Music studio;All areas
                VOTES
                voter_id;vote;district
                """);
        voters(text, "e", 1, 10, "1,2,6", "Eastfield");
        voters(text, "e", 11, 16, "3,7", "Eastfield");
        voters(text, "e", 17, 20, "1,8", "Eastfield");
        voters(text, "n", 1, 8, "4,5,6", "Northgate");
        voters(text, "n", 9, 13, "4,5,8", "Northgate");
        return text.toString();
    }

    private static void voters(StringBuilder text, String prefix, int from, int to, String vote, String area) {
        for (int voter = from; voter <= to; voter++) {
            text.append(prefix).append(voter).append(';').append(vote).append(';').append(area).append('\n');
        }
    }
}
