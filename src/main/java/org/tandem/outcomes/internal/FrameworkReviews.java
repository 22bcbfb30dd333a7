package org.tandem.outcomes.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.commissions.CommissionView;
import org.tandem.coproduction.ActivityDetails;
import org.tandem.coproduction.ActivityMethod;
import org.tandem.coproduction.CoProductionMode;
import org.tandem.coproduction.CoProductionRecord;
import org.tandem.coproduction.DecisionLevel;
import org.tandem.coproduction.LadderRung;
import org.tandem.coproduction.NamedPerson;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.FrameworkVersionAgreed;
import org.tandem.outcomes.FrameworkVersionView;
import org.tandem.outcomes.FrameworkView;
import org.tandem.outcomes.ReviewDecision;
import org.tandem.outcomes.VersionStatus;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.ConflictException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.People;
import org.tandem.platform.PersonSummary;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.Timestamps;

/**
 * Review groups, and agreeing a version: a commissioner sends a draft to a named co-production group; each member
 * agrees or objects with a comment; when every member has agreed, the version is agreed and locked, announced with
 * {@link FrameworkVersionAgreed}, and recorded in the commission's co-production record.
 */
@Service
public class FrameworkReviews {

    public static final int MEMBERS_MAX = 50;

    private final ReviewRepository reviews;
    private final FrameworkRepository frameworks;
    private final OutcomeRepository outcomes;
    private final FrameworkService service;
    private final People people;
    private final CoProductionRecord coProduction;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FrameworkReviews(ReviewRepository reviews, FrameworkRepository frameworks, OutcomeRepository outcomes,
                     FrameworkService service, People people, CoProductionRecord coProduction, AuditLog audit,
                     ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.frameworks = frameworks;
        this.outcomes = outcomes;
        this.service = service;
        this.people = people;
        this.coProduction = coProduction;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public List<ReviewGroup> groups(UUID organisationId) {
        return reviews.groups(organisationId);
    }

    public ReviewGroup group(UUID organisationId, UUID groupId) {
        return reviews.group(organisationId, groupId).orElseThrow(() -> new NotFoundException("Review group"));
    }

    public List<Review> reviews(UUID organisationId, UUID versionId) {
        return reviews.reviews(organisationId, versionId);
    }

    /** The people who may be members of a group: everyone in the organisation, in any role. */
    public List<PersonSummary> candidates(UUID organisationId) {
        return people.of(organisationId);
    }

    @Transactional
    public ReviewGroup createGroup(Actor by, UUID organisationId, String name, String purpose,
                                   List<UUID> memberIds) {
        Checked checked = check(organisationId, name, purpose, memberIds, null);
        UUID id = UUID.randomUUID();
        reviews.insertGroup(id, organisationId, checked.name(), checked.purpose(), checked.members(), clock.instant());
        audit.recordAs(by, AuditEntry.of(organisationId, "outcomes.review-group-created", "outcomes-review-group",
                id, "Review group " + checked.name() + " created with " + checked.members().size() + " members")
                .after(checked));
        return group(organisationId, id);
    }

    @Transactional
    public ReviewGroup updateGroup(UUID organisationId, UUID groupId, int version, String name, String purpose,
                                   List<UUID> memberIds) {
        ReviewGroup before = group(organisationId, groupId);
        Checked checked = check(organisationId, name, purpose, memberIds, groupId);
        if (!reviews.updateGroup(organisationId, groupId, version, checked.name(), checked.purpose(),
                checked.members(), clock.instant())) {
            throw new ConflictException("Someone else changed this group while you were editing. Reload the page "
                    + "to see their changes, then make yours again.");
        }
        audit.record(AuditEntry.of(organisationId, "outcomes.review-group-changed", "outcomes-review-group",
                groupId, "Review group " + checked.name() + " changed").before(before).after(checked));
        return group(organisationId, groupId);
    }

    /** Sends a draft to a group; each member is named as a reviewer as the group stands now. */
    @Transactional
    public FrameworkVersionView send(Actor by, UUID organisationId, UUID frameworkId, int number, UUID groupId) {
        FrameworkView framework = service.framework(organisationId, frameworkId);
        if (framework.isTemplate()) {
            throw new RuleViolation(null, "A template is not agreed: start a commission's framework from it, and "
                    + "agree that");
        }
        FrameworkVersionView version = lockedVersion(organisationId, framework, number);
        if (version.status() != VersionStatus.DRAFT) {
            throw new ConflictException(OutcomeEditing.whyLocked(version));
        }
        if (groupId == null) {
            throw new RuleViolation("groupId", "Select the group that will review this version");
        }
        ReviewGroup group = group(organisationId, groupId);
        if (group.members().isEmpty()) {
            throw new RuleViolation("groupId", group.name() + " has no members: add people to it first");
        }
        if (outcomes.ofVersion(organisationId, version.id()).isEmpty()) {
            throw new RuleViolation(null, "Add at least one outcome before sending the version for review");
        }
        Instant now = clock.instant();
        frameworks.sendForReview(organisationId, version.id(), group.id(), group.name(), now);
        reviews.openReviews(organisationId, version.id(), group.members());
        audit.recordAs(by, AuditEntry.of(organisationId, "outcomes.version-sent-for-review", "outcomes-version",
                version.id(), version.label() + " of " + framework.title() + " sent to " + group.name()
                        + " for review").after(Map.of("group", group.name(), "reviewers",
                group.members().stream().map(ReviewGroup.Member::name).toList())));
        return frameworks.version(organisationId, version.id()).orElseThrow();
    }

    /** Takes a version back from review to change it; what reviewers said so far stays in the audit log. */
    @Transactional
    public FrameworkVersionView withdraw(UUID organisationId, UUID frameworkId, int number) {
        FrameworkView framework = service.framework(organisationId, frameworkId);
        FrameworkVersionView version = lockedVersion(organisationId, framework, number);
        if (version.status() != VersionStatus.IN_REVIEW) {
            throw new ConflictException(version.isLocked() ? OutcomeEditing.whyLocked(version)
                    : version.label() + " is not in review.");
        }
        List<Review> said = reviews.reviews(organisationId, version.id());
        reviews.clearReviews(organisationId, version.id());
        frameworks.backToDraft(organisationId, version.id(), clock.instant());
        audit.record(AuditEntry.of(organisationId, "outcomes.version-withdrawn", "outcomes-version", version.id(),
                version.label() + " of " + framework.title() + " withdrawn from review by "
                        + version.reviewGroupName()).before(Map.of("reviews", said)));
        return frameworks.version(organisationId, version.id()).orElseThrow();
    }

    /**
     * A reviewer agrees or objects (an objection needs a comment saying why). They can change their mind while the
     * version is in review. Once everyone has agreed, the version is agreed.
     */
    @Transactional
    public FrameworkVersionView decide(Actor reviewer, UUID organisationId, UUID frameworkId, int number,
                                       ReviewDecision decision, String comment) {
        return decide(reviewer, organisationId, frameworkId, number, decision, comment, clock.instant());
    }

    /** As {@link #decide}, at a given time: the demo story's review took place on a day of its own. */
    FrameworkVersionView decide(Actor reviewer, UUID organisationId, UUID frameworkId, int number,
                                ReviewDecision decision, String comment, Instant now) {
        FrameworkView framework = service.framework(organisationId, frameworkId);
        FrameworkVersionView version = lockedVersion(organisationId, framework, number);
        if (version.status() != VersionStatus.IN_REVIEW) {
            throw new ConflictException(version.isLocked() ? OutcomeEditing.whyLocked(version)
                    : version.label() + " is not in review.");
        }
        if (reviews.reviews(organisationId, version.id()).stream()
                .noneMatch(r -> r.personId().equals(reviewer.actorId()))) {
            throw new AccessDeniedException("Only the members of " + version.reviewGroupName()
                    + " review this version");
        }
        if (decision == null) {
            throw new RuleViolation("decision", "Select whether you agree or object");
        }
        String tidy = OutcomeRules.paragraph("comment", comment, "Your comment");
        if (decision == ReviewDecision.OBJECT && tidy == null) {
            throw new RuleViolation("comment", "Say why you object, so the commissioners know what to change");
        }
        reviews.decide(organisationId, version.id(), reviewer.actorId(), decision, tidy, now);
        audit.recordAs(reviewer, AuditEntry.of(organisationId, "outcomes.review-recorded", "outcomes-version",
                version.id(), reviewer.name() + (decision == ReviewDecision.AGREE ? " agreed " : " objected to ")
                        + version.label().toLowerCase() + " of " + framework.title())
                .after(Map.of("decision", decision, "comment", tidy == null ? "" : tidy)));
        List<Review> all = reviews.reviews(organisationId, version.id());
        if (all.stream().allMatch(r -> r.decision() == ReviewDecision.AGREE)) {
            agree(reviewer, framework, version, all, now);
        }
        return frameworks.version(organisationId, version.id()).orElseThrow();
    }

    private void agree(Actor by, FrameworkView framework, FrameworkVersionView version, List<Review> all,
                       Instant now) {
        UUID organisationId = framework.organisationId();
        frameworks.agree(organisationId, version.id(), now);
        audit.recordAs(by, AuditEntry.of(organisationId, "outcomes.version-agreed", "outcomes-version", version.id(),
                version.label() + " of " + framework.title() + " agreed by " + version.reviewGroupName()
                        + " and locked").after(Map.of("reviewers", all.stream().map(Review::name).toList())));
        service.commissionOf(framework).ifPresent(commission -> record(by, commission, version, all, now));
        events.publishEvent(new FrameworkVersionAgreed(framework.id(), version.id(), organisationId,
                framework.commissionId(), version.number(), version.reviewGroupName(), now));
    }

    /** Agreeing a version is co-planning: the group's decision, shared between commissioners and citizens. */
    private void record(Actor by, CommissionView commission, FrameworkVersionView version, List<Review> all,
                        Instant now) {
        Map<ParticipantKind, Integer> kinds = new EnumMap<>(ParticipantKind.class);
        Set<NamedPerson> named = new LinkedHashSet<>();
        for (Review review : all) {
            ParticipantKind kind = people.find(commission.lead().id(), review.personId())
                    .map(FrameworkReviews::kindOf).orElse(ParticipantKind.PROFESSIONAL);
            kinds.merge(kind, 1, Integer::sum);
            named.add(NamedPerson.member(review.personId()));
        }
        boolean citizens = kinds.keySet().stream().anyMatch(ParticipantKind::isUserOrCommunity);
        coProduction.record(by, commission.lead().id(), commission.id(), new ActivityDetails(
                LocalDate.ofInstant(now, Timestamps.LONDON), commission.phase(), ActivityMethod.PANEL, null,
                "Outcomes framework " + version.label().toLowerCase() + " agreed by " + version.reviewGroupName(),
                version.reviewGroupName() + " reviewed " + version.label().toLowerCase() + " of the outcomes "
                        + "framework; each member agreed or objected with a comment.",
                kinds, new ArrayList<>(named), citizens ? LadderRung.CO_DESIGNING : LadderRung.ENGAGING,
                Set.of(CoProductionMode.CO_PLANNING), DecisionLevel.MACRO,
                version.label() + " became the agreed outcomes framework, which tenders and contracts refer to.",
                Map.of()));
    }

    /** The side of the co-production record a reviewer sits on, read from their roles. */
    private static ParticipantKind kindOf(PersonSummary person) {
        if (person.has(Role.CITIZEN_CO_PRODUCER)) {
            return ParticipantKind.PERSON_USING_SERVICES;
        }
        if (person.has(Role.SCRUTINY_MEMBER) && person.roles().size() == 1) {
            return ParticipantKind.ELECTED_MEMBER;
        }
        if (person.has(Role.PANEL_MEMBER) && person.roles().size() == 1) {
            return ParticipantKind.COMMUNITY_MEMBER;
        }
        return person.has(Role.PROVIDER_USER) ? ParticipantKind.PROVIDER : ParticipantKind.PROFESSIONAL;
    }

    private FrameworkVersionView lockedVersion(UUID organisationId, FrameworkView framework, int number) {
        FrameworkVersionView version = service.version(framework, number);
        return frameworks.lockVersion(organisationId, version.id()).orElseThrow();
    }

    private record Checked(String name, String purpose, List<ReviewGroup.Member> members) {
    }

    private Checked check(UUID organisationId, String name, String purpose, List<UUID> memberIds, UUID except) {
        String tidyName = OutcomeRules.name("name", name, "the group's name", "The group's name");
        String tidyPurpose = OutcomeRules.paragraph("purpose", purpose, "The purpose");
        if (reviews.nameTaken(organisationId, tidyName, except)) {
            throw new RuleViolation("name", "There is already a group called " + tidyName);
        }
        Set<UUID> ids = new LinkedHashSet<>(memberIds == null ? List.of() : memberIds);
        ids.remove(null);
        if (ids.isEmpty()) {
            throw new RuleViolation("memberIds", "Choose at least one member");
        }
        if (ids.size() > MEMBERS_MAX) {
            throw new RuleViolation("memberIds", "A group can have up to " + MEMBERS_MAX + " members");
        }
        List<ReviewGroup.Member> members = ids.stream().map(id -> people.find(organisationId, id)
                        .map(p -> new ReviewGroup.Member(p.id(), p.displayName()))
                        .orElseThrow(() -> new NotFoundException("Person")))
                .toList();
        return new Checked(tidyName, tidyPurpose, members);
    }
}
