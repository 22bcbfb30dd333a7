package org.tandem.platform.files;

import java.util.Set;

/** What an upload may be: the most bytes it may hold and the kinds of file allowed. */
public record FilePolicy(long maxBytes, Set<FileKind> allowed) {

    public FilePolicy {
        allowed = Set.copyOf(allowed);
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
    }

    /** "10 MB", as people read sizes. */
    public String maxSize() {
        return SafeFileName.size(maxBytes);
    }
}
