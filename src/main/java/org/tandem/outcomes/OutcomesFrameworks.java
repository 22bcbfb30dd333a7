package org.tandem.outcomes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.platform.AuditLog;

/**
 * What other modules may ask of outcomes frameworks: a commission's framework and its agreed version, the outcomes
 * of a version, an outcome by id, whether a version is locked, holding a draft while something changes because of it,
 * and adding an outcome to a draft (when a contribution is merged into the framework).
 *
 * <p>{@code organisationId} is the organisation asking. A commission's framework is found when the organisation leads
 * the commission or is a partner in it; outcomes and versions by id only within the organisation that owns them.
 */
public interface OutcomesFrameworks {

    Optional<FrameworkView> forCommission(UUID organisationId, UUID commissionId);

    /** The newest agreed version of the commission's framework: the one tenders and contracts refer to. */
    Optional<FrameworkVersionView> agreedVersion(UUID organisationId, UUID commissionId);

    Optional<FrameworkVersionView> version(UUID organisationId, UUID versionId);

    /** The outcomes of a version, in order, each with its indicators in order; empty when it is not found. */
    List<OutcomeView> outcomes(UUID organisationId, UUID versionId);

    Optional<OutcomeView> outcome(UUID organisationId, UUID outcomeId);

    /** Whether the version is agreed and so can no longer change. Unknown versions are reported as locked. */
    boolean isLocked(UUID organisationId, UUID versionId);

    /**
     * Adds an outcome at the end of a draft version, as done by {@code by}, audited.
     *
     * @throws org.tandem.platform.NotFoundException  when the version is not the organisation's
     * @throws org.tandem.platform.ConflictException  when the version is in review or agreed
     * @throws org.tandem.platform.RuleViolation      when the outcome breaks a rule (no words, too long)
     */
    OutcomeView addOutcome(AuditLog.Actor by, UUID organisationId, UUID versionId, OutcomeDraft outcome);

    /**
     * The version, held until the transaction ends, when it is a draft: so a change made elsewhere because of it (a
     * contribution taken, say) never interleaves with the version being sent for review or agreed.
     *
     * @throws org.tandem.platform.NotFoundException  when the version is not the organisation's
     * @throws org.tandem.platform.ConflictException  when the version is in review or agreed, saying why
     */
    FrameworkVersionView holdDraft(UUID organisationId, UUID versionId);
}
