package org.tandem.outcomes;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tandem.outcomes.internal.ReviewGroup;
import org.tandem.outcomes.internal.VersionDiff;
import org.tandem.platform.ConflictException;
import org.tandem.platform.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A draft goes to a named co-production group, every member agrees (or objects with a comment), and the agreed
 * version is locked; changing it afterwards starts a new draft, and the two versions can be compared.
 */
@RecordApplicationEvents
class VersionsAndAgreementTest extends OutcomesTest {

    @Autowired
    ApplicationEvents events;
    @Autowired
    OutcomesFrameworks published;

    private FrameworkView framework;
    private ReviewGroup group;

    @BeforeEach
    void framework() {
        newCouncilAndCommission();
        framework = start();
        group = group();
    }

    @Test
    void aVersionIsAgreedWhenEveryMemberAgreesAndIsThenLocked() {
        UUID draft = framework.latest().id();
        OutcomeView safe = editing.add(actor(commissioner), council, draft, outcome("I have somewhere safe to go"));
        editing.addIndicator(council, draft, safe.id(), indicator("Feel safe", IndicatorKind.OUTCOME));
        reviews.send(actor(commissioner), council, framework.id(), 1, group.id());

        assertThatThrownBy(() -> editing.add(actor(commissioner), council, draft, outcome("Another")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("for review");
        assertThatThrownBy(() -> reviews.decide(actor(panel), council, framework.id(), 1, ReviewDecision.OBJECT, " "))
                .isInstanceOf(RuleViolation.class).hasMessage("Say why you object, so the commissioners know what to "
                        + "change");
        assertThatThrownBy(() -> reviews.decide(actor(commissioner), council, framework.id(), 1,
                ReviewDecision.AGREE, null)).isInstanceOf(AccessDeniedException.class);

        reviews.decide(actor(citizen), council, framework.id(), 1, ReviewDecision.AGREE, "Sounds like us");
        assertThat(framework(framework.id()).latest().status()).isEqualTo(VersionStatus.IN_REVIEW);
        reviews.decide(actor(panel), council, framework.id(), 1, ReviewDecision.AGREE, null);

        FrameworkVersionView agreed = framework(framework.id()).latest();
        assertThat(agreed.status()).isEqualTo(VersionStatus.AGREED);
        assertThat(published.isLocked(council, agreed.id())).isTrue();
        assertThat(published.agreedVersion(council, commission)).map(FrameworkVersionView::id).contains(draft);
        assertThat(events.stream(FrameworkVersionAgreed.class).filter(e -> e.versionId().equals(draft))).hasSize(1);
        assertThat(jdbc.sql("select count(*) from coproduction_activity where commission_id = ? and title like ?")
                .params(commission, "Outcomes framework version 1 agreed%").query(Long.class).single()).isOne();
        assertThatThrownBy(() -> editing.update(council, draft, safe.id(), safe.version(), outcome("Changed")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("is locked");
        assertThatThrownBy(() -> editing.delete(council, draft, safe.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> published.addOutcome(actor(commissioner), council, draft, outcome("Merged")))
                .isInstanceOf(ConflictException.class);
        assertThat(published.outcomes(council, draft)).extracting(OutcomeView::ownWords)
                .containsExactly("I have somewhere safe to go");
    }

    @Test
    void anObjectionHoldsTheVersionInReviewUntilItIsWithdrawnAndChanged() {
        UUID draft = framework.latest().id();
        editing.add(actor(commissioner), council, draft, outcome("Reduce youth offending"));
        reviews.send(actor(commissioner), council, framework.id(), 1, group.id());
        reviews.decide(actor(citizen), council, framework.id(), 1, ReviewDecision.OBJECT, "Say it positively");
        reviews.decide(actor(panel), council, framework.id(), 1, ReviewDecision.AGREE, null);
        assertThat(framework(framework.id()).latest().status()).isEqualTo(VersionStatus.IN_REVIEW);

        reviews.withdraw(council, framework.id(), 1);
        assertThat(framework(framework.id()).latest().status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(reviews.reviews(council, draft)).isEmpty();
        OutcomeView added = editing.add(actor(commissioner), council, draft, outcome("I feel safe in my area"));
        assertThat(added.position()).isEqualTo(2);
    }

    @Test
    void changingAnAgreedFrameworkStartsANewDraftAndTheDiffSaysWhatChanged() {
        UUID first = framework.latest().id();
        OutcomeView safe = editing.add(actor(commissioner), council, first, outcome("I have somewhere safe to go"));
        OutcomeView school = editing.add(actor(commissioner), council, first, outcome("I enjoy school"));
        editing.addIndicator(council, first, safe.id(), indicator("Feel safe", IndicatorKind.OUTCOME));
        editing.addIndicator(council, first, safe.id(), indicator("Sessions run", IndicatorKind.OUTPUT));
        agree(1);
        frameworks.newDraft(actor(commissioner), council, framework.id(), "Young Voices asked for more");
        assertThatThrownBy(() -> frameworks.newDraft(actor(commissioner), council, framework.id(), null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Version 2 is still a draft");

        FrameworkView two = framework(framework.id());
        UUID second = two.latest().id();
        assertThat(two.latest().basedOnNumber()).isEqualTo(1);
        List<OutcomeView> copied = published.outcomes(council, second);
        OutcomeView safeCopy = copied.getFirst();
        OutcomeView schoolCopy = copied.get(1);
        editing.update(council, second, safeCopy.id(), safeCopy.version(), new OutcomeDraft(
                "I have somewhere safe to go and someone to talk to", "Young people have safe spaces",
                OutcomeLevel.SERVICE, ValueType.USER, WellbeingElement.RELATEDNESS, safeCopy.details().fiveWays(),
                safeCopy.details().bottomLines(), PreventionLevel.UPSTREAM, InterventionPathway.PREVENTION,
                safeCopy.details().shapedBy()));
        IndicatorView sessions = safeCopy.indicators().get(1);
        editing.deleteIndicator(council, second, sessions.id());
        editing.delete(council, second, schoolCopy.id());
        editing.add(actor(commissioner), council, second, outcome("I give something back"));

        VersionDiff diff = VersionDiff.between(published.outcomes(council, first), published.outcomes(council,
                second));
        assertThat(diff.count(VersionDiff.Kind.ADDED)).isOne();
        assertThat(diff.count(VersionDiff.Kind.REMOVED)).isOne();
        VersionDiff.OutcomeChange changed = diff.outcomes().getFirst();
        assertThat(changed.kind()).isEqualTo(VersionDiff.Kind.CHANGED);
        assertThat(changed.fields()).extracting(VersionDiff.FieldChange::field)
                .containsExactly("In people's own words", "Professional wording", "Prevention level");
        assertThat(changed.fields().get(2)).isEqualTo(new VersionDiff.FieldChange("Prevention level", "Midstream",
                "Upstream"));
        assertThat(changed.indicators()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(VersionDiff.Kind.REMOVED);
            assertThat(i.name()).isEqualTo("Sessions run");
        });
        assertThat(diff.outcomes().getLast().ownWords()).isEqualTo("I enjoy school");
        assertThat(published.outcomes(council, first)).extracting(OutcomeView::ownWords)
                .containsExactly("I have somewhere safe to go", "I enjoy school");
        assertThat(school.position()).isEqualTo(2);
    }

    private void agree(int number) {
        reviews.send(actor(commissioner), council, framework.id(), number, group.id());
        reviews.decide(actor(citizen), council, framework.id(), number, ReviewDecision.AGREE, null);
        reviews.decide(actor(panel), council, framework.id(), number, ReviewDecision.AGREE, null);
    }
}
