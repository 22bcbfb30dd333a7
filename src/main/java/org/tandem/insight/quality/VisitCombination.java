package org.tandem.insight.quality;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How the ratings several visits gave one area of one service combine into that area's rating. A round chooses one,
 * and the results page explains it.
 */
public enum VisitCombination {
    LOWEST("The lower rating", "If any visit rated an area red, the area is red; otherwise, if any rated it amber, "
            + "it is amber. One team's concern is never outvoted."),
    MOST_COMMON("The most common rating", "The rating most visits gave the area. When visits are split evenly, "
            + "the lower of the most common ratings counts, so a tie never flatters the service.");

    private final String label;
    private final String explanation;

    VisitCombination(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }

    /** The area's rating from every visit's rating of it; null when no visit rated it. */
    public Rating combine(List<Rating> ratings) {
        if (ratings.isEmpty()) {
            return null;
        }
        if (this == LOWEST) {
            return ratings.stream().reduce(Rating::worse).orElseThrow();
        }
        Map<Rating, Integer> counts = new EnumMap<>(Rating.class);
        ratings.forEach(r -> counts.merge(r, 1, Integer::sum));
        int most = counts.values().stream().max(Integer::compare).orElseThrow();
        // EnumMap iterates worst first: the first rating with the highest count is the lower of a tie.
        return counts.entrySet().stream().filter(e -> e.getValue() == most).findFirst().orElseThrow().getKey();
    }
}
