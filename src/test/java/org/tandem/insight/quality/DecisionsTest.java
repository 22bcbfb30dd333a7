package org.tandem.insight.quality;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.tandem.platform.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The commissioner confirms each recommendation or overrides it with a reason; amber says by when. */
class DecisionsTest extends QualityTest {

    @Test
    void confirmingKeepsTheRecommendationAndOverridingNeedsAReason() {
        World w = world();
        Staged s = moderation(w);
        Viewer priya = w.commissioner().viewer();
        ServiceResult sport = results.result(priya, w.commission(), s.round().id(), w.sport());
        assertThat(sport.recommendation().rating()).isEqualTo(Rating.RED);
        assertThat(sport.recommendation().reason()).isEqualTo("1 of 9 areas is red: any red area makes the service "
                + "red");

        assertThatThrownBy(() -> results.decide(priya, w.commission(), s.round().id(), w.sport(),
                new DecisionDraft(Rating.GREEN, "  ", null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Enter why you are overriding the recommendation of red");
        Decision confirmed = results.decide(priya, w.commission(), s.round().id(), w.clubs(),
                new DecisionDraft(Rating.GREEN, null, null));
        assertThat(confirmed.isOverride()).isFalse();
        Decision overridden = results.decide(priya, w.commission(), s.round().id(), w.sport(),
                new DecisionDraft(Rating.AMBER, "The red was one wet evening; the coaches have a plan",
                        LocalDate.now().plusMonths(3)));
        assertThat(overridden.isOverride()).isTrue();
        assertThat(overridden.recommended()).isEqualTo(Rating.RED);
        assertThat(overridden.decidedByName()).isEqualTo(priya.name());

        Map<String, Object> audited = jdbc.sql("select summary, after_state from audit_event where action = "
                + "'quality-decision.overridden' and entity_id = ?").param(overridden.id().toString()).query()
                .singleRow();
        assertThat((String) audited.get("summary")).contains("recommendation of red overridden to amber: The red "
                + "was one wet evening");
        assertThat(auditEvents(w.council(), "quality-decision.confirmed")).isEqualTo(1);
    }

    @Test
    void amberNeedsADateInTheFutureAndOtherRatingsKeepNone() {
        World w = world();
        Staged s = moderation(w);
        Viewer priya = w.commissioner().viewer();
        assertThat(results.result(priya, w.commission(), s.round().id(), w.centres()).recommendation().rating())
                .isEqualTo(Rating.AMBER);
        assertThatThrownBy(() -> results.decide(priya, w.commission(), s.round().id(), w.centres(),
                new DecisionDraft(Rating.AMBER, null, null)))
                .hasMessage("Enter the date by which the service must show progress");
        assertThatThrownBy(() -> results.decide(priya, w.commission(), s.round().id(), w.centres(),
                new DecisionDraft(Rating.AMBER, null, LocalDate.now().minusDays(1))))
                .hasMessage("The date to show progress by must be in the future");
        Decision green = results.decide(priya, w.commission(), s.round().id(), w.clubs(),
                new DecisionDraft(Rating.GREEN, null, LocalDate.now().plusDays(30)));
        assertThat(green.progressBy()).isNull();
    }

    @Test
    void aDecisionCanChangeInModerationButNotOnceSharedAndOnlyCommissionersDecide() {
        World w = world();
        Staged s = moderation(w);
        assertThatThrownBy(() -> results.decide(w.officer().viewer(), w.commission(), s.round().id(), w.clubs(),
                new DecisionDraft(Rating.GREEN, null, null))).isInstanceOf(AccessDeniedException.class);
        Viewer priya = w.commissioner().viewer();
        results.decide(priya, w.commission(), s.round().id(), w.clubs(), new DecisionDraft(Rating.GREEN, null, null));
        Decision changed = results.decide(priya, w.commission(), s.round().id(), w.clubs(),
                new DecisionDraft(Rating.AMBER, "Young Voices asked for a second look", LocalDate.now().plusMonths(1)));
        assertThat(changed.decided()).isEqualTo(Rating.AMBER);
        assertThat(jdbc.sql("select count(*) from quality_decision where round_id = ?").param(s.round().id())
                .query(Long.class).single()).isEqualTo(1);
        rounds.take(priya, w.commission(), s.round().id(), s.round().version(), RoundTransition.SHARE_RESULTS);
        assertThatThrownBy(() -> results.decide(priya, w.commission(), s.round().id(), w.clubs(),
                new DecisionDraft(Rating.GREEN, null, null))).hasMessageContaining("has been shared with the provider");
        // a service still undecided can be decided once results are shared, and is shared at once
        Decision late = results.decide(priya, w.commission(), s.round().id(), w.sport(),
                new DecisionDraft(Rating.RED, null, null));
        assertThat(late.decided()).isEqualTo(Rating.RED);
    }

    @Test
    void nothingIsDecidedWhileVisitingOrWithoutASubmittedVisit() {
        World w = world();
        Staged s = visiting(w);
        submit(w.youngAssessor(), s, s.clubsVisit(), "GGGGGGGGG");
        assertThatThrownBy(() -> results.decide(w.commissioner().viewer(), w.commission(), s.round().id(), w.clubs(),
                new DecisionDraft(Rating.GREEN, null, null))).hasMessageContaining("is in Visiting");
        rounds.take(w.officer().viewer(), w.commission(), s.round().id(), s.round().version(),
                RoundTransition.START_MODERATION);
        assertThatThrownBy(() -> results.decide(w.commissioner().viewer(), w.commission(), s.round().id(),
                w.sport(), new DecisionDraft(Rating.GREEN, null, null)))
                .hasMessageContaining("has no submitted visit yet");
    }

    @Test
    void theDecisionPageExplainsAndRefusesAnOverrideWithoutAReason() throws Exception {
        World w = world();
        Staged s = moderation(w);
        String path = w.roundPath(s.round()) + "/results/" + w.sport() + "/decision";
        mvc.perform(post(path).with(as(w.commissioner().email())).with(csrf()).param("rating", "GREEN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Error: ")))
                .andExpect(content().string(containsString("Enter why you are overriding the recommendation of red")));
        mvc.perform(post(path).with(as(w.commissioner().email())).with(csrf()).param("rating", "AMBER")
                        .param("reason", "A plan is agreed"))
                .andExpect(content().string(containsString("Enter the date by which the service must show progress")))
                .andExpect(content().string(containsString("href=\"#progressDay\"")));
        mvc.perform(post(path).with(as(w.commissioner().email())).with(csrf()).param("rating", "PURPLE"))
                .andExpect(content().string(containsString("Choose the decision: green, amber or red")));
        LocalDate by = LocalDate.now().plusMonths(4);
        mvc.perform(post(path).with(as(w.commissioner().email())).with(csrf()).param("rating", "AMBER")
                        .param("reason", "A plan is agreed").param("progressDay", "" + by.getDayOfMonth())
                        .param("progressMonth", "" + by.getMonthValue()).param("progressYear", "" + by.getYear()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(path).with(as(w.officer().email())).with(csrf()).param("rating", "RED"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select decided from quality_decision where service_id = ?").param(w.sport())
                .query(String.class).single()).isEqualTo("AMBER");
        UUID unknown = UUID.randomUUID();
        mvc.perform(post(w.roundPath(s.round()) + "/results/" + unknown + "/decision").with(as(w.commissioner()
                .email())).with(csrf()).param("rating", "RED")).andExpect(status().isNotFound());
    }
}
