package org.tandem.platform.audit;

/**
 * The result of walking the audit chain from the first event to the last.
 *
 * @param brokenAt the sequence number of the first event whose link is broken, or null when the chain is intact
 * @param problem  what is wrong there, in plain words
 */
public record AuditVerification(long eventsChecked, Long brokenAt, String problem, String lastHash) {

    public boolean intact() {
        return brokenAt == null;
    }

    public String describe() {
        return intact()
                ? "The audit log is intact: " + eventsChecked + " events checked, last hash " + lastHash + "."
                : "The audit log is broken at event #" + brokenAt + ": " + problem;
    }
}
