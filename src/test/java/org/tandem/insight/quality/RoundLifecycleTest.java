package org.tandem.insight.quality;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.tandem.platform.ConflictException;
import org.tandem.platform.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A round goes Draft → Visiting → Moderation and review → Results shared → Closed, one named step at a time; each
 * step needs what it needs, and a refusal names the status the round is in.
 */
class RoundLifecycleTest extends QualityTest {

    @Test
    void aRoundStartsAsADraftWithTheNineAreasInYoungPeoplesWords() {
        World w = world();
        QualityRound round = draft(w);
        assertThat(round.status()).isEqualTo(RoundStatus.DRAFT);
        assertThat(rounds.areas(round)).extracting(QualityArea::name).containsExactly("Feeling welcome",
                "Safe and looked after", "Someone to talk to", "Our say, our way", "Things we enjoy doing",
                "Learning and trying new things", "Open to everyone", "A good place to be",
                "Help with what comes next");
        assertThat(rounds.areas(round)).allMatch(QualityArea::hasFullGuide);
        assertThat(auditEvents(w.council(), "quality-round.created")).isEqualTo(1);

        QualityRound empty = rounds.create(w.officer().viewer(), w.commission(), new RoundDraft(unique("Blank"), null,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), RecommendationRule.DEFAULT), false);
        assertThat(rounds.areas(empty)).isEmpty();
    }

    @Test
    void everyStepIsTakenInTurnAndAStepOutOfTurnIsRefusedNamingTheStatus() {
        World w = world();
        Staged s = visiting(w);
        assertThat(s.round().status()).isEqualTo(RoundStatus.VISITING);
        assertThatThrownBy(() -> rounds.take(w.commissioner().viewer(), w.commission(), s.round().id(),
                s.round().version(), RoundTransition.SHARE_RESULTS))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("“Share results with providers” is for a round in Moderation and review; "
                        + s.round().title() + " is in Visiting");
        assertThatThrownBy(() -> rounds.take(w.officer().viewer(), w.commission(), s.round().id(),
                s.round().version(), RoundTransition.START_VISITING))
                .hasMessageContaining("is for a round in Draft").hasMessageContaining("is in Visiting");
        assertThatThrownBy(() -> rounds.take(w.officer().viewer(), w.commission(), s.round().id(),
                s.round().version(), RoundTransition.START_MODERATION))
                .hasMessageContaining("No visit has been submitted yet");

        Staged shared = shared(w);
        assertThat(shared.round().status()).isEqualTo(RoundStatus.SHARED);
        assertThatThrownBy(() -> rounds.take(w.commissioner().viewer(), w.commission(), shared.round().id(),
                shared.round().version(), RoundTransition.CLOSE))
                .hasMessage("Decide every service before closing the round: 1 service still needs a decision");
        results.decide(w.commissioner().viewer(), w.commission(), shared.round().id(), w.centres(),
                new DecisionDraft(Rating.AMBER, null, LocalDate.now().plusMonths(2)));
        QualityRound closed = rounds.take(w.commissioner().viewer(), w.commission(), shared.round().id(),
                shared.round().version(), RoundTransition.CLOSE);
        assertThat(closed.status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(closed.nextStep()).isNull();
        assertThat(jdbc.sql("select summary from audit_event where action = 'quality-round.moved' and entity_id = ? "
                + "order by seq").param(closed.id().toString()).query(String.class).list()).containsExactly(
                closed.title() + " moved from Draft to Visiting",
                closed.title() + " moved from Visiting to Moderation and review",
                closed.title() + " moved from Moderation and review to Results shared",
                closed.title() + " moved from Results shared to Closed");
    }

    @Test
    void visitsStartOnlyWithAreasAFinishedGuideAndAPlannedVisit() {
        World w = world();
        QualityRound empty = rounds.create(w.officer().viewer(), w.commission(), new RoundDraft(unique("Blank"), null,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), RecommendationRule.DEFAULT), false);
        assertThatThrownBy(() -> start(w, empty)).hasMessage("Add at least one quality area before visits start");
        rounds.addArea(w.officer().viewer(), w.commission(), empty.id(), new AreaDraft("Feeling welcome", null,
                "Everyone says hello", null, "Nobody does"));
        assertThatThrownBy(() -> start(w, empty)).hasMessageContaining("Write what red, amber and green look like "
                + "for Feeling welcome before visits start");
        rounds.changeArea(w.officer().viewer(), w.commission(), empty.id(), rounds.areas(empty).getFirst().id(),
                new AreaDraft("Feeling welcome", null, "Everyone says hello", "Some do", "Nobody does"));
        assertThatThrownBy(() -> start(w, empty)).hasMessageContaining("Plan at least one visit");
        rounds.addService(w.officer().viewer(), w.commission(), empty.id(), w.clubs());
        plan(w, empty, w.clubs(), w.youngAssessor(), w.officer());
        assertThat(start(w, empty).status()).isEqualTo(RoundStatus.VISITING);
    }

    @Test
    void areasAreAddedRenamedReorderedAndRemovedOnlyInADraft() {
        World w = world();
        QualityRound round = draft(w);
        Viewer tom = w.officer().viewer();
        QualityArea added = rounds.addArea(tom, w.commission(), round.id(), new AreaDraft("Getting there",
                "Can we get there easily?", "Buses stop outside", "A long walk", "No way to get there"));
        assertThat(rounds.areas(round)).hasSize(10).last().isEqualTo(added);
        assertThatThrownBy(() -> rounds.addArea(tom, w.commission(), round.id(), new AreaDraft("feeling  WELCOME",
                null, null, null, null)))
                .isInstanceOf(RuleViolation.class).hasMessage("This round already has a quality area called "
                        + "feeling  WELCOME");

        rounds.moveArea(tom, w.commission(), round.id(), added.id(), true);
        assertThat(names(round).get(8)).isEqualTo("Getting there");
        rounds.moveArea(tom, w.commission(), round.id(), rounds.areas(round).getFirst().id(), true);
        assertThat(names(round).getFirst()).isEqualTo("Feeling welcome");

        rounds.changeArea(tom, w.commission(), round.id(), added.id(), new AreaDraft("Getting there and back",
                null, "g", "a", "r"));
        rounds.removeArea(tom, w.commission(), round.id(), rounds.areas(round).getFirst().id());
        assertThat(names(round)).hasSize(9).doesNotContain("Feeling welcome").contains("Getting there and back");
        assertThat(auditEvents(w.council(), "quality-area.moved")).isEqualTo(1);
        assertThat(auditEvents(w.council(), "quality-area.removed")).isEqualTo(1);

        plan(w, round, w.clubs(), w.youngAssessor(), w.officer());
        start(w, round);
        for (Runnable change : List.<Runnable>of(
                () -> rounds.addArea(tom, w.commission(), round.id(), new AreaDraft("Late", null, null, null, null)),
                () -> rounds.removeArea(tom, w.commission(), round.id(), added.id()),
                () -> rounds.moveArea(tom, w.commission(), round.id(), added.id(), true),
                () -> rounds.removeService(tom, w.commission(), round.id(), w.sport()))) {
            assertThatThrownBy(change::run).isInstanceOf(RuleViolation.class).hasMessageContaining("is in Visiting");
        }
    }

    @Test
    void theRuleIsTheRoundsAndChangingItNeedsTheVersionYouRead() {
        World w = world();
        QualityRound round = draft(w);
        RoundDraft changed = new RoundDraft(round.title(), "Now with a purpose", round.visitsFrom(),
                round.visitsUntil(), new RecommendationRule(2, AmberThreshold.ANY, VisitCombination.MOST_COMMON));
        QualityRound saved = rounds.update(w.officer().viewer(), w.commission(), round.id(), round.version(), changed);
        assertThat(saved.rule()).isEqualTo(changed.rule());
        assertThat(saved.purpose()).isEqualTo("Now with a purpose");
        assertThatThrownBy(() -> rounds.update(w.officer().viewer(), w.commission(), round.id(), round.version(),
                changed)).isInstanceOf(ConflictException.class);
        assertThat(auditEvents(w.council(), "quality-round.changed")).isEqualTo(1);
    }

    @Test
    void onlyACommissionerSharesResultsAndClosesAndOnlyManagersSetUpRounds() {
        World w = world();
        Staged s = moderation(w);
        results.decide(w.commissioner().viewer(), w.commission(), s.round().id(), w.clubs(),
                new DecisionDraft(Rating.GREEN, null, null));
        assertThatThrownBy(() -> rounds.take(w.officer().viewer(), w.commission(), s.round().id(),
                s.round().version(), RoundTransition.SHARE_RESULTS))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rounds.create(w.youngAssessor().viewer(), w.commission(), new RoundDraft("Mine",
                null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), RecommendationRule.DEFAULT), true))
                .isInstanceOf(AccessDeniedException.class);
    }

    private QualityRound start(World w, QualityRound round) {
        return rounds.take(w.officer().viewer(), w.commission(), round.id(),
                rounds.managed(w.officer().viewer(), w.commission(), round.id()).version(),
                RoundTransition.START_VISITING);
    }

    private List<String> names(QualityRound round) {
        return rounds.areas(round).stream().map(QualityArea::name).toList();
    }
}
