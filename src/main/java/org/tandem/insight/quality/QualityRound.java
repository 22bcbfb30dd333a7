package org.tandem.insight.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.tandem.platform.RuleViolation;

/**
 * An assessment round as an aggregate: it owns its status, and {@link #take} is the only way the status changes.
 * The guards say what each status allows, and every refusal names the status the round is in.
 */
public record QualityRound(UUID id, UUID organisationId, UUID commissionId, String title, String purpose,
                           LocalDate visitsFrom, LocalDate visitsUntil, RoundStatus status, RecommendationRule rule,
                           Instant createdAt, int version) {

    private static final Set<RoundStatus> PLANNING = EnumSet.of(RoundStatus.DRAFT, RoundStatus.VISITING);
    private static final Set<RoundStatus> RECORDING =
            EnumSet.of(RoundStatus.VISITING, RoundStatus.MODERATION, RoundStatus.SHARED);
    private static final Set<RoundStatus> DECIDING = EnumSet.of(RoundStatus.MODERATION, RoundStatus.SHARED);
    private static final Set<RoundStatus> SHARED = EnumSet.of(RoundStatus.SHARED, RoundStatus.CLOSED);

    /** The status the step leads to, when the round is where the step starts and has what the step needs. */
    public RoundStatus take(RoundTransition step, RoundProgress progress) {
        if (step == null) {
            throw new RuleViolation("transition", "Choose what the round should do next");
        }
        if (status != step.from()) {
            throw new RuleViolation("transition", "“" + step.label() + "” is for a round in " + step.from().label()
                    + "; " + title + " is in " + status.label());
        }
        switch (step) {
            case START_VISITING -> {
                if (progress.areas() == 0) {
                    throw new RuleViolation("transition", "Add at least one quality area before visits start");
                }
                if (!progress.areasWithoutGuide().isEmpty()) {
                    throw new RuleViolation("transition", "Write what red, amber and green look like for "
                            + String.join(", ", progress.areasWithoutGuide()) + " before visits start: assessors "
                            + "rate against the guide");
                }
                if (progress.visitsPlanned() == 0) {
                    throw new RuleViolation("transition", "Plan at least one visit, with its team, before visits "
                            + "start");
                }
            }
            case START_MODERATION -> {
                if (progress.visitsSubmitted() == 0) {
                    throw new RuleViolation("transition", "No visit has been submitted yet: moderation needs at "
                            + "least one submitted visit");
                }
            }
            case SHARE_RESULTS -> {
                if (progress.decisions() == 0) {
                    throw new RuleViolation("transition", "Confirm or override at least one recommendation before "
                            + "sharing results with providers");
                }
            }
            case CLOSE -> {
                if (progress.servicesUndecided() > 0) {
                    throw new RuleViolation("transition", "Decide every service before closing the round: "
                            + progress.servicesUndecided() + (progress.servicesUndecided() == 1 ? " service still "
                            + "needs" : " services still need") + " a decision");
                }
            }
            default -> throw new IllegalStateException(step.name());
        }
        return step.to();
    }

    /** Quality areas, their rating guide, the rule and the services visited are settled before visits start. */
    public void requireDraft(String what) {
        if (status != RoundStatus.DRAFT) {
            throw new RuleViolation(null, what + " can only change while the round is a draft; " + title + " is in "
                    + status.label());
        }
    }

    /** Visits and the round's details can be planned until moderation starts. */
    public void requirePlanning(String what) {
        if (!PLANNING.contains(status)) {
            throw new RuleViolation(null, what + " can only change while the round is in Draft or Visiting; " + title
                    + " is in " + status.label());
        }
    }

    /** Whether visits can be recorded: from the start of visits until the round closes (a visit stops taking
     * ratings once its service has a decision). */
    public boolean isRecording() {
        return RECORDING.contains(status);
    }

    public void requireRecording() {
        if (!isRecording()) {
            throw new RuleViolation(null, "Visits can be recorded once visits have started and until the round "
                    + "closes; " + title + " is in " + status.label());
        }
    }

    public boolean isDeciding() {
        return DECIDING.contains(status);
    }

    public void requireDeciding() {
        if (!isDeciding()) {
            throw new RuleViolation(null, "Recommendations are confirmed or overridden in Moderation and review "
                    + "or once results are shared; " + title + " is in " + status.label());
        }
    }

    public boolean resultsShared() {
        return SHARED.contains(status);
    }

    public RoundTransition nextStep() {
        return RoundTransition.from(status);
    }
}
