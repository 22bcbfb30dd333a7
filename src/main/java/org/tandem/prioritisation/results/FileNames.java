package org.tandem.prioritisation.results;

import java.util.Locale;
import org.tandem.prioritisation.PbProcessView;

/** Names of the files a process's results are downloaded as, made only of letters, digits and hyphens. */
public final class FileNames {

    private FileNames() {
    }

    /** "youth-fund-2026-ballots.pb": the process's title, made safe for a file name, then what the file is. */
    public static String of(PbProcessView process, String what) {
        String slug = process.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60);
        }
        return (slug.isEmpty() ? "" : slug + "-") + what;
    }
}
