package org.tandem.coproduction;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.tandem.platform.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tandem.coproduction.Activities.activity;

/** The activities as CSV: every activity, oldest first, safe to open in a spreadsheet. */
class ExportingActivitiesTest extends CoProductionTest {

    @Test
    void theExportHasEveryActivityAndNoCellRunsAsAFormula() throws Exception {
        newCouncilAndCommission();
        record(activity().on(java.time.LocalDate.of(2026, 3, 1)).titled("=HYPERLINK(\"http://evil.example\")")
                .purpose("Talk, then \"decide\",\nover two lines").named("@SUM(A1:A9)", "Sam Idowu")
                .with(ParticipantKind.CARER, 3, ParticipantKind.PROFESSIONAL, 1)
                .profile(EqualityGroup.AGE_16_TO_18, 2).changed("-2 complaints since"));
        record(activity().on(java.time.LocalDate.of(2026, 4, 1)).titled("+Second").at(LadderRung.CO_PRODUCING)
                .serving(CoProductionMode.CO_DELIVERY, CoProductionMode.CO_ASSESSMENT));
        String viewer = newPerson(council, Role.FINANCE_OFFICER);

        String export = ActivityFormSteps.path(council, commission) + "/activities.csv";
        var response = mvc.perform(get(export).with(as(viewer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv; charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.startsWith("attachment; filename=\"co-production-activities-")))
                .andReturn().getResponse();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)))
                .getRecords();

        assertThat(rows).hasSize(2);
        CSVRecord first = rows.getFirst();
        assertThat(first.get("date")).isEqualTo("2026-03-01");
        assertThat(first.get("title")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(first.get("purpose")).isEqualTo("Talk, then \"decide\",\nover two lines");
        assertThat(first.get("named people")).isEqualTo("'@SUM(A1:A9); Sam Idowu");
        assertThat(first.get("what changed")).isEqualTo("'-2 complaints since");
        assertThat(first.get("carers")).isEqualTo("3");
        assertThat(first.get("participants")).isEqualTo("4");
        assertThat(first.get("rung")).isEqualTo("Consulting");
        assertThat(first.get("ladder")).isEqualTo("Doing for");
        assertThat(first.get("age: 16 to 18")).isEqualTo("2");
        CSVRecord second = rows.getLast();
        assertThat(second.get("title")).isEqualTo("'+Second");
        assertThat(second.get("co's")).isEqualTo("Co-delivery; Co-assessment");
        assertThat(second.get("mechanism")).isEqualTo("Citizen action; Citizen voice");
    }

    @Test
    void outsidersCannotExport() throws Exception {
        newCouncilAndCommission();
        mvc.perform(get(ActivityFormSteps.path(demo.council(), commission) + "/activities.csv")
                        .with(as(org.tandem.support.Demo.COMMISSIONER)))
                .andExpect(status().isNotFound());
    }
}
