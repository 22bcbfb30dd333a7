package org.tandem.insight.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.insight.quality.RecommendationRule.AreaRatings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.insight.quality.Rating.AMBER;
import static org.tandem.insight.quality.Rating.GREEN;
import static org.tandem.insight.quality.Rating.RED;

/** The default rule and every setting a round can choose, case by case. */
class RecommendationRuleTest {

    private static final RecommendationRule DEFAULT = RecommendationRule.DEFAULT;

    @Test
    void theDefaultIsAnyRedThenAMajorityOfAmberWithTheLowerOfSeveralVisits() {
        assertThat(DEFAULT).isEqualTo(new RecommendationRule(1, AmberThreshold.MAJORITY, VisitCombination.LOWEST));
        assertThat(DEFAULT.describe()).startsWith("Any red area makes the service red; otherwise amber or red in "
                + "more than half the areas makes it amber; otherwise it is green.");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // one visit, nine areas
            "GGGGGGGGG, GREEN",
            "RGGGGGGGG, RED",
            "AAAAGGGGG, GREEN",   // four of nine amber: not a majority
            "AAAAAGGGG, AMBER",   // five of nine
            "AAAAAAAAA, AMBER",
            "RAAAAAAAA, RED",
            "AG, GREEN",          // one of two is half, not more than half
            "AAG, AMBER",
            "G, GREEN",
            "A, AMBER",
            "R, RED"})
    void theDefaultRuleOnOneVisit(String areas, Rating expected) {
        assertThat(DEFAULT.recommend(oneVisit(areas)).rating()).isEqualTo(expected);
    }

    @Test
    void theReasonGivesTheCountsBehindTheRecommendation() {
        assertThat(DEFAULT.recommend(oneVisit("RRGGGGGGG")).reason())
                .isEqualTo("2 of 9 areas are red: any red area makes the service red");
        assertThat(DEFAULT.recommend(oneVisit("AAAAAGGGG")).reason())
                .isEqualTo("5 of 9 areas are amber or red: amber or red in more than half the areas makes it amber");
        assertThat(DEFAULT.recommend(oneVisit("AAGGGGGGG")).reason())
                .isEqualTo("7 of 9 areas are green, which is not enough amber or red to make the service amber");
        Recommendation counted = DEFAULT.recommend(oneVisit("RAAGG"));
        assertThat(counted.red()).isEqualTo(1);
        assertThat(counted.amber()).isEqualTo(2);
        assertThat(counted.green()).isEqualTo(2);
    }

    @Test
    void nothingIsRecommendedUntilAnAreaHasBeenRated() {
        Recommendation none = DEFAULT.recommend(List.of(new AreaRatings(UUID.randomUUID(), List.of()),
                new AreaRatings(UUID.randomUUID(), List.of())));
        assertThat(none.isMade()).isFalse();
        assertThat(none.rating()).isNull();
        assertThat(none.areas()).extracting(Recommendation.AreaResult::rating).containsOnlyNulls();
        assertThat(DEFAULT.recommend(List.of()).isMade()).isFalse();
    }

    @Test
    void areasNoVisitRatedAreLeftOutOfTheCounts() {
        List<AreaRatings> areas = new ArrayList<>(oneVisit("AAG"));
        areas.add(new AreaRatings(UUID.randomUUID(), List.of()));
        areas.add(new AreaRatings(UUID.randomUUID(), List.of()));
        // two of three rated areas amber is a majority; the two unrated areas do not dilute it
        assertThat(DEFAULT.recommend(areas).rating()).isEqualTo(AMBER);
    }

    @ParameterizedTest(name = "{0} red areas needed: {1} → {2}")
    @CsvSource({
            "2, RGGGG, GREEN",    // one red is not enough, and one of five amber-or-red is no majority
            "2, RAAGG, AMBER",    // the red counts as amber: three of five
            "2, RRGGG, RED",
            "3, RRAGG, AMBER",
            "3, RRRGG, RED"})
    void aRoundCanAskForMoreThanOneRedArea(int redAreas, String areas, Rating expected) {
        RecommendationRule rule = new RecommendationRule(redAreas, AmberThreshold.MAJORITY, VisitCombination.LOWEST);
        assertThat(rule.recommend(oneVisit(areas)).rating()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({
            "ANY, GGGGGGGGA, AMBER",
            "ANY, GGGGGGGGG, GREEN",
            "HALF_OR_MORE, AG, AMBER",
            "HALF_OR_MORE, AGG, GREEN",
            "HALF_OR_MORE, AAGG, AMBER",
            "MAJORITY, AAGG, GREEN",
            "MAJORITY, AAAGG, AMBER"})
    void theAmberThresholdIsTheRoundsChoice(AmberThreshold threshold, String areas, Rating expected) {
        RecommendationRule rule = new RecommendationRule(1, threshold, VisitCombination.LOWEST);
        assertThat(rule.recommend(oneVisit(areas)).rating()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} of {1} → {2}")
    @CsvSource({
            "LOWEST, GGG, GREEN",
            "LOWEST, GGR, RED",
            "LOWEST, GAG, AMBER",
            "LOWEST, AR, RED",
            "MOST_COMMON, GGR, GREEN",
            "MOST_COMMON, GRR, RED",
            "MOST_COMMON, GA, AMBER",     // a tie goes to the lower rating
            "MOST_COMMON, GAR, RED",      // three-way tie
            "MOST_COMMON, GGAARR, RED",
            "MOST_COMMON, GGGAAR, GREEN",
            "MOST_COMMON, AAGGR, AMBER"})
    void severalVisitsToOneAreaCombineAsTheRoundSays(VisitCombination combination, String visits, Rating expected) {
        assertThat(combination.combine(ratings(visits))).isEqualTo(expected);
    }

    @Test
    void combiningNoRatingsGivesNoRating() {
        assertThat(VisitCombination.LOWEST.combine(List.of())).isNull();
        assertThat(VisitCombination.MOST_COMMON.combine(List.of())).isNull();
    }

    @Test
    void twoVisitsToTheYouthCentresUnderEachCombination() {
        // Castle's visit found it green almost everywhere; Abbey's found two areas red.
        UUID welcome = UUID.randomUUID();
        UUID safe = UUID.randomUUID();
        UUID talk = UUID.randomUUID();
        List<AreaRatings> areas = List.of(new AreaRatings(welcome, List.of(GREEN, RED)),
                new AreaRatings(safe, List.of(GREEN, RED)), new AreaRatings(talk, List.of(GREEN, GREEN)));
        Recommendation lowest = DEFAULT.recommend(areas);
        assertThat(lowest.rating()).isEqualTo(RED);
        assertThat(lowest.ratingOf(welcome)).isEqualTo(RED);
        assertThat(lowest.areas()).extracting(Recommendation.AreaResult::visits).containsOnly(2);

        RecommendationRule mostCommon = new RecommendationRule(1, AmberThreshold.MAJORITY,
                VisitCombination.MOST_COMMON);
        // an even split goes to the lower rating, so two areas are red under this rule too
        assertThat(mostCommon.recommend(areas).rating()).isEqualTo(RED);
    }

    @Test
    void aRuleOutsideItsLimitsCannotBeMade() {
        assertThatThrownBy(() -> new RecommendationRule(0, AmberThreshold.ANY, VisitCombination.LOWEST))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecommendationRule(51, AmberThreshold.ANY, VisitCombination.LOWEST))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecommendationRule(1, null, VisitCombination.LOWEST))
                .isInstanceOf(NullPointerException.class);
    }

    /** One visit's rating per area, written as letters: "RAG" is three areas, red, amber, green. */
    static List<AreaRatings> oneVisit(String areas) {
        return areas.chars().mapToObj(c -> new AreaRatings(UUID.randomUUID(), List.of(rating((char) c)))).toList();
    }

    static List<Rating> ratings(String letters) {
        return letters.chars().mapToObj(c -> rating((char) c)).toList();
    }

    private static Rating rating(char letter) {
        return Arrays.stream(Rating.values()).filter(r -> r.name().charAt(0) == letter).findFirst().orElseThrow();
    }
}
