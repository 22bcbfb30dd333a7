package org.tandem.prioritisation.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tandem.prioritisation.BallotBox;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.process.ProcessesToCount;
import org.tandem.prioritisation.process.ProcessesToCount.Idea;

/**
 * Anyone checks published results: their own receipt, and the results as spreadsheets that read back; whatever
 * was typed into a proposal is shown as text.
 */
class CheckingPublishedResultsTest extends ResultsTest {

    @Test
    void aVoterChecksTheirReceiptAndLearnsNothingAboutOtherBallots() throws Exception {
        count("DEFAULT");
        mvc.perform(post(base + "/publication").with(csrf()).with(as(officer))).andExpect(status().is3xxRedirection());
        String firstBallot = YouthFund2026Ballots.text().lines().filter(l -> l.startsWith(
                BallotBox.receiptId(YouthFund2026Ballots.demoReceipt(1))))
                .findFirst().orElseThrow().split(";")[1];
        String page = mvc.perform(post(publicBase + "/receipt").with(csrf()).param("receipt", " demo 2026-0001 "))
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
    void goingThroughReceiptsFromOneAddressIsStoppedWhileRealReceiptsNeverCount() throws Exception {
        count("DEFAULT");
        publish();
        RequestPostProcessor script = from("198.51.100.23");
        for (int check = 0; check < 25; check++) {
            mvc.perform(post(publicBase + "/receipt").with(csrf()).with(script).param("receipt", "DEMO-2026-0002"))
                    .andExpect(content().string(containsString("Your ballot was counted")));
        }
        for (int guess = 0; guess < 20; guess++) {
            mvc.perform(post(publicBase + "/receipt").with(csrf()).with(script)
                            .param("receipt", "AAAA-BBBB-CCCC-" + (1000 + guess)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("No ballot with that receipt code")));
        }
        mvc.perform(post(publicBase + "/receipt").with(csrf()).with(script).param("receipt", "DEMO-2026-0002"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Too many receipt codes that are in no ballot were typed "
                        + "from your connection. Try again after")))
                .andExpect(content().string(not(containsString("Your ballot was counted"))));
        mvc.perform(post(publicBase + "/receipt").with(csrf()).with(from("198.51.100.24"))
                        .param("receipt", "DEMO-2026-0002"))
                .andExpect(content().string(containsString("Your ballot was counted")));
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

    @Test
    void scriptInAProposalTitleIsShownAsTextOnTheResultsPagesAndGuardedInTheExport() throws Exception {
        var ideas = new ArrayList<>(ResultsSteps.ideas());
        ideas.set(0, new Idea("<script>alert('lights')</script>", null, "6000"));
        ideas.set(1, new Idea("=HYPERLINK(\"http://x\")", null, "4500"));
        PbProcessView hostile = ProcessesToCount.process(processes, proposals,
                council, "Hostile fund " + UUID.randomUUID().toString().substring(0, 6), "40000.00", true, ideas);
        String path = "/o/" + council + "/pb-processes/" + hostile.id() + "/results";
        mvc.perform(upload(path, ResultsSteps.ballots(), "DEFAULT").with(as(officer)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(path + "/publication").with(csrf()).with(as(officer))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/o/" + council + "/pb-processes/" + hostile.id() + "/results"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert("))))
                .andExpect(content().string(containsString("1. &lt;script&gt;alert(&#39;lights&#39;)&lt;/script&gt;")));
        String csv = mvc.perform(get(path + "/results.csv").with(as(officer))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
    }
}
