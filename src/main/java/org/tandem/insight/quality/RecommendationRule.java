package org.tandem.insight.quality;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Turns a service's ratings into a recommendation, the way its round says. Islington grouped services red, amber and
 * green (seed 000, Box K), and "the assessment criteria need to be transparent, consistent and based on mutually
 * agreed outcomes", so the rule is a few plain settings that the results page writes out in words:
 * <ol>
 *     <li>each area's rating combines every visit's rating of it ({@link VisitCombination});</li>
 *     <li>{@code redAreas} red areas or more make the service red (the default, 1, is "any red area");</li>
 *     <li>otherwise the {@link AmberThreshold} of amber (or red) areas makes it amber (default: a majority);</li>
 *     <li>otherwise it is green.</li>
 * </ol>
 * Areas no submitted visit has rated are left out of the counts. Pure: no database, no clock.
 */
public record RecommendationRule(int redAreas, AmberThreshold amber, VisitCombination combination) {

    public static final int MAX_RED_AREAS = 50;
    /** Any red area → red; otherwise a majority of amber areas → amber; otherwise green. One red visit counts. */
    public static final RecommendationRule DEFAULT =
            new RecommendationRule(1, AmberThreshold.MAJORITY, VisitCombination.LOWEST);

    public RecommendationRule {
        Objects.requireNonNull(amber, "amber");
        Objects.requireNonNull(combination, "combination");
        if (redAreas < 1 || redAreas > MAX_RED_AREAS) {
            throw new IllegalArgumentException("redAreas must be between 1 and " + MAX_RED_AREAS);
        }
    }

    /** One quality area and the rating each submitted visit gave it, in any order. */
    public record AreaRatings(UUID areaId, List<Rating> ratings) {
        public AreaRatings {
            ratings = List.copyOf(ratings);
        }
    }

    public Recommendation recommend(List<AreaRatings> areas) {
        List<Recommendation.AreaResult> results = areas.stream()
                .map(a -> new Recommendation.AreaResult(a.areaId(), combination.combine(a.ratings()),
                        a.ratings().size()))
                .toList();
        int red = count(results, Rating.RED);
        int ambers = count(results, Rating.AMBER);
        int green = count(results, Rating.GREEN);
        int rated = red + ambers + green;
        if (rated == 0) {
            return new Recommendation(null, results, 0, 0, 0, "No area has been rated by a submitted visit yet");
        }
        if (red >= redAreas) {
            return new Recommendation(Rating.RED, results, red, ambers, green, red + " of " + rated + " areas "
                    + (red == 1 ? "is" : "are") + " red: " + redPart().toLowerCase(java.util.Locale.UK));
        }
        if (amber.isMet(ambers + red, rated)) {
            return new Recommendation(Rating.AMBER, results, red, ambers, green, (ambers + red) + " of " + rated
                    + " areas " + (ambers + red == 1 ? "is" : "are") + " amber or red: " + amberPart());
        }
        return new Recommendation(Rating.GREEN, results, red, ambers, green, green + " of " + rated + " areas "
                + (green == 1 ? "is" : "are") + " green, which is not enough amber or red to make the service amber");
    }

    /** The rule in a sentence, for the round's pages and report. */
    public String describe() {
        return redPart() + "; otherwise " + amberPart() + "; otherwise it is green. " + combination.explanation();
    }

    private String redPart() {
        return redAreas == 1 ? "Any red area makes the service red"
                : redAreas + " or more red areas make the service red";
    }

    private String amberPart() {
        return switch (amber) {
            case ANY -> "any area amber or red makes it amber";
            case HALF_OR_MORE -> "amber or red in half the areas or more makes it amber";
            case MAJORITY -> "amber or red in more than half the areas makes it amber";
        };
    }

    private static int count(List<Recommendation.AreaResult> results, Rating rating) {
        return (int) results.stream().filter(r -> r.rating() == rating).count();
    }
}
