package org.tandem.outcomes.contributions.internal;

import java.time.Instant;
import java.util.UUID;
import org.tandem.coproduction.ParticipantKind;

/**
 * One contribution to a draft framework, as it was given, with what a moderator and the commissioners did with it.
 *
 * @param on          for a comment: what it is about; null for a suggestion
 * @param name        the member's name, the name a member of the public gave, or null when they stayed anonymous
 * @param speakingAs  who the contributor is, by the co-production record's kinds of participant
 * @param workshop    the workshop it came out of, for a workshop's output
 * @param endorsements how many people have endorsed it
 * @param receipt     for a public contribution: the contributor's private link to it, never shown to anyone else
 */
public record Contribution(UUID id, UUID organisationId, UUID versionId, ContributionKind kind, About on,
                           String words, ContributionRoute route, UUID personId, String name,
                           ParticipantKind speakingAs, WorkshopRef workshop, Moderation moderation, Decision decision,
                           Instant createdAt, int version, int endorsements,
                           String receipt) {

    /** What a comment is about: an outcome of the version (with its words as they were) or another contribution. */
    public record About(UUID outcomeId, String outcomeWords, UUID contributionId) {
    }

    public record WorkshopRef(UUID id, String title, WorkshopMethod method) {
    }

    public record Moderation(Visibility visibility, String reason, Instant at, String byName) {
    }

    /**
     * The commissioners' decision. A merge names the outcome as it was then; {@code lineageId} follows that outcome
     * into later versions of the framework.
     */
    public record Decision(ContributionStatus status, String reason, Instant at, String byName, UUID outcomeId,
                           UUID lineageId, String outcomeWords, Boolean newOutcome) {

        public static Decision open() {
            return new Decision(ContributionStatus.OPEN, null, null, null, null, null, null, null);
        }
    }

    public Visibility visibility() {
        return moderation.visibility();
    }

    public ContributionStatus status() {
        return decision.status();
    }

    public boolean isShown() {
        return visibility() == Visibility.SHOWN;
    }

    public boolean isOpen() {
        return status() == ContributionStatus.OPEN;
    }

    /** Who it is from, as people inside the organisation see it. */
    public String from() {
        return switch (route) {
            case WORKSHOP -> workshop.title();
            case MEMBER -> name;
            case PUBLIC -> name == null ? "Anonymous, through the public link" : name + ", through the public link";
        };
    }

    /**
     * Who it is from, as the public page shows it: never a name, because young people contribute and a public page
     * is no place for their names; only the kind of person they are, or the workshop.
     */
    public String fromForThePublic() {
        return route == ContributionRoute.WORKSHOP ? workshop.method().label() + ": " + workshop.title()
                : speakingAs.label();
    }
}
