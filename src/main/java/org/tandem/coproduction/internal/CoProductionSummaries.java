package org.tandem.coproduction.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.commissions.CommissionView;
import org.tandem.coproduction.ActivityDetails;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.RuleViolation;

/**
 * What a commission's activities add up to (ladder, four Co's, matrix, Needham and Carr's level, equalities, usual
 * suspects), and the commissioner's confirmation of its place in the matrix.
 */
@Service
public class CoProductionSummaries {

    static final int REASON_MAX = 2000;

    private final ActivityService activities;
    private final MatrixConfirmationRepository confirmations;
    private final AuditLog audit;
    private final Clock clock;

    CoProductionSummaries(ActivityService activities, MatrixConfirmationRepository confirmations, AuditLog audit,
                          Clock clock) {
        this.activities = activities;
        this.confirmations = confirmations;
        this.audit = audit;
        this.clock = clock;
    }

    public CoProductionSummary summary(CurrentUser.Membership organisation, UUID commissionId) {
        CommissionView commission = activities.commission(organisation, commissionId);
        List<Activity> all = activities.all(organisation, commissionId);
        return summarise(all, confirmations.find(commission.lead().id(), commissionId).orElse(null));
    }

    static CoProductionSummary summarise(List<Activity> all, MatrixConfirmation confirmation) {
        List<ActivityDetails> details = all.stream().map(Activity::details).toList();
        return new CoProductionSummary(all.size(), details.stream().mapToInt(ActivityDetails::participantTotal).sum(),
                LadderOverTime.of(details), CoverageOfCos.of(details), MatrixDerivation.of(details), confirmation,
                NeedhamCarrLevel.of(details), EqualitiesProfile.of(details), UsualSuspects.of(all));
    }

    /**
     * The commissioner confirms the derived cell, or sets another and says why. The derived cell is kept beside it,
     * so anyone can see whether the confirmation agreed with the records, and whether the records have moved since.
     */
    @Transactional
    public CoProductionSummary confirmMatrix(CurrentUser user, CurrentUser.Membership organisation, UUID commissionId,
                                             InvolvementModel model, String reason) {
        CommissionView commission = activities.requireLead(organisation, commissionId);
        CoProductionSummary before = summary(organisation, commissionId);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (model == null) {
            throw new RuleViolation("model", "Select the commission's place in the matrix");
        }
        InvolvementModel derived = before.matrix().model();
        if (model != derived && why == null) {
            throw new RuleViolation("reason", "Enter why the commission belongs in " + model.label()
                    + " rather than " + derived.label() + ", which its activities show");
        }
        if (why != null && why.length() > REASON_MAX) {
            throw new RuleViolation("reason", "Reason must be " + String.format("%,d", REASON_MAX)
                    + " characters or fewer");
        }
        MatrixConfirmation confirmation = new MatrixConfirmation(model, derived, why, user.displayName(),
                clock.instant());
        confirmations.save(organisation.organisationId(), commissionId, confirmation, user.personId());
        audit.recordAs(new Actor(user.personId(), user.displayName()), AuditEntry.of(organisation.organisationId(),
                        "coproduction.matrix-confirmed", "commission", commissionId,
                        commission.title() + (confirmation.overridden() ? " placed in " : " confirmed in ")
                                + model.label() + (why == null ? "" : ": " + why))
                .before(before.confirmation() == null ? null : Map.of("model", before.confirmation().model().name()))
                .after(why == null ? Map.of("model", model.name(), "derived", derived.name())
                        : Map.of("model", model.name(), "derived", derived.name(), "reason", why)));
        return summary(organisation, commissionId);
    }
}
