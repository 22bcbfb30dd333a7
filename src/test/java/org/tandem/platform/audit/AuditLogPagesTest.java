package org.tandem.platform.audit;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.support.Demo;
import org.tandem.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AuditLogPagesTest extends IntegrationTest {

    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theAdministratorSeesWhoDidWhatNewestFirst() throws Exception {
        String marker = "Budget checked " + UUID.randomUUID();
        record(demo.council(), "commission.test-viewed", marker);
        String page = mvc.perform(get(demo.councilPath() + "/audit").with(as(Demo.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(marker).contains("Priya Shah");
    }

    @Test
    void filtersNarrowTheLog() throws Exception {
        String marker = "Filtered " + UUID.randomUUID();
        record(demo.council(), "checklist.test-filter", marker);
        mvc.perform(get(demo.councilPath() + "/audit").param("action", "checklist.test-filter").with(as(Demo.ADMIN)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(marker)));
        mvc.perform(get(demo.councilPath() + "/audit").param("action", "nothing-like-this").with(as(Demo.ADMIN)))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(marker))));
        mvc.perform(get(demo.councilPath() + "/audit").param("from", "not-a-date").with(as(Demo.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a real date")));
    }

    @Test
    void anotherOrganisationsEventsStayWithThatOrganisation() throws Exception {
        String marker = "Riverside private " + UUID.randomUUID();
        record(demo.organisation(Demo.RIVERSIDE), "organisation.test", marker);
        mvc.perform(get(demo.councilPath() + "/audit").param("who", "").with(as(Demo.ADMIN)))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(marker))));
        mvc.perform(get("/o/" + demo.organisation(Demo.RIVERSIDE) + "/audit").with(as(Demo.ADMIN)))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAdministratorsReadTheLog() throws Exception {
        mvc.perform(get(demo.councilPath() + "/audit").with(as(Demo.COMMISSIONER))).andExpect(status().isForbidden());
        mvc.perform(get(demo.councilPath() + "/audit/export.csv").with(as(Demo.CITIZEN))).andExpect(status().isForbidden());
    }

    @Test
    void theCsvExportCannotCarryASpreadsheetFormula() throws Exception {
        String marker = "=HYPERLINK(\"http://evil.example\",\"click\") " + UUID.randomUUID();
        record(demo.council(), "organisation.test-csv", marker);
        String csv = mvc.perform(get(demo.councilPath() + "/audit/export.csv").param("action", "organisation.test-csv")
                        .with(as(Demo.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("event,when (UTC),who,action");
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
    }

    @Test
    void theCheckPageReportsAnIntactLog() throws Exception {
        mvc.perform(get(demo.councilPath() + "/audit/verify").with(as(Demo.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The audit log is intact")));
    }

    private void record(UUID organisationId, String action, String summary) {
        transactions.executeWithoutResult(tx -> audit.recordAs(
                new AuditLog.Actor(demo.person(Demo.COMMISSIONER), "Priya Shah"),
                AuditEntry.of(organisationId, action, "test", UUID.randomUUID(), summary)));
    }
}
