package org.tandem.insight.quality;

import java.time.LocalDate;

/** A round's editable details, already checked. */
public record RoundDraft(String title, String purpose, LocalDate visitsFrom, LocalDate visitsUntil,
                         RecommendationRule rule) {

    public static final int TITLE_MAX = 200;
    public static final int PURPOSE_MAX = 4000;
}
