package org.tandem.platform.imports;

import java.util.ArrayList;
import java.util.List;

/** The problems found so far, up to a limit; past the limit reading stops, as the file will be refused anyway. */
final class Problems {

    private final int limit;
    private final List<ImportProblem> found = new ArrayList<>();
    private boolean overflowed;

    Problems(int limit) {
        this.limit = limit;
    }

    void add(ImportProblem problem) {
        if (found.size() < limit) {
            found.add(problem);
        } else {
            overflowed = true;
        }
    }

    boolean full() {
        return overflowed || found.size() >= limit;
    }

    boolean any() {
        return !found.isEmpty();
    }

    ImportRejected rejection() {
        return new ImportRejected(found, overflowed || found.size() >= limit);
    }
}
