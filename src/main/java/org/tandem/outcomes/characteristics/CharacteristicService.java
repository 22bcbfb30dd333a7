package org.tandem.outcomes.characteristics;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.commissions.CommissionView;
import org.tandem.outcomes.shared.PlanningAccess;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.RuleViolation;

/**
 * Writing a commission's quality characteristics: adding them one by one or from a template, rewording,
 * reordering and removing them. The lead organisation changes them and every change is audited; partners read.
 */
@Service
public class CharacteristicService implements QualityCharacteristics {

    /** More than a tender's quality questions could ever ask about; a guard against runaway imports and scripts. */
    public static final int MOST = 40;

    private final CharacteristicRepository characteristics;
    private final PlanningAccess access;
    private final AuditLog audit;
    private final Clock clock;

    CharacteristicService(CharacteristicRepository characteristics, PlanningAccess access, AuditLog audit,
                          Clock clock) {
        this.characteristics = characteristics;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<QualityCharacteristic> of(UUID organisationId, UUID commissionId) {
        CommissionView commission = access.readable(organisationId, commissionId);
        return characteristics.of(commission.lead().id(), commissionId);
    }

    public List<QualityCharacteristic> list(CurrentUser.Membership organisation, UUID commissionId) {
        return of(organisation.organisationId(), commissionId);
    }

    public QualityCharacteristic view(CurrentUser.Membership organisation, UUID commissionId, UUID id) {
        return find(access.readable(organisation, commissionId), id);
    }

    @Transactional
    public QualityCharacteristic add(CurrentUser.Membership organisation, UUID commissionId,
                                     CharacteristicDraft draft) {
        return add(access.changeable(organisation, commissionId), draft, null);
    }

    /** For work done outside a web request, such as the demo story. */
    @Transactional
    public QualityCharacteristic addAs(AuditLog.Actor actor, UUID leadOrganisationId, UUID commissionId,
                                       CharacteristicDraft draft) {
        CommissionView commission = access.readable(leadOrganisationId, commissionId);
        return add(commission, draft, actor);
    }

    @Transactional
    public QualityCharacteristic change(CurrentUser.Membership organisation, UUID commissionId, UUID id, int version,
                                        CharacteristicDraft draft) {
        CommissionView commission = access.changeable(organisation, commissionId);
        QualityCharacteristic before = find(commission, id);
        refuseTakenName(commission, draft.name(), id);
        if (!characteristics.change(commission.lead().id(), id, version, draft, clock.instant())) {
            throw new ConflictException("Someone else changed this quality characteristic while you were editing. "
                    + "Reload the page to see their changes, then make yours again.");
        }
        QualityCharacteristic after = find(commission, id);
        audit.record(AuditEntry.of(commission.lead().id(), "outcomes.characteristic-changed",
                        "quality-characteristic", id, "Quality characteristic " + after.name() + " changed on "
                                + commission.title())
                .before(before).after(after));
        return after;
    }

    /** Moves a characteristic one place up or down; the first cannot go up, nor the last down. */
    @Transactional
    public void move(CurrentUser.Membership organisation, UUID commissionId, UUID id, boolean up) {
        CommissionView commission = access.changeable(organisation, commissionId);
        List<QualityCharacteristic> all = characteristics.of(commission.lead().id(), commissionId);
        int index = all.indexOf(find(commission, id));
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= all.size()) {
            throw new RuleViolation("direction", all.get(index).name() + " is already "
                    + (up ? "first" : "last"));
        }
        characteristics.swap(commission.lead().id(), all.get(index), all.get(other));
        audit.record(AuditEntry.of(commission.lead().id(), "outcomes.characteristic-moved",
                "quality-characteristic", id, "Quality characteristic " + all.get(index).name() + " moved "
                        + (up ? "up" : "down") + " on " + commission.title()));
    }

    @Transactional
    public QualityCharacteristic remove(CurrentUser.Membership organisation, UUID commissionId, UUID id) {
        CommissionView commission = access.changeable(organisation, commissionId);
        QualityCharacteristic removed = find(commission, id);
        characteristics.remove(commission.lead().id(), id);
        audit.record(AuditEntry.of(commission.lead().id(), "outcomes.characteristic-removed",
                        "quality-characteristic", id, "Quality characteristic " + removed.name() + " removed from "
                                + commission.title())
                .before(removed));
        return removed;
    }

    /**
     * Adds the template's characteristics after the commission's own, leaving out any whose name the commission
     * already uses, so a template applied twice adds nothing the second time.
     *
     * @return the characteristics added
     */
    @Transactional
    public List<QualityCharacteristic> applyTemplate(CurrentUser.Membership organisation, UUID commissionId,
                                                     CharacteristicTemplate template) {
        CommissionView commission = access.changeable(organisation, commissionId);
        List<CharacteristicDraft> fresh = template.characteristics().stream()
                .filter(d -> !characteristics.nameTaken(commissionId, d.name(), null)).toList();
        refuseTooMany(commission, fresh.size());
        UUID lead = commission.lead().id();
        List<QualityCharacteristic> added = fresh.stream()
                .map(d -> find(commission, characteristics.add(lead, commissionId, d, clock.instant()))).toList();
        audit.record(AuditEntry.of(lead, "outcomes.characteristics-template-applied", "commission", commissionId,
                        template.label() + " applied to " + commission.title() + ": " + added.size() + " added")
                .after(added));
        return added;
    }

    private QualityCharacteristic add(CommissionView commission, CharacteristicDraft draft, AuditLog.Actor actor) {
        refuseTakenName(commission, draft.name(), null);
        refuseTooMany(commission, 1);
        UUID lead = commission.lead().id();
        QualityCharacteristic added = find(commission, characteristics.add(lead, commission.id(), draft,
                clock.instant()));
        AuditEntry entry = AuditEntry.of(lead, "outcomes.characteristic-added", "quality-characteristic",
                added.id(), "Quality characteristic " + added.name() + " added to " + commission.title()).after(added);
        if (actor == null) {
            audit.record(entry);
        } else {
            audit.recordAs(actor, entry);
        }
        return added;
    }

    private QualityCharacteristic find(CommissionView commission, UUID id) {
        return characteristics.find(commission.lead().id(), commission.id(), id)
                .orElseThrow(() -> new NotFoundException("Quality characteristic"));
    }

    private void refuseTakenName(CommissionView commission, String name, UUID except) {
        if (characteristics.nameTaken(commission.id(), name, except)) {
            throw new RuleViolation("name", "The commission already has a quality characteristic called " + name);
        }
    }

    private void refuseTooMany(CommissionView commission, int adding) {
        if (characteristics.count(commission.lead().id(), commission.id()) + adding > MOST) {
            throw new RuleViolation(null, "A commission can have up to " + MOST + " quality characteristics; "
                    + "remove some before adding more");
        }
    }
}
