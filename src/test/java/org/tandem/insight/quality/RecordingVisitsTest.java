package org.tandem.insight.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.tandem.platform.ConflictException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A team saves its ratings as it goes, submits them once every area is rated, and then the visit is locked. */
class RecordingVisitsTest extends QualityTest {

    @Test
    void aTeamSavesADraftThenSubmitsAndTheVisitIsLocked() {
        World w = world();
        Staged s = visiting(w);
        Viewer jordan = w.youngAssessor().viewer();
        visits.save(jordan, w.commission(), s.round().id(), s.clubsVisit(), 0, ratings(s.areas(), "GGA......"));
        VisitSheet saved = visits.sheet(jordan, w.commission(), s.round().id(), s.clubsVisit());
        assertThat(saved.visit().status()).isEqualTo(VisitStatus.STARTED);
        assertThat(saved.rated()).isEqualTo(3);
        assertThat(saved.open()).isTrue();

        visits.submit(w.panel().viewer(), w.commission(), s.round().id(), s.clubsVisit(), saved.visit().version(),
                ratings(s.areas(), "GGAGGGGGG"));
        VisitSheet submitted = visits.sheet(jordan, w.commission(), s.round().id(), s.clubsVisit());
        assertThat(submitted.visit().isSubmitted()).isTrue();
        assertThat(submitted.visit().submittedByName()).isEqualTo(w.panel().viewer().name());
        assertThat(submitted.open()).isFalse();
        assertThatThrownBy(() -> visits.save(jordan, w.commission(), s.round().id(), s.clubsVisit(),
                submitted.visit().version(), ratings(s.areas(), "RRRRRRRRR")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("submitted and is locked");
        assertThat(visits.sheet(jordan, w.commission(), s.round().id(), s.clubsVisit()).ratingOf(s.areas().getFirst())
                .rating()).isEqualTo(Rating.GREEN);
        assertThat(auditEvents(w.council(), "quality-visit.saved")).isEqualTo(1);
        assertThat(auditEvents(w.council(), "quality-visit.submitted")).isEqualTo(1);
    }

    @Test
    void everyAreaNeedsARatingAndEveryRedNeedsEvidenceBeforeSubmitting() {
        World w = world();
        Staged s = visiting(w);
        Viewer jordan = w.youngAssessor().viewer();
        assertThat(Visit.incomplete(s.areas(), ratings(s.areas(), "GG.GGGG.G")))
                .extracting(RuleViolation::field, RuleViolation::getMessage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("areas[2].rating",
                                "Choose red, amber or green for Someone to talk to"),
                        org.assertj.core.groups.Tuple.tuple("areas[7].rating",
                                "Choose red, amber or green for A good place to be"));
        assertThatThrownBy(() -> visits.submit(jordan, w.commission(), s.round().id(), s.clubsVisit(), 0,
                ratings(s.areas(), "GG.GGGGGG"))).hasMessage("Choose red, amber or green for Someone to talk to");

        List<AreaRating> redWithoutEvidence = new ArrayList<>(ratings(s.areas(), "GGGGGGGGG"));
        redWithoutEvidence.set(1, new AreaRating(s.areas().get(1).id(), Rating.RED, null, "Scary"));
        assertThatThrownBy(() -> visits.submit(jordan, w.commission(), s.round().id(), s.clubsVisit(), 0,
                redWithoutEvidence)).hasMessage("Say what you saw or heard that made Safe and looked after red");
        assertThat(visits.sheet(jordan, w.commission(), s.round().id(), s.clubsVisit()).visit().status())
                .isEqualTo(VisitStatus.TO_DO);
    }

    @Test
    void aCommissionerReopensASubmittedVisitWithAReasonAndTheTeamChangesIt() {
        World w = world();
        Staged s = visiting(w);
        submit(w.youngAssessor(), s, s.clubsVisit(), "GGGGGGGGG");
        int version = sheet(w, s).visit().version();
        assertThatThrownBy(() -> visits.reopen(w.officer().viewer(), w.commission(), s.round().id(), s.clubsVisit(),
                version, "Typo")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visits.reopen(w.commissioner().viewer(), w.commission(), s.round().id(),
                s.clubsVisit(), version, "   ")).hasMessage("Enter why the visit is being reopened");
        assertThatThrownBy(() -> visits.reopen(w.commissioner().viewer(), w.commission(), s.round().id(),
                s.clubsVisit(), version, "x".repeat(2001))).hasMessage("Reason must be 2000 characters or fewer");

        visits.reopen(w.commissioner().viewer(), w.commission(), s.round().id(), s.clubsVisit(), version,
                "Maya's notes on the second room were left out");
        VisitSheet reopened = sheet(w, s);
        assertThat(reopened.visit().status()).isEqualTo(VisitStatus.STARTED);
        assertThat(reopened.open()).isTrue();
        assertThat(reopened.reopenings()).extracting(Reopening::reason)
                .containsExactly("Maya's notes on the second room were left out");
        assertThat(reopened.ratings()).hasSize(9);
        visits.submit(w.panel().viewer(), w.commission(), s.round().id(), s.clubsVisit(), reopened.visit().version(),
                ratings(s.areas(), "GGGGGGGAG"));
        assertThat(sheet(w, s).ratingOf(s.areas().get(7)).rating()).isEqualTo(Rating.AMBER);
        assertThat(auditEvents(w.council(), "quality-visit.reopened")).isEqualTo(1);
        assertThatThrownBy(() -> visits.reopen(w.commissioner().viewer(), w.commission(), s.round().id(),
                s.sportVisit(), 0, "Not submitted")).hasMessageContaining("Only a submitted visit can be reopened");
    }

    @Test
    void twoTeamMembersSavingAtOnceDoNotOverwriteEachOther() {
        World w = world();
        Staged s = visiting(w);
        visits.save(w.youngAssessor().viewer(), w.commission(), s.round().id(), s.clubsVisit(), 0,
                ratings(s.areas(), "GGGGGGGGG"));
        assertThatThrownBy(() -> visits.save(w.panel().viewer(), w.commission(), s.round().id(), s.clubsVisit(), 0,
                ratings(s.areas(), "RRRRRRRRR"))).isInstanceOf(ConflictException.class);
        assertThat(sheet(w, s).ratingOf(s.areas().getFirst()).rating()).isEqualTo(Rating.GREEN);
    }

    @Test
    void visitsAreRecordedOnlyOnceVisitsStartAndUntilTheServiceIsDecided() {
        World w = world();
        QualityRound draft = draft(w);
        java.util.UUID early = plan(w, draft, w.clubs(), w.youngAssessor(), w.officer());
        assertThatThrownBy(() -> visits.save(w.youngAssessor().viewer(), w.commission(), draft.id(), early, 0,
                List.of())).hasMessageContaining("is in Draft");

        Staged s = visiting(w);
        java.util.UUID second = plan(w, s.round(), w.clubs(), w.panel(), w.officer());
        submit(w.youngAssessor(), s, s.clubsVisit(), "GGGGGGGGG");
        submit(w.panel(), s, s.centresVisit(), "GGGGGGGGG");
        QualityRound moderation = rounds.take(w.officer().viewer(), w.commission(), s.round().id(),
                s.round().version(), RoundTransition.START_MODERATION);
        // a late visit can still be recorded during moderation, until its service is decided
        visits.save(w.panel().viewer(), w.commission(), s.round().id(), second, 0, ratings(s.areas(), "GGGGGGGGG"));
        assertThatThrownBy(() -> plan(w, moderation, w.sport(), w.panel(), w.officer()))
                .hasMessageContaining("can only change while the round is in Draft or Visiting")
                .hasMessageContaining("is in Moderation and review");
        results.decide(w.commissioner().viewer(), w.commission(), s.round().id(), w.clubs(),
                new DecisionDraft(Rating.GREEN, null, null));
        VisitSheet closed = visits.sheet(w.panel().viewer(), w.commission(), s.round().id(), second);
        assertThat(closed.open()).isFalse();
        assertThatThrownBy(() -> visits.submit(w.panel().viewer(), w.commission(), s.round().id(), second,
                closed.visit().version(), ratings(s.areas(), "GGGGGGGGG"))).hasMessageContaining("already decided");
        int version = sheet(w, s).visit().version();
        assertThatThrownBy(() -> visits.reopen(w.commissioner().viewer(), w.commission(), s.round().id(),
                s.clubsVisit(), version, "Second thoughts")).hasMessageContaining("already decided");
    }

    @Test
    void aTeamIsPeopleOfTheOrganisationWhoCanAssessAndItsShapeIsWarnedAboutNotRefused() {
        World w = world();
        QualityRound round = draft(w);
        java.util.UUID officersOnly = plan(w, round, w.clubs(), w.officer(), w.commissioner());
        Visit visit = visits.visits(w.officer().viewer(), round).stream().filter(v -> v.id().equals(officersOnly))
                .findFirst().orElseThrow();
        assertThat(visit.teamWarnings()).containsExactly("No one on this team has lived experience. The usual team "
                + "is two assessors with lived experience (citizen co-producers or panel members) and one "
                + "commissioner or officer.");

        VisitPlan withFinance = new VisitPlan(w.clubs(), LocalDate.of(2026, 10, 9),
                List.of(w.youngAssessor().viewer().personId(), w.finance().viewer().personId()));
        assertThatThrownBy(() -> visits.plan(w.officer().viewer(), w.commission(), round.id(), withFinance))
                .hasMessageContaining("cannot be an assessor");
        World elsewhere = world();
        VisitPlan withOutsider = new VisitPlan(w.clubs(), LocalDate.of(2026, 10, 9),
                List.of(elsewhere.youngAssessor().viewer().personId()));
        assertThatThrownBy(() -> visits.plan(w.officer().viewer(), w.commission(), round.id(), withOutsider))
                .isInstanceOf(NotFoundException.class);
        VisitPlan toAnotherCouncilsService = new VisitPlan(elsewhere.clubs(), LocalDate.of(2026, 10, 9),
                List.of(w.youngAssessor().viewer().personId()));
        assertThatThrownBy(() -> visits.plan(w.officer().viewer(), w.commission(), round.id(),
                toAnotherCouncilsService)).isInstanceOf(NotFoundException.class);
    }

    private VisitSheet sheet(World w, Staged s) {
        return visits.sheet(w.commissioner().viewer(), w.commission(), s.round().id(), s.clubsVisit());
    }
}
