package org.tandem.prioritisation.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Money;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProposalService;
import org.tandem.support.TenantTest;

/**
 * Progress of every project downloaded as a spreadsheet, changed and uploaded again: all or nothing, with every
 * problem named by row and column, and formulas never passed on to the next person who opens the file.
 */
class ProgressSpreadsheetTest extends TenantTest {

    @Autowired
    private ProcessService processes;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private ProjectTracking tracking;

    private UUID council;
    private String officer;
    private PbProcessView fund;
    private String base;

    @BeforeEach
    void fundWithThreeProjects() {
        FundedProjects steps = new FundedProjects(processes, proposals, events, transactions, jdbc);
        council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        officer = newPerson("Tom Okafor", council, Role.COMMISSIONING_OFFICER);
        fund = steps.process(council);
        steps.publish(fund, steps.accepted(fund, "Skate park lights", "9800.00", 0),
                steps.accepted(fund, "=HYPERLINK(\"http://evil.example\")", "5200.00", 1),
                steps.accepted(fund, "Podcast studio", "7450.00", 1));
        UUID second = steps.project(fund, 2);
        tracking.post(Actor.TANDEM, council, fund.id(), second, 0, null,
                new ProgressChange(null, null, null, null, "=cmd|' /C calc'!A0"), List.of());
        base = "/o/" + council + "/pb-processes/" + fund.id() + "/projects";
    }

    private List<CSVRecord> download() throws Exception {
        byte[] bytes = mvc.perform(get(base + "/progress.csv").with(as(newPerson(council, Role.PANEL_MEMBER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    private ResultActions upload(String csv) throws Exception {
        return mvc.perform(multipart(base + "/upload").file(new MockMultipartFile("file", "progress.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(as(officer)));
    }

    @Test
    void theDownloadListsEveryProjectWithFormulasNeutralisedAndAnUnchangedUploadChangesNothing() throws Exception {
        List<CSVRecord> rows = download();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("project number")).isEqualTo("1");
        assertThat(rows.get(0).get("stage")).isEqualTo("not started");
        assertThat(rows.get(0).get("percent")).isEqualTo("0");
        assertThat(rows.get(0).get("amount spent")).isEqualTo("0.00");
        assertThat(rows.get(1).get("title")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(rows.get(1).get("note")).isEqualTo("'=cmd|' /C calc'!A0");

        StringBuilder same = new StringBuilder("project number,title,stage,percent,amount spent,expected completion,"
                + "note\r\n");
        for (CSVRecord r : rows) {
            same.append(CSVFormat.RFC4180.format((Object[]) r.values())).append("\r\n");
        }
        upload(same.toString()).andExpect(status().is3xxRedirection());
        assertThat(updates()).isEqualTo(1);
    }

    @Test
    void eachChangedRowBecomesOneUpdatePostedByWhoeverUploadedIt() throws Exception {
        upload("""
                project number,stage,percent,amount spent,expected completion,note
                1,in delivery,40,"3,900.50",2027-03-31,Lights ordered
                2,not started,0,0,,
                3,Completed,100%,7450,31/01/2027,"Opened by the mayor"
                """).andExpect(status().is3xxRedirection());
        List<FundedProject> after = tracking.all(council, fund.id());
        assertThat(after.get(0).stage()).isEqualTo(ProjectStage.IN_DELIVERY);
        assertThat(after.get(0).spent()).isEqualTo(Money.pounds("3900.50"));
        assertThat(after.get(0).expectedCompletion()).hasToString("2027-03-31");
        assertThat(after.get(2).percentComplete()).isEqualTo(100);
        assertThat(updates()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from pb_project_update where organisation_id = ? and source = "
                + "'SPREADSHEET' and posted_by_name = 'Tom Okafor'").param(council).query(Long.class).single())
                .isEqualTo(2);
        assertThat(auditEvents(council, "prioritisation.projects-uploaded")).isEqualTo(1);
    }

    @Test
    void everyProblemIsListedWithItsRowAndColumnAndNothingChanges() throws Exception {
        upload("""
                project number,stage,percent,amount spent,expected completion,note
                1,in delivery,150,12.345,31/02/2027,
                99,planning,10,0,,
                2,finished,10,0,,
                3,completed,90,0,,
                1,planning,10,0,,
                """)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("nothing in it has been changed")))
                .andExpect(content().string(containsString("Row 2, column &#39;percent&#39;: &#39;150&#39; is not a "
                        + "whole number from 0 to 100")))
                .andExpect(content().string(containsString("Row 2, column &#39;amount spent&#39;: &#39;12.345&#39; "
                        + "is not an exact amount")))
                .andExpect(content().string(containsString("Row 2, column &#39;expected completion&#39;: "
                        + "&#39;31/02/2027&#39; is not a real date")))
                .andExpect(content().string(containsString("Row 3, column &#39;project number&#39;: there is no "
                        + "funded project 99")))
                .andExpect(content().string(containsString("Row 4, column &#39;stage&#39;: &#39;finished&#39; is "
                        + "not one of: not started, planning")))
                .andExpect(content().string(containsString("Row 5, column &#39;percent&#39;: A completed project "
                        + "is 100% complete")))
                .andExpect(content().string(containsString("Row 6, column &#39;project number&#39;: project 1 "
                        + "appears more than once")));
        assertThat(updates()).isEqualTo(1);
        assertThat(tracking.all(council, fund.id())).allSatisfy(p -> assertThat(p.percentComplete()).isZero());
    }

    @Test
    void goingBackWithoutAReasonATooBigFileAndTheWrongRoleAreRefused() throws Exception {
        upload("project number,stage,percent,amount spent\n1,completed,100,9800\n")
                .andExpect(status().is3xxRedirection());
        upload("project number,stage,percent,amount spent,note\n1,planning,20,9800,\n")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Row 2, column &#39;note&#39;: Say why the project has "
                        + "gone back from completed to planning")));
        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        mvc.perform(multipart(base + "/upload").file(new MockMultipartFile("file", "big.csv", "text/csv", big))
                        .with(csrf()).with(as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("is larger than 1 MB")));
        mvc.perform(multipart(base + "/upload").file(new MockMultipartFile("file", "p.csv", "text/csv",
                        "project number,stage,percent,amount spent\n1,planning,20,0\n".getBytes()))
                        .with(csrf()).with(as(newPerson(council, Role.FINANCE_OFFICER))))
                .andExpect(status().isForbidden());
        assertThat(tracking.all(council, fund.id()).getFirst().stage()).isEqualTo(ProjectStage.COMPLETED);
    }

    private long updates() {
        return jdbc.sql("select count(*) from pb_project_update where organisation_id = ?").param(council)
                .query(Long.class).single();
    }
}
