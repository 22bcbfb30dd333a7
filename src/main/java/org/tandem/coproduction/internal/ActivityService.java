package org.tandem.coproduction.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.commissions.CommissionView;
import org.tandem.commissions.Commissions;
import org.tandem.coproduction.ActivityDetails;
import org.tandem.coproduction.CoProductionActivityRecorded;
import org.tandem.coproduction.CoProductionRecord;
import org.tandem.coproduction.NamedPerson;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.PageRequest;
import org.tandem.platform.People;
import org.tandem.platform.PersonSummary;
import org.tandem.platform.ResultPage;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.Timestamps;

/**
 * Recording, changing and removing co-production activities. Activities belong to the organisation that leads the
 * commission: its people record and change them, and partner organisations see them. Every change is audited; every
 * new activity is announced.
 */
@Service
public class ActivityService implements CoProductionRecord {

    private final ActivityRepository activities;
    private final Commissions commissions;
    private final People people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityService(ActivityRepository activities, Commissions commissions, People people, AuditLog audit,
                    ApplicationEventPublisher events, Clock clock) {
        this.activities = activities;
        this.commissions = commissions;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The commission, when the organisation leads it or is a partner in it; otherwise it is not found. */
    public CommissionView commission(CurrentUser.Membership organisation, UUID commissionId) {
        return commissions.find(commissionId, organisation.organisationId())
                .orElseThrow(() -> new NotFoundException("Commission"));
    }

    public ResultPage<Activity> list(CurrentUser.Membership organisation, UUID commissionId,
                                     ActivityRepository.Filter filter, ActivityRepository.Sort sort,
                                     PageRequest page) {
        CommissionView commission = commission(organisation, commissionId);
        return activities.page(commission.lead().id(), commissionId, filter, sort, page);
    }

    /** Every activity of the commission, oldest first. */
    public List<Activity> all(CurrentUser.Membership organisation, UUID commissionId) {
        CommissionView commission = commission(organisation, commissionId);
        return activities.all(commission.lead().id(), commissionId);
    }

    public Activity view(CurrentUser.Membership organisation, UUID commissionId, UUID activityId) {
        CommissionView commission = commission(organisation, commissionId);
        return activities.find(commission.lead().id(), commissionId, activityId)
                .orElseThrow(() -> new NotFoundException("Activity"));
    }

    /** How many activities the commission has, for the commission's page. */
    public long count(CommissionView commission) {
        return activities.count(commission.lead().id(), commission.id());
    }

    /** The people who can be named as taking part: everyone in the organisation. */
    public List<PersonSummary> peopleToName(CurrentUser.Membership organisation) {
        return people.of(organisation.organisationId());
    }

    @Transactional
    public Activity create(CurrentUser user, CurrentUser.Membership organisation, UUID commissionId,
                           ActivityDetails details) {
        requireLead(organisation, commissionId);
        UUID id = record(new Actor(user.personId(), user.displayName()), organisation.organisationId(), commissionId,
                details);
        return view(organisation, commissionId, id);
    }

    @Override
    @Transactional
    public UUID record(Actor recordedBy, UUID organisationId, UUID commissionId, ActivityDetails details) {
        CommissionView commission = commissions.find(commissionId, organisationId)
                .filter(c -> c.ledBy(organisationId)).orElseThrow(() -> new NotFoundException("Commission"));
        Checked checked = check(organisationId, details);
        UUID id = UUID.randomUUID();
        activities.insert(id, organisationId, commissionId, checked.details(), checked.named(), recordedBy.actorId(),
                recordedBy.name(), clock.instant());
        audit.recordAs(recordedBy, AuditEntry.of(organisationId, "coproduction.activity-recorded",
                        "coproduction-activity", id, "Co-production activity " + checked.details().title()
                                + " recorded on " + commission.title())
                .after(checked.details()));
        ActivityDetails d = checked.details();
        events.publishEvent(new CoProductionActivityRecorded(id, commissionId, organisationId, d.heldOn(), d.phase(),
                d.rung(), d.modes(), d.participantTotal(), recordedBy.actorId()));
        return id;
    }

    @Transactional
    public Activity update(CurrentUser.Membership organisation, UUID commissionId, UUID activityId, int version,
                           ActivityDetails details) {
        CommissionView commission = requireLead(organisation, commissionId);
        Activity before = view(organisation, commissionId, activityId);
        Checked checked = check(organisation.organisationId(), details);
        if (!activities.update(organisation.organisationId(), activityId, version, checked.details(), checked.named(),
                clock.instant())) {
            throw new ConflictException("Someone else changed this activity while you were editing. "
                    + "Reload the page to see their changes, then make yours again.");
        }
        Activity after = view(organisation, commissionId, activityId);
        audit.record(AuditEntry.of(organisation.organisationId(), "coproduction.activity-changed",
                        "coproduction-activity", activityId, "Co-production activity " + after.details().title()
                                + " changed on " + commission.title())
                .before(before.details()).after(after.details()));
        return after;
    }

    @Transactional
    public void delete(CurrentUser.Membership organisation, UUID commissionId, UUID activityId) {
        CommissionView commission = requireLead(organisation, commissionId);
        Activity activity = view(organisation, commissionId, activityId);
        activities.delete(organisation.organisationId(), activityId);
        audit.record(AuditEntry.of(organisation.organisationId(), "coproduction.activity-deleted",
                        "coproduction-activity", activityId, "Co-production activity " + activity.details().title()
                                + " deleted from " + commission.title())
                .before(activity.details()));
    }

    /** Partners see the record; only the lead organisation's people change it. */
    public CommissionView requireLead(CurrentUser.Membership organisation, UUID commissionId) {
        CommissionView commission = commission(organisation, commissionId);
        if (!commission.ledBy(organisation.organisationId())) {
            throw new AccessDeniedException(commission.lead().name() + " leads this commission; "
                    + organisation.organisationName() + " is a partner and can see its co-production record but "
                    + "not change it");
        }
        return commission;
    }

    private record Checked(ActivityDetails details, List<ActivityRepository.Named> named) {
    }

    /** Tidied, named people recognised, and every rule kept; the first broken rule is refused. */
    private Checked check(UUID organisationId, ActivityDetails details) {
        ActivityDetails tidy = ActivityRules.tidy(details);
        List<ActivityRepository.Named> named = recognise(organisationId, tidy.namedPeople());
        ActivityDetails resolved = new ActivityDetails(tidy.heldOn(), tidy.phase(), tidy.method(), tidy.methodDetail(),
                tidy.title(), tidy.purpose(), tidy.participants(),
                named.stream().map(n -> new NamedPerson(n.personId(), n.name())).toList(), tidy.rung(), tidy.modes(),
                tidy.level(), tidy.whatChanged(), tidy.equalities());
        List<ActivityProblem> problems = ActivityRules.problems(resolved,
                LocalDate.now(clock.withZone(Timestamps.LONDON)));
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems.getFirst().field(), problems.getFirst().message());
        }
        return new Checked(resolved, named);
    }

    /**
     * Each named person once, by key. A chosen person must be one of the organisation's people (an id from elsewhere
     * is not found). A typed name that is exactly one of the organisation's people, once normalised, is that person,
     * so "jordan reid" typed in one activity and Jordan Reid chosen in another are recognised as one.
     */
    private List<ActivityRepository.Named> recognise(UUID organisationId, List<NamedPerson> named) {
        if (named.isEmpty()) {
            return List.of();
        }
        Map<String, List<PersonSummary>> membersByName = new LinkedHashMap<>();
        people.of(organisationId).forEach(p -> {
            String key = PersonKey.normalised(p.displayName());
            if (key != null) {
                membersByName.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        });
        Map<String, ActivityRepository.Named> byKey = new LinkedHashMap<>();
        for (NamedPerson person : named) {
            ActivityRepository.Named stored;
            if (person.personId() != null) {
                PersonSummary member = people.find(organisationId, person.personId())
                        .orElseThrow(() -> new NotFoundException("Person"));
                stored = new ActivityRepository.Named(PersonKey.of(member.id()), member.id(), member.displayName());
            } else {
                List<PersonSummary> matches = membersByName.getOrDefault(PersonKey.normalised(person.name()),
                        List.of());
                stored = matches.size() == 1
                        ? new ActivityRepository.Named(PersonKey.of(matches.getFirst().id()), matches.getFirst().id(),
                        matches.getFirst().displayName())
                        : new ActivityRepository.Named(PersonKey.of(person.name()), null, person.name());
            }
            // A name with no letters has no key; the rules refuse it by its name, so keep it apart until then.
            byKey.putIfAbsent(stored.key() == null ? "unrecognised:" + byKey.size() : stored.key(), stored);
        }
        return List.copyOf(byKey.values());
    }
}
