package org.tandem.outcomes.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots outcomes written as a deficit to be reduced ("Reduce youth offending") and suggests writing them as the
 * positive change people want (seed 000: outcomes describe what people will be able to do and feel, not the problem
 * services count). Only a hint: some deficit wordings are deliberate.
 */
public final class PositiveFraming {

    private static final Pattern DEFICIT = Pattern.compile(
            "^(?:to\\s+)?(reduce|reducing|reduced|prevent|preventing|stop|stopping|decrease|decreasing|fewer|less|"
                    + "lower|tackle|tackling|cut|eliminate|minimise|avoid)\\b", Pattern.CASE_INSENSITIVE);

    private PositiveFraming() {
    }

    /** A suggestion, when the wording starts with a deficit word; nothing when it reads positively. */
    public static Optional<String> hint(String wording) {
        if (wording == null) {
            return Optional.empty();
        }
        Matcher m = DEFICIT.matcher(wording.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of("\"" + wording.strip() + "\" starts with \"" + m.group(1).toLowerCase(Locale.ROOT)
                + "\": it describes a problem to shrink rather than the change people want. Try saying what people "
                + "will have, do or feel instead, for example \"Young people feel safe and have positive things to "
                + "do\" rather than \"Reduce youth offending\".");
    }
}
