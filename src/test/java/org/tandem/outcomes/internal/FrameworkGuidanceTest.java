package org.tandem.outcomes.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.BottomLine;
import org.tandem.outcomes.Direction;
import org.tandem.outcomes.IndicatorDraft;
import org.tandem.outcomes.IndicatorKind;
import org.tandem.outcomes.IndicatorView;
import org.tandem.outcomes.InterventionPathway;
import org.tandem.outcomes.MeasurementMethod;
import org.tandem.outcomes.OutcomeDraft;
import org.tandem.outcomes.OutcomeLevel;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.PreventionLevel;
import org.tandem.outcomes.ValueType;
import org.tandem.outcomes.WayToWellbeing;
import org.tandem.outcomes.WellbeingElement;

import static org.assertj.core.api.Assertions.assertThat;

/** The guidance a framework is checked against, rule by rule, and the balance it is read by. */
class FrameworkGuidanceTest {

    @Test
    void aBalancedFrameworkOfTenOutcomesWithFourOutcomeIndicatorsEachHasNoWarnings() {
        assertThat(FrameworkGuidance.check(balanced(10), Map.of())).isEmpty();
    }

    @Test
    void tooFewOrTooManyOutcomesAreWarnedAbout() {
        assertThat(rules(balanced(7))).containsExactly(GuidanceRule.OUTCOME_COUNT);
        assertThat(rules(balanced(13))).containsExactly(GuidanceRule.OUTCOME_COUNT);
        assertThat(FrameworkGuidance.check(balanced(7), Map.of()).getFirst().message())
                .isEqualTo("The framework has 7 outcomes. Aim for 8 to 12 outcomes: enough to cover what matters, "
                        + "few enough to hold providers to.");
        assertThat(rules(balanced(8))).isEmpty();
        assertThat(rules(balanced(12))).isEmpty();
    }

    @Test
    void indicatorsOutsideThreeToSixAndOutcomesMeasuredOnlyByOutputsAreWarnedAbout() {
        List<OutcomeView> outcomes = new ArrayList<>(balanced(9));
        outcomes.add(outcome("I have a job I like", WellbeingElement.COMPETENCE, Set.of(WayToWellbeing.GIVE),
                OutcomeLevel.SERVICE, Set.of(ParticipantKind.PERSON_USING_SERVICES), IndicatorKind.OUTPUT,
                IndicatorKind.OUTPUT));
        outcomes.add(outcome("I am safe", WellbeingElement.COMPETENCE, Set.of(WayToWellbeing.GIVE),
                OutcomeLevel.SERVICE, Set.of(ParticipantKind.CARER), kinds(7)));
        List<GuidanceWarning> warnings = FrameworkGuidance.check(outcomes, Map.of());
        assertThat(warnings).extracting(GuidanceWarning::rule).containsExactly(GuidanceRule.INDICATOR_COUNT,
                GuidanceRule.ONLY_OUTPUTS, GuidanceRule.INDICATOR_COUNT);
        assertThat(warnings.get(1).message()).startsWith("\"I have a job I like\" is measured only by outputs.");
        assertThat(warnings.get(2).message()).startsWith("\"I am safe\" has 7 indicators.");
        assertThat(warnings.get(0).outcomeId()).isEqualTo(outcomes.get(9).id());
    }

    @Test
    void aFrameworkWithNoCommunityOutcomeOrAnEmptyElementOrWayIsWarnedAbout() {
        List<OutcomeView> outcomes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            outcomes.add(outcome("Outcome " + i, WellbeingElement.EXTERNAL_CONDITIONS,
                    Set.of(WayToWellbeing.CONNECT), OutcomeLevel.SERVICE,
                    Set.of(ParticipantKind.PERSON_USING_SERVICES), kinds(3)));
        }
        List<GuidanceWarning> warnings = FrameworkGuidance.check(outcomes, Map.of());
        assertThat(warnings).extracting(GuidanceWarning::message).containsExactly(
                "No outcome is community-level. Include at least one community-level outcome: the wider social, "
                        + "environmental and economic value services create.",
                "No outcome is about personal resources. Commission for every element of the dynamic model of "
                        + "well-being.",
                "No outcome is about functionings. Commission for every element of the dynamic model of well-being: "
                        + "Lambeth found functionings missing until young people were asked what mattered to them.",
                "No outcome is about good feelings. Commission for every element of the dynamic model of well-being.",
                "No outcome helps people be active. Cover each of the five ways to well-being.",
                "No outcome helps people take notice. Cover each of the five ways to well-being.",
                "No outcome helps people keep learning. Cover each of the five ways to well-being.",
                "No outcome helps people give. Cover each of the five ways to well-being.");
    }

    @Test
    void anOutcomeNobodyUsingServicesShapedIsWarnedAboutUnlessAContributionSaysOtherwise() {
        List<OutcomeView> outcomes = new ArrayList<>(balanced(9));
        OutcomeView professional = outcome("I feel part of my community", WellbeingElement.RELATEDNESS,
                Set.of(WayToWellbeing.GIVE), OutcomeLevel.SERVICE, Set.of(ParticipantKind.PROFESSIONAL), kinds(3));
        outcomes.add(professional);
        assertThat(rules(outcomes)).containsExactly(GuidanceRule.NOT_SHAPED_BY_USERS);
        assertThat(FrameworkGuidance.check(outcomes, Map.of(professional.id(),
                Set.of(ParticipantKind.COMMUNITY_MEMBER)))).isEmpty();
        assertThat(FrameworkGuidance.check(outcomes, Map.of(professional.id(),
                Set.of(ParticipantKind.ELECTED_MEMBER)))).hasSize(1);
    }

    @Test
    void deficitWordingGetsAHintToReframeItPositively() {
        assertThat(PositiveFraming.hint("Reduce youth offending")).get().asString()
                .startsWith("\"Reduce youth offending\" starts with \"reduce\"");
        for (String deficit : List.of("reduce", "Prevent falls", "STOP bullying", "decrease A&E visits",
                "Fewer exclusions", "To reduce harm", "  Less loneliness", "Tackling isolation")) {
            assertThat(PositiveFraming.hint(deficit)).as(deficit).isPresent();
        }
        for (String positive : List.of("I have somewhere safe to go", "Young people reducing their own risk",
                "Stopover at the youth club", "Lessons I enjoy", "", "   ")) {
            assertThat(PositiveFraming.hint(positive)).as(positive).isEmpty();
        }
        assertThat(PositiveFraming.hint(null)).isEmpty();
        List<OutcomeView> outcomes = new ArrayList<>(balanced(9));
        outcomes.add(outcome("Prevent youth offending", WellbeingElement.AUTONOMY, Set.of(WayToWellbeing.GIVE),
                OutcomeLevel.COMMUNITY, Set.of(ParticipantKind.PERSON_USING_SERVICES), kinds(3)));
        assertThat(rules(outcomes)).containsExactly(GuidanceRule.DEFICIT_WORDING);
    }

    @Test
    void theBalanceCountsEachCategoryAndShowsItsGaps() {
        List<OutcomeView> outcomes = List.of(
                outcome("A", WellbeingElement.AUTONOMY, Set.of(WayToWellbeing.CONNECT, WayToWellbeing.GIVE),
                        OutcomeLevel.SERVICE, Set.of(), kinds(3)),
                outcome("B", WellbeingElement.AUTONOMY, Set.of(WayToWellbeing.CONNECT), OutcomeLevel.COMMUNITY,
                        Set.of(), kinds(3)),
                outcome("C", null, Set.of(), OutcomeLevel.SERVICE, Set.of(), kinds(3)));
        Balance balance = Balance.of(outcomes);
        Balance.Axis wellbeing = balance.axis(BalanceAxis.WELLBEING);
        assertThat(wellbeing.columns()).extracting(Balance.Column::count).containsExactly(0, 0, 2, 0, 0, 0);
        assertThat(wellbeing.gaps()).extracting(c -> c.category().label()).containsExactly("External conditions",
                "Personal resources", "Functionings: competence", "Functionings: relatedness", "Good feelings");
        assertThat(wellbeing.unclassified()).isEqualTo(1);
        Balance.Axis ways = balance.axis(BalanceAxis.FIVE_WAYS);
        assertThat(ways.columns()).extracting(Balance.Column::count).containsExactly(2, 0, 0, 0, 1);
        assertThat(ways.rows().getFirst().under("GIVE")).isTrue();
        assertThat(ways.rows().get(1).under("GIVE")).isFalse();
        assertThat(balance.axis(BalanceAxis.LEVEL).columns()).extracting(Balance.Column::count).containsExactly(2, 1);
    }

    private static List<GuidanceRule> rules(List<OutcomeView> outcomes) {
        return FrameworkGuidance.check(outcomes, Map.of()).stream().map(GuidanceWarning::rule).toList();
    }

    /** Outcomes covering every element, every way and both levels, shaped by people using services. */
    private static List<OutcomeView> balanced(int count) {
        WellbeingElement[] elements = WellbeingElement.values();
        WayToWellbeing[] ways = WayToWellbeing.values();
        List<OutcomeView> outcomes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            outcomes.add(outcome("I can do thing " + i, elements[i % elements.length], Set.of(ways[i % ways.length]),
                    i == 0 ? OutcomeLevel.COMMUNITY : OutcomeLevel.SERVICE,
                    Set.of(ParticipantKind.PERSON_USING_SERVICES), kinds(4)));
        }
        return outcomes;
    }

    private static IndicatorKind[] kinds(int count) {
        IndicatorKind[] kinds = new IndicatorKind[count];
        java.util.Arrays.fill(kinds, IndicatorKind.OUTCOME);
        return kinds;
    }

    private static OutcomeView outcome(String words, WellbeingElement element, Set<WayToWellbeing> ways,
                                       OutcomeLevel level, Set<ParticipantKind> shapedBy, IndicatorKind... kinds) {
        UUID id = UUID.randomUUID();
        List<IndicatorView> indicators = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            indicators.add(new IndicatorView(UUID.randomUUID(), id, UUID.randomUUID(), i + 1, new IndicatorDraft(
                    "Indicator " + i, null, "%", Direction.INCREASE, BigDecimal.ONE, BigDecimal.TEN, null, null,
                    kinds[i], MeasurementMethod.SURVEY), 0));
        }
        return new OutcomeView(id, null, null, null, UUID.randomUUID(), 1, new OutcomeDraft(words, null, level,
                ValueType.USER, element, ways, Set.of(BottomLine.SOCIAL), PreventionLevel.UPSTREAM,
                InterventionPathway.PREVENTION, shapedBy), indicators, 0);
    }
}
