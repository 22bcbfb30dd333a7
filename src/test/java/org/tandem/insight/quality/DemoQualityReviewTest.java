package org.tandem.insight.quality;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tandem.support.Demo;
import org.tandem.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo story's autumn review is there for the user guide and the journeys to walk. */
class DemoQualityReviewTest extends IntegrationTest {

    @Test
    void theAutumnReviewHasSharedMixedResultsAResponseAndAVisitStillToDo() {
        Map<String, Object> round = jdbc.sql("select id, status, red_areas, amber_threshold, visit_combination "
                        + "from quality_round where title = ?")
                .param(DemoQualityReview.TITLE).query().singleRow();
        assertThat(round.get("status")).isEqualTo("SHARED");
        UUID roundId = (UUID) round.get("id");
        assertThat(jdbc.sql("select count(*) from quality_area where round_id = ?").param(roundId)
                .query(Long.class).single()).isEqualTo(9);

        Map<String, String> decided = jdbc.sql("""
                        select s.name, d.recommended, d.decided, d.reason from quality_decision d
                        join funded_service s on s.id = d.service_id where d.round_id = ?""")
                .param(roundId).query().listOfRows().stream()
                .collect(Collectors.toMap(r -> (String) r.get("name"),
                        r -> r.get("recommended") + "→" + r.get("decided")));
        assertThat(decided).containsOnly(
                Map.entry(DemoStoryServices.YOUTH_CLUBS, "GREEN→GREEN"),
                Map.entry(DemoStoryServices.DETACHED, "AMBER→AMBER"),
                Map.entry(DemoStoryServices.YOUTH_CENTRES, "RED→AMBER"));

        // The browser journey records this visit as Jordan; until then it is to do. Its service stays undecided.
        List<String> jordans = jdbc.sql("""
                        select s.name from quality_visit v join funded_service s on s.id = v.service_id
                        join quality_visit_assessor a on a.visit_id = v.id
                        where v.round_id = ? and a.person_id = ? and (v.status = 'TO_DO' or v.submitted_by = ?)""")
                .params(roundId, demo.person(Demo.CITIZEN), demo.person(Demo.CITIZEN)).query(String.class).list();
        assertThat(jordans).contains(DemoStoryServices.STREET_SPORT);
        assertThat(decided).doesNotContainKey(DemoStoryServices.STREET_SPORT);

        assertThat(jdbc.sql("""
                        select r.written_by_name from quality_response r join quality_decision d on d.id = r.decision_id
                        join funded_service s on s.id = d.service_id where d.round_id = ? and s.name = ?""")
                .params(roundId, DemoStoryServices.DETACHED).query(String.class).list()).containsExactly("Dan Evans");
    }
}
