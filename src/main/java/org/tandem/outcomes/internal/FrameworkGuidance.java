package org.tandem.outcomes.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.OutcomeContributors;
import org.tandem.outcomes.OutcomeLevel;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.WayToWellbeing;
import org.tandem.outcomes.WellbeingElement;

/**
 * Checks a version's outcomes against the guidance and says, in plain words, where it departs from it. Who shaped
 * each outcome is its own "shaped by" plus whatever every {@link OutcomeContributors} knows.
 */
@Component
public class FrameworkGuidance {

    public static final int FEWEST_OUTCOMES = 8;
    public static final int MOST_OUTCOMES = 12;
    public static final int FEWEST_INDICATORS = 3;
    public static final int MOST_INDICATORS = 6;

    private final List<OutcomeContributors> contributors;

    FrameworkGuidance(List<OutcomeContributors> contributors) {
        this.contributors = List.copyOf(contributors);
    }

    public List<GuidanceWarning> warnings(UUID organisationId, List<OutcomeView> outcomes) {
        Map<UUID, Set<ParticipantKind>> known = new HashMap<>();
        if (!outcomes.isEmpty()) {
            Collection<UUID> ids = outcomes.stream().map(OutcomeView::id).toList();
            contributors.forEach(c -> c.contributorsOf(organisationId, ids).forEach((id, kinds) ->
                    known.computeIfAbsent(id, k -> EnumSet.noneOf(ParticipantKind.class)).addAll(kinds)));
        }
        return check(outcomes, known);
    }

    /** The warnings, framework-wide first, then outcome by outcome in the framework's order. */
    static List<GuidanceWarning> check(List<OutcomeView> outcomes, Map<UUID, Set<ParticipantKind>> known) {
        List<GuidanceWarning> warnings = new ArrayList<>();
        int count = outcomes.size();
        if (count < FEWEST_OUTCOMES || count > MOST_OUTCOMES) {
            warnings.add(new GuidanceWarning(GuidanceRule.OUTCOME_COUNT, "The framework has " + count
                    + (count == 1 ? " outcome" : " outcomes") + ". " + GuidanceRule.OUTCOME_COUNT.guidance() + ".",
                    null));
        }
        if (count > 0 && outcomes.stream().noneMatch(o -> o.details().level() == OutcomeLevel.COMMUNITY)) {
            warnings.add(new GuidanceWarning(GuidanceRule.NO_COMMUNITY_OUTCOME, "No outcome is community-level. "
                    + GuidanceRule.NO_COMMUNITY_OUTCOME.guidance() + ".", null));
        }
        if (count > 0) {
            for (WellbeingElement.Group group : WellbeingElement.Group.values()) {
                if (outcomes.stream().noneMatch(o -> o.details().wellbeingElement() != null
                        && o.details().wellbeingElement().group() == group)) {
                    warnings.add(new GuidanceWarning(GuidanceRule.EMPTY_WELLBEING_ELEMENT, "No outcome is about "
                            + group.label().toLowerCase(java.util.Locale.ROOT) + ". "
                            + GuidanceRule.EMPTY_WELLBEING_ELEMENT.guidance()
                            + (group == WellbeingElement.Group.FUNCTIONINGS ? ": Lambeth found functionings missing "
                            + "until young people were asked what mattered to them." : "."), null));
                }
            }
            for (WayToWellbeing way : WayToWellbeing.values()) {
                if (outcomes.stream().noneMatch(o -> o.details().fiveWays().contains(way))) {
                    warnings.add(new GuidanceWarning(GuidanceRule.EMPTY_WAY_TO_WELLBEING, "No outcome helps people "
                            + way.label().toLowerCase(java.util.Locale.ROOT) + ". "
                            + GuidanceRule.EMPTY_WAY_TO_WELLBEING.guidance() + ".", null));
                }
            }
        }
        for (OutcomeView outcome : outcomes) {
            warnings.addAll(forOutcome(outcome, known.getOrDefault(outcome.id(), Set.of())));
        }
        return List.copyOf(warnings);
    }

    private static List<GuidanceWarning> forOutcome(OutcomeView outcome, Set<ParticipantKind> alsoShapedBy) {
        List<GuidanceWarning> warnings = new ArrayList<>();
        String name = "\"" + outcome.ownWords() + "\"";
        PositiveFraming.hint(outcome.ownWords())
                .or(() -> PositiveFraming.hint(outcome.details().professionalWording()))
                .ifPresent(hint -> warnings.add(new GuidanceWarning(GuidanceRule.DEFICIT_WORDING, hint,
                        outcome.id())));
        int indicators = outcome.indicators().size();
        if (indicators < FEWEST_INDICATORS || indicators > MOST_INDICATORS) {
            warnings.add(new GuidanceWarning(GuidanceRule.INDICATOR_COUNT, name + " has " + indicators
                    + (indicators == 1 ? " indicator" : " indicators") + ". " + GuidanceRule.INDICATOR_COUNT.guidance()
                    + ".", outcome.id()));
        }
        if (outcome.onlyOutputs()) {
            warnings.add(new GuidanceWarning(GuidanceRule.ONLY_OUTPUTS, name + " is measured only by outputs. "
                    + GuidanceRule.ONLY_OUTPUTS.guidance() + ".", outcome.id()));
        }
        boolean shapedByUsers = outcome.details().shapedBy().stream().anyMatch(ParticipantKind::isUserOrCommunity)
                || alsoShapedBy.stream().anyMatch(ParticipantKind::isUserOrCommunity);
        if (!shapedByUsers) {
            warnings.add(new GuidanceWarning(GuidanceRule.NOT_SHAPED_BY_USERS, "Nobody who uses services is recorded "
                    + "as shaping " + name + ". " + GuidanceRule.NOT_SHAPED_BY_USERS.guidance() + ".",
                    outcome.id()));
        }
        return warnings;
    }
}
