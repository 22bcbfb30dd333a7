package org.tandem.prioritisation.ballots;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tandem.platform.FormValues;
import org.tandem.platform.Money;
import org.tandem.platform.RuleViolation;
import org.tandem.prioritisation.BallotSettings;
import org.tandem.prioritisation.District;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.ProposalView;

/**
 * The rules every ballot keeps, online or on paper, for each kind of ballot. What the voter marked arrives as typed,
 * keyed by proposal id: for approval ballots any value means ticked; for points, the points (empty or 0 means none);
 * for a ranking, the rank (empty means not ranked). The first broken rule is refused, in words for the voter, with
 * the field it concerns: {@code district} or {@code choices}.
 */
final class BallotRules {

    static final String DISTRICT = "district";
    static final String CHOICES = "choices";

    private BallotRules() {
    }

    static Choices checked(BallotSettings settings, PbProcessView process, List<ProposalView> onBallot,
                           String district, Map<String, String> marked) {
        District area = district(process, district);
        Map<String, ProposalView> byId = new HashMap<>();
        onBallot.forEach(p -> byId.put(p.id().toString(), p));
        Map<ProposalView, String> chosen = new LinkedHashMap<>();
        for (Map.Entry<String, String> mark : marked.entrySet()) {
            String value = mark.getValue() == null ? "" : mark.getValue().strip();
            if (value.isEmpty()) {
                continue;
            }
            ProposalView proposal = byId.get(mark.getKey());
            if (proposal == null) {
                throw new RuleViolation(CHOICES, "One of the projects you chose is not on this ballot. Reload the "
                        + "page and choose again");
            }
            if (area != null && proposal.districtId() != null && !proposal.districtId().equals(area.id())) {
                throw new RuleViolation(CHOICES, proposal.title() + " is a project for another area: you can only "
                        + "choose projects for " + area.name() + " or for everywhere");
            }
            chosen.put(proposal, value);
        }
        List<Choices.Mark> marks = switch (settings.type()) {
            case APPROVAL -> approval(settings, chosen);
            case COST_LIMITED -> withinBudget(settings, process, area, chosen);
            case CUMULATIVE -> points(settings, chosen);
            case RANKING -> ranking(settings, chosen);
        };
        return new Choices(area == null ? null : area.id(), marks);
    }

    private static District district(PbProcessView process, String typed) {
        if (process.districts().isEmpty()) {
            return null;
        }
        UUID id = FormValues.uuid(typed);
        return process.districts().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new RuleViolation(DISTRICT, "Choose the area you are voting in"));
    }

    private static List<Choices.Mark> approval(BallotSettings s, Map<ProposalView, String> chosen) {
        int count = chosen.size();
        atLeastOne(count);
        if (s.minProjects() != null && count < s.minProjects()) {
            throw new RuleViolation(CHOICES, "You chose " + projects(count) + ": choose at least "
                    + projects(s.minProjects()));
        }
        if (s.maxProjects() != null && count > s.maxProjects()) {
            throw new RuleViolation(CHOICES, "You chose " + projects(count) + ": choose at most "
                    + projects(s.maxProjects()));
        }
        return inNumberOrder(chosen, p -> 1);
    }

    /**
     * The chosen projects must fit the budget they are paid from. In a process with areas, each area is counted
     * against its own budget, so a voter's projects for their area must fit that area's budget and their projects
     * for all areas what the area budgets leave; the least share, when there is one, is of both together.
     */
    private static List<Choices.Mark> withinBudget(BallotSettings s, PbProcessView process, District area,
                                                   Map<ProposalView, String> chosen) {
        atLeastOne(chosen.size());
        Money total = costOf(chosen.keySet().stream().toList());
        Money budget = process.budget();
        if (area == null) {
            fits(total, budget, "The projects you chose cost ", "the budget of " + budget);
        } else {
            Money forAll = new Money(process.budget().amount().subtract(process.districtTotal().amount()));
            fits(costOf(chosen.keySet().stream().filter(p -> p.districtId() != null).toList()), area.budget(),
                    "The projects you chose for " + area.name() + " cost ", area.name() + "'s budget of "
                            + area.budget());
            fits(costOf(chosen.keySet().stream().filter(p -> p.districtId() == null).toList()), forAll,
                    "The projects you chose for all areas cost ", "the " + forAll + " for all areas");
            budget = area.budget().plus(forAll);
        }
        if (s.minSpendPercent() != null) {
            Money least = new Money(budget.amount().multiply(BigDecimal.valueOf(s.minSpendPercent()))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.CEILING));
            if (total.compareTo(least) < 0) {
                throw new RuleViolation(CHOICES, "The projects you chose cost " + total + ": choose projects "
                        + "costing at least " + least + ", " + s.minSpendPercent() + "% of the budget of " + budget);
            }
        }
        return inNumberOrder(chosen, p -> 1);
    }

    private static Money costOf(List<ProposalView> projects) {
        return projects.stream().map(ProposalView::cost).reduce(Money.ZERO, Money::plus);
    }

    private static void fits(Money cost, Money budget, String chosen, String limit) {
        if (cost.compareTo(budget) > 0) {
            throw new RuleViolation(CHOICES, chosen + cost + ", which is "
                    + new Money(cost.amount().subtract(budget.amount())) + " more than " + limit
                    + ". Untick some to fit the budget");
        }
    }

    private static List<Choices.Mark> points(BallotSettings s, Map<ProposalView, String> chosen) {
        Map<ProposalView, String> given = new LinkedHashMap<>();
        int total = 0;
        for (Map.Entry<ProposalView, String> entry : chosen.entrySet()) {
            int points = whole(entry.getValue(), "Give " + entry.getKey().title() + " a whole number of points, "
                    + "for example 3");
            if (points == 0) {
                continue;
            }
            if (s.maxPointsPerProject() != null && points > s.maxPointsPerProject()) {
                throw new RuleViolation(CHOICES, "You gave " + entry.getKey().title() + " " + points + " points: "
                        + "give one project at most " + s.maxPointsPerProject());
            }
            total += points;
            given.put(entry.getKey(), Integer.toString(points));
        }
        atLeastOne(given.size());
        if (total > s.points()) {
            throw new RuleViolation(CHOICES, "You gave " + total + " points, but you have " + s.points()
                    + " to share out. Take " + (total - s.points()) + " away");
        }
        return inNumberOrder(given, Integer::parseInt);
    }

    private static List<Choices.Mark> ranking(BallotSettings s, Map<ProposalView, String> chosen) {
        atLeastOne(chosen.size());
        Map<Integer, ProposalView> byRank = new HashMap<>();
        for (Map.Entry<ProposalView, String> entry : chosen.entrySet()) {
            int rank = whole(entry.getValue(), "Rank " + entry.getKey().title() + " with a whole number, 1 for "
                    + "your first choice");
            if (rank < 1) {
                throw new RuleViolation(CHOICES, "Rank " + entry.getKey().title() + " from 1, your first choice");
            }
            ProposalView other = byRank.put(rank, entry.getKey());
            if (other != null) {
                throw new RuleViolation(CHOICES, other.title() + " and " + entry.getKey().title() + " are both "
                        + "ranked " + rank + ": give each project its own rank");
            }
        }
        if (s.maxRanked() != null && chosen.size() > s.maxRanked()) {
            throw new RuleViolation(CHOICES, "You ranked " + projects(chosen.size()) + ": rank at most "
                    + projects(s.maxRanked()));
        }
        List<Choices.Mark> marks = new ArrayList<>();
        byRank.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> marks.add(new Choices.Mark(e.getValue().number(), 1)));
        return marks;
    }

    private static void atLeastOne(int count) {
        if (count == 0) {
            throw new RuleViolation(CHOICES, "Choose at least one project");
        }
    }

    private static int whole(String typed, String message) {
        if (!typed.matches("\\d{1,5}")) {
            throw new RuleViolation(CHOICES, message);
        }
        return Integer.parseInt(typed);
    }

    private static List<Choices.Mark> inNumberOrder(Map<ProposalView, String> chosen,
                                                   java.util.function.ToIntFunction<String> points) {
        return chosen.entrySet().stream().sorted(Comparator.comparingInt(e -> e.getKey().number()))
                .map(e -> new Choices.Mark(e.getKey().number(), points.applyAsInt(e.getValue()))).toList();
    }

    private static String projects(int count) {
        return count + (count == 1 ? " project" : " projects");
    }
}
