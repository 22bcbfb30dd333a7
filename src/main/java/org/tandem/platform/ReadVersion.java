package org.tandem.platform;

/**
 * The version an API client read before changing something. Changes are optimistic: a client that sends no
 * version could overwrite what someone else saved since, so a missing one is refused by name.
 */
public final class ReadVersion {

    private ReadVersion() {
    }

    /** The version sent, or a 400 naming the {@code version} property when none was. */
    public static int required(Integer version) {
        if (version == null) {
            throw new RuleViolation("version", "Send the version you read, so that changes made since then are not "
                    + "overwritten");
        }
        return version;
    }
}
