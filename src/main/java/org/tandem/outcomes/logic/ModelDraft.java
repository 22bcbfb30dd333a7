package org.tandem.outcomes.logic;

import java.util.UUID;

/** A logic model's own details once checked: its title, a summary, and what it explains. */
public record ModelDraft(String title, String summary, LogicSubject subject, UUID outcomeId, UUID serviceId,
                         String plannedService) {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 2000;
}
