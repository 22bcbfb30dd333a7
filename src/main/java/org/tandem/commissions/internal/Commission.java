package org.tandem.commissions.internal;

import java.util.UUID;
import org.tandem.commissions.Phase;
import org.tandem.platform.RuleViolation;

/**
 * The commission as an aggregate: it owns its phase, and {@link #plan} is the only way a phase changes. Moving on is
 * one phase at a time; moving back undoes a decision, so only a commissioner may do it, and must say why.
 */
public record Commission(UUID id, UUID organisationId, String title, Phase phase, int version) {

    /** A phase change that the rules allow. */
    public record PhaseMove(Phase from, Phase to, String reason) {
        public boolean isStepBack() {
            return to.ordinal() < from.ordinal();
        }
    }

    public PhaseMove plan(Phase target, String reason, boolean byCommissioner) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (target == null) {
            throw new RuleViolation("to", "Choose the phase to move to");
        }
        if (phase.hasNext() && target == phase.next()) {
            if (why != null && why.length() > 2000) {
                throw new RuleViolation("reason", "Reason must be 2000 characters or fewer");
            }
            return new PhaseMove(phase, target, why);
        }
        if (phase.hasPrevious() && target == phase.previous()) {
            if (!byCommissioner) {
                throw new RuleViolation("to", "Only a commissioner can move a commission back to "
                        + target.label());
            }
            if (why == null) {
                throw new RuleViolation("reason", "Enter why the commission is moving back to " + target.label());
            }
            if (why.length() > 2000) {
                throw new RuleViolation("reason", "Reason must be 2000 characters or fewer");
            }
            return new PhaseMove(phase, target, why);
        }
        if (target == phase) {
            throw new RuleViolation("to", title + " is already in " + phase.label());
        }
        throw new RuleViolation("to", "A commission moves one phase at a time: from " + phase.label() + " it can go to "
                + (phase.hasNext() ? phase.next().label() : "no later phase")
                + (phase.hasPrevious() ? " or back to " + phase.previous().label() : ""));
    }
}
