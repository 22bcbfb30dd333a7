package org.tandem.prioritisation.results;

import java.util.Locale;
import org.tandem.prioritisation.PbProcessView;

/** Names of the files a process's results are downloaded as, made only of letters, digits and hyphens. */
public final class FileNames {

    private FileNames() {
    }

    /** "youth-fund-2026-ballots.pb": the process's title, made safe for a file name, then what the file is. */
    public static String of(PbProcessView process, String what) {
        String slug = slug(process.title());
        return (slug.isEmpty() ? "" : slug + "-") + what;
    }

    /** "all-areas": lower-case letters and digits, runs of anything else as one hyphen, at most 60 characters. */
    public static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
    }
}
