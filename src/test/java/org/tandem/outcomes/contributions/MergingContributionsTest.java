package org.tandem.outcomes.contributions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.contributions.internal.Contribution;
import org.tandem.outcomes.contributions.internal.ContributionStatus;
import org.tandem.outcomes.contributions.internal.WorkshopDraft;
import org.tandem.outcomes.contributions.internal.WorkshopMethod;
import org.tandem.outcomes.internal.GuidanceRule;
import org.tandem.platform.ConflictException;
import org.tandem.platform.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A commissioner merges contributions into new and existing outcomes; every outcome keeps the trail of what shaped
 * it, into later versions; the contributor sees what happened; the co-production record hears of it.
 */
class MergingContributionsTest extends ContributionsTest {

    @BeforeEach
    void open() {
        openFramework();
    }

    @Test
    void aSuggestionMergedIntoANewOutcomeBecomesItInThePeoplesWordsAndStartsItsTrail() {
        Contribution jo = suggestion("I have somewhere to go where I can just be myself");

        Contribution merged = decisions.mergeIntoNew(actor(commissioner), council, jo.id(), jo.version(), null,
                "Safe places to spend time", "Your words are the outcome");

        List<OutcomeView> outcomes = frameworks.outcomes(council, draft);
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.ownWords()).isEqualTo("I have somewhere to go where I can just be myself");
            assertThat(o.details().professionalWording()).isEqualTo("Safe places to spend time");
            assertThat(o.details().shapedBy()).containsExactly(ParticipantKind.PERSON_USING_SERVICES);
        });
        assertThat(merged.status()).isEqualTo(ContributionStatus.MERGED);
        assertThat(merged.decision().reason()).isEqualTo("Your words are the outcome");
        assertThat(merged.decision().newOutcome()).isTrue();
        assertThat(trails.of(council, outcomes.getFirst())).extracting(Contribution::words)
                .containsExactly("I have somewhere to go where I can just be myself");
        assertThat(auditEvents(council, "outcomes.contribution-merged")).isEqualTo(1);
        assertThat(coProductionActivities("Merged into the outcomes framework%")).isEqualTo(1);
        assertThat(jdbc.sql("select rung from coproduction_activity where commission_id = ? and title like ?")
                .params(commission, "Merged into the outcomes framework%").query(String.class).single())
                .isEqualTo("CO_DESIGNING");
    }

    @Test
    void contributionsMergedIntoAnExistingOutcomeJoinItsTrailAndFollowItIntoTheNextVersion() {
        OutcomeView outcome = editing.add(actor(commissioner), council, draft, outcome("I feel safe"));
        Contribution first = suggestion("Feeling safe on the way home");
        Contribution second = contributing.comment(actor(panel), council, draft,
                org.tandem.outcomes.contributions.internal.Contributing.Target.outcome(outcome.id()),
                "Safe at night too", ParticipantKind.COMMUNITY_MEMBER);

        decisions.mergeIntoExisting(actor(commissioner), council, first.id(), first.version(), outcome.id(), null);
        decisions.mergeIntoExisting(actor(commissioner), council, second.id(), second.version(), outcome.id(),
                "Added evenings");

        assertThat(trails.of(council, outcome)).extracting(Contribution::words)
                .containsExactly("Feeling safe on the way home", "Safe at night too");
        // Agree version 1 and draft version 2: the copied outcome keeps the trail.
        reviews.send(actor(commissioner), council, framework.id(), 1, group().id());
        for (String member : List.of(citizen, panel)) {
            reviews.decide(actor(member), council, framework.id(), 1, org.tandem.outcomes.ReviewDecision.AGREE,
                    null);
        }
        var next = frameworks.newDraft(actor(commissioner), council, framework.id(), null);
        OutcomeView copy = frameworks.outcomes(council, next.id()).getFirst();
        assertThat(copy.id()).isNotEqualTo(outcome.id());
        assertThat(trails.of(council, copy)).hasSize(2);
    }

    @Test
    void theGuidanceNoLongerWarnsThatNobodyUsingServicesShapedAnOutcomeOnceTheirContributionIsMergedIntoIt() {
        OutcomeView outcome = editing.add(actor(commissioner), council, draft, new org.tandem.outcomes.OutcomeDraft(
                "Young people are heard", null, null, null, null, null, null, null, null,
                java.util.Set.of(ParticipantKind.PROFESSIONAL)));
        assertThat(guidance.warnings(council, List.of(outcome))).anyMatch(w -> w.rule()
                == GuidanceRule.NOT_SHAPED_BY_USERS);

        Contribution jo = suggestion("People listen to what I say");
        decisions.mergeIntoExisting(actor(commissioner), council, jo.id(), jo.version(), outcome.id(), null);

        assertThat(guidance.warnings(council, frameworks.outcomes(council, draft))).noneMatch(w -> w.rule()
                == GuidanceRule.NOT_SHAPED_BY_USERS);
    }

    @Test
    void aDeclinedContributionTellsItsContributorWhyAndCannotBeDecidedTwice() {
        Contribution jo = suggestion("More table tennis");

        assertThatThrownBy(() -> decisions.decline(actor(commissioner), council, jo.id(), jo.version(), " "))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Say why");
        Contribution declined = decisions.decline(actor(commissioner), council, jo.id(), jo.version(),
                "An activity rather than an outcome: it is going to the providers' ideas list");

        assertThat(declined.status()).isEqualTo(ContributionStatus.DECLINED);
        assertThat(declined.decision().reason()).contains("providers' ideas list");
        assertThatThrownBy(() -> decisions.mergeIntoNew(actor(commissioner), council, jo.id(), declined.version(),
                null, null, null)).isInstanceOf(ConflictException.class).hasMessageContaining("already");
        assertThat(frameworks.outcomes(council, draft)).isEmpty();
    }

    @Test
    void aStaleDecisionChangesNothing() {
        Contribution jo = suggestion("Somewhere warm");
        decisions.decline(actor(commissioner), council, jo.id(), jo.version(), "Covered by outcome 1");

        assertThatThrownBy(() -> decisions.mergeIntoNew(actor(commissioner), council, jo.id(), jo.version(), null,
                null, null)).isInstanceOf(ConflictException.class);
        assertThat(frameworks.outcomes(council, draft)).isEmpty();
    }

    @Test
    void aWorkshopsOutputsBecomeContributionsAndTheWorkshopGoesIntoTheCoProductionRecord() {
        var w = workshops.record(actor(commissioner), council, draft, new WorkshopDraft(WorkshopMethod.WORLD_CAFE,
                LocalDate.now().minusDays(3), "World café at Eastfield", null,
                Map.of(ParticipantKind.PERSON_USING_SERVICES, 20, ParticipantKind.PROFESSIONAL, 2),
                List.of(demo.person(citizen)), List.of("Someone to talk to", "", "Cheap buses")));

        List<Contribution> outputs = contributing.ofVersion(council, draft);
        assertThat(outputs).extracting(Contribution::words).containsExactly("Someone to talk to", "Cheap buses");
        assertThat(outputs).allSatisfy(c -> {
            assertThat(c.speakingAs()).isEqualTo(ParticipantKind.PERSON_USING_SERVICES);
            assertThat(c.from()).isEqualTo("World café at Eastfield");
        });
        var activity = jdbc.sql("select method, method_detail, phase, rung from coproduction_activity where id = ?")
                .param(w.activityId()).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))).single();
        assertThat(activity).containsExactly("OTHER", "World café", "PLANNING", "ENGAGING");
        assertThat(jdbc.sql("select person_id from coproduction_named_person where activity_id = ?")
                .param(w.activityId()).query(java.util.UUID.class).list()).containsExactly(demo.person(citizen));
        assertThat(jdbc.sql("select mode from coproduction_mode where activity_id = ?")
                .param(w.activityId()).query(String.class).list()).containsExactly("CO_PLANNING");

        Contribution cafe = outputs.getFirst();
        decisions.mergeIntoNew(actor(commissioner), council, cafe.id(), cafe.version(), null, null, null);
        assertThat(frameworks.outcomes(council, draft).getFirst().details().shapedBy())
                .containsExactlyInAnyOrder(ParticipantKind.PERSON_USING_SERVICES, ParticipantKind.PROFESSIONAL);
    }

    @Test
    void aWorkshopThatBreaksARuleKeepsNothing() {
        long before = coProductionActivities("%");
        assertThatThrownBy(() -> workshops.record(actor(commissioner), council, draft, new WorkshopDraft(
                WorkshopMethod.PEER_RESEARCH, LocalDate.now().plusDays(2), "Peer research", null,
                Map.of(ParticipantKind.CARER, 4), List.of(), List.of("Time for me")))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("today or in the past");
        assertThatThrownBy(() -> workshops.record(actor(commissioner), council, draft, new WorkshopDraft(
                WorkshopMethod.PEER_RESEARCH, LocalDate.now(), "Peer research", null, Map.of(), List.of(),
                List.of("Time"))))
                .hasMessageContaining("how many people took part");
        assertThat(contributing.ofVersion(council, draft)).isEmpty();
        assertThat(coProductionActivities("%")).isEqualTo(before);
    }

    private long coProductionActivities(String titleLike) {
        return jdbc.sql("select count(*) from coproduction_activity where commission_id = ? and title like ?")
                .params(commission, titleLike).query(Long.class).single();
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.tandem.outcomes.internal.FrameworkGuidance guidance;
}
