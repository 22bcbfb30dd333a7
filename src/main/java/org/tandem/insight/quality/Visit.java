package org.tandem.insight.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tandem.platform.RuleViolation;

/**
 * One visit to one service by one team, as an aggregate: saved as a draft as often as the team likes, then submitted,
 * which locks it. Only a commissioner can open a submitted visit again, and must say why.
 */
public record Visit(UUID id, UUID organisationId, UUID roundId, UUID serviceId, LocalDate visitDate,
                    VisitStatus status, List<Assessor> team, Instant submittedAt, String submittedByName,
                    int version) {

    public static final int REASON_MAX = 2000;

    public Visit {
        team = List.copyOf(team);
    }

    public boolean hasAssessor(UUID personId) {
        return team.stream().anyMatch(a -> a.personId().equals(personId));
    }

    public List<String> teamWarnings() {
        return TeamShape.warnings(team);
    }

    public boolean isSubmitted() {
        return status == VisitStatus.SUBMITTED;
    }

    /** Whether the team can still change the ratings. */
    public boolean isOpen(QualityRound round, boolean serviceDecided) {
        return !isSubmitted() && round.isRecording() && !serviceDecided;
    }

    public void requireOpen(QualityRound round, boolean serviceDecided) {
        if (isSubmitted()) {
            throw new RuleViolation(null, "This visit was submitted and is locked. A commissioner can reopen it, "
                    + "with a reason, if it needs to change.");
        }
        round.requireRecording();
        if (serviceDecided) {
            throw new RuleViolation(null, "The commissioner has already decided on this service, so its visits "
                    + "are closed");
        }
    }

    /**
     * What stops a submission: an area without a rating, or a red rating without evidence (a red area can end a
     * service's funding, and the provider will read why). Field names match the visit form's.
     */
    public static List<RuleViolation> incomplete(List<QualityArea> areas, List<AreaRating> ratings) {
        List<RuleViolation> problems = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            QualityArea area = areas.get(i);
            AreaRating rating = ratings.stream().filter(r -> r.areaId().equals(area.id())).findFirst().orElse(null);
            if (rating == null || rating.rating() == null) {
                problems.add(new RuleViolation("areas[" + i + "].rating", "Choose red, amber or green for "
                        + area.name()));
            } else if (rating.rating() == Rating.RED && rating.evidence() == null) {
                problems.add(new RuleViolation("areas[" + i + "].evidence", "Say what you saw or heard that made "
                        + area.name() + " red"));
            }
        }
        return problems;
    }

    public static void checkComplete(List<QualityArea> areas, List<AreaRating> ratings) {
        List<RuleViolation> problems = incomplete(areas, ratings);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
    }

    public void requireReopenable(QualityRound round, boolean serviceDecided) {
        if (!isSubmitted()) {
            throw new RuleViolation(null, "Only a submitted visit can be reopened; this one is "
                    + status.label().toLowerCase(java.util.Locale.UK));
        }
        round.requireRecording();
        if (serviceDecided) {
            throw new RuleViolation(null, "The commissioner has already decided on this service, so its visits "
                    + "cannot be reopened");
        }
    }

    public static String checkedReason(String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null) {
            throw new RuleViolation("reason", "Enter why the visit is being reopened");
        }
        if (why.length() > REASON_MAX) {
            throw new RuleViolation("reason", "Reason must be " + REASON_MAX + " characters or fewer");
        }
        return why;
    }
}
