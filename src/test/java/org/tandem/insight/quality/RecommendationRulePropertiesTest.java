package org.tandem.insight.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.tandem.insight.quality.RecommendationRule.AreaRatings;

import static org.assertj.core.api.Assertions.assertThat;

/** What must hold for every round's rule and every set of ratings, not only the examples. */
class RecommendationRulePropertiesTest {

    @Property
    void theDefaultRuleIsExactlyAsWrittenInTheRound(@ForAll("visits") List<List<Rating>> areas) {
        List<Rating> combined = areas.stream().map(VisitCombination.LOWEST::combine).toList();
        long red = combined.stream().filter(r -> r == Rating.RED).count();
        long amber = combined.stream().filter(r -> r == Rating.AMBER).count();
        Rating expected = red > 0 ? Rating.RED : amber * 2 > combined.size() ? Rating.AMBER : Rating.GREEN;
        assertThat(RecommendationRule.DEFAULT.recommend(asAreas(areas)).rating()).isEqualTo(expected);
    }

    @Property
    void withTheLowerRatingAWorseRatingOnAnyVisitNeverImprovesTheRecommendation(
            @ForAll @IntRange(min = 1, max = 5) int redAreas, @ForAll AmberThreshold threshold,
            @ForAll("visits") List<List<Rating>> areas, @ForAll @IntRange(max = 100) int which) {
        RecommendationRule rule = new RecommendationRule(redAreas, threshold, VisitCombination.LOWEST);
        assertNeverBetter(rule, areas, worsened(areas, which));
    }

    /**
     * Whatever the rule, a worse rating for an area never improves the service. (With the most common rating a single
     * visit's rating can move an area either way, because the area follows the majority of visits; the page says so.)
     */
    @Property
    void whateverTheRuleAWorseAreaNeverImprovesTheRecommendation(@ForAll("rules") RecommendationRule rule,
                                                                 @ForAll("oneVisitEach") List<List<Rating>> areas,
                                                                 @ForAll @IntRange(max = 100) int which) {
        assertNeverBetter(rule, areas, worsened(areas, which));
    }

    @Property
    void theOrderOfVisitsAndAreasMakesNoDifference(@ForAll("rules") RecommendationRule rule,
                                                   @ForAll("visits") List<List<Rating>> areas) {
        List<List<Rating>> shuffled = new ArrayList<>(areas.stream().map(a -> {
            List<Rating> copy = new ArrayList<>(a);
            Collections.shuffle(copy);
            return (List<Rating>) copy;
        }).toList());
        Collections.shuffle(shuffled);
        assertThat(rule.recommend(asAreas(shuffled)).rating()).isEqualTo(rule.recommend(asAreas(areas)).rating());
    }

    @Property
    void theLowerRatingIsNeverBetterThanTheMostCommon(@ForAll @Size(min = 1, max = 8) List<Rating> visits) {
        Rating lowest = VisitCombination.LOWEST.combine(visits);
        Rating mostCommon = VisitCombination.MOST_COMMON.combine(visits);
        assertThat(lowest == mostCommon || lowest.isWorseThan(mostCommon)).isTrue();
        assertThat(visits).contains(lowest, mostCommon);
    }

    @Property
    void oneVisitMeansBothCombinationsAgree(@ForAll Rating rating) {
        assertThat(VisitCombination.LOWEST.combine(List.of(rating))).isEqualTo(rating);
        assertThat(VisitCombination.MOST_COMMON.combine(List.of(rating))).isEqualTo(rating);
    }

    @Property
    void allGreenIsGreenAndEnoughRedIsRedWhateverTheRule(@ForAll("rules") RecommendationRule rule,
                                                         @ForAll @IntRange(min = 1, max = 12) int areas) {
        List<List<Rating>> green = Collections.nCopies(areas, List.of(Rating.GREEN));
        assertThat(rule.recommend(asAreas(green)).rating()).isEqualTo(Rating.GREEN);
        List<List<Rating>> red = Collections.nCopies(Math.max(areas, rule.redAreas()), List.of(Rating.RED));
        assertThat(rule.recommend(asAreas(red)).rating()).isEqualTo(Rating.RED);
    }

    @Property
    void theCountsAddUpToTheRatedAreas(@ForAll("rules") RecommendationRule rule,
                                       @ForAll("visits") List<List<Rating>> areas) {
        Recommendation r = rule.recommend(asAreas(areas));
        assertThat(r.red() + r.amber() + r.green()).isEqualTo(areas.size());
        assertThat(r.areas()).hasSize(areas.size());
    }

    @Provide
    Arbitrary<List<List<Rating>>> visits() {
        return Arbitraries.of(Rating.class).list().ofMinSize(1).ofMaxSize(4).list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<List<Rating>>> oneVisitEach() {
        return Arbitraries.of(Rating.class).list().ofSize(1).list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<RecommendationRule> rules() {
        return Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.of(AmberThreshold.class),
                Arbitraries.of(VisitCombination.class)).as(RecommendationRule::new);
    }

    /** A copy of the ratings with one visit's rating of one area made a step worse (red stays red). */
    private static List<List<Rating>> worsened(List<List<Rating>> areas, int which) {
        List<List<Rating>> copy = new ArrayList<>(areas.stream().map(a -> (List<Rating>) new ArrayList<>(a)).toList());
        List<Rating> area = copy.get(which % copy.size());
        int visit = which % area.size();
        area.set(visit, area.get(visit) == Rating.GREEN ? Rating.AMBER : Rating.RED);
        return copy;
    }

    private static void assertNeverBetter(RecommendationRule rule, List<List<Rating>> before,
                                          List<List<Rating>> after) {
        Rating was = rule.recommend(asAreas(before)).rating();
        Rating now = rule.recommend(asAreas(after)).rating();
        assertThat(now == was || now.isWorseThan(was)).as("%s became %s", was, now).isTrue();
    }

    private static List<AreaRatings> asAreas(List<List<Rating>> areas) {
        return areas.stream().map(a -> new AreaRatings(UUID.randomUUID(), a)).toList();
    }
}
