package org.tandem.prioritisation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.platform.Money;
import org.tandem.platform.RuleViolation;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PhaseDates;

class ProcessRulesTest {

    static List<PhaseDates> phasesFrom(LocalDate first) {
        List<PhaseDates> phases = new ArrayList<>();
        LocalDate start = first;
        for (PbPhase phase : PbPhase.values()) {
            phases.add(new PhaseDates(phase, start, start.plusDays(9)));
            start = start.plusDays(10);
        }
        return phases;
    }

    static ProcessDetails details(String budget, List<ProcessDetails.DistrictBudget> districts,
                                  List<PhaseDates> phases) {
        return new ProcessDetails(null, "Youth Fund", "For young people", Money.pounds(budget), districts, phases,
                Eligibility.SIGNED_IN, List.of(), List.of(), null, false);
    }

    private static ProcessDetails.DistrictBudget area(String name, String budget) {
        return new ProcessDetails.DistrictBudget(name, Money.pounds(budget));
    }

    @Test
    void areaBudgetsMayAddUpToTheWholeBudgetToThePennyButNotAPennyMore() {
        List<PhaseDates> phases = phasesFrom(LocalDate.of(2027, 1, 1));
        ProcessDetails exact = ProcessRules.checked(details("60000.00",
                List.of(area("Eastfield", "20000.01"), area("Northgate", "19999.99"), area("Riverside", "20000")),
                phases));
        assertThat(exact.districts()).extracting(d -> d.budget().plain())
                .containsExactly("20000.01", "19999.99", "20000.00");

        assertThatThrownBy(() -> ProcessRules.checked(details("60000.00",
                List.of(area("Eastfield", "20000.01"), area("Northgate", "20000"), area("Riverside", "20000")),
                phases)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("The area and category budgets add up to £60,000.01, which is £0.01 more than the whole "
                        + "budget of £60,000.00. Lower them or raise the budget")
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("districts");
    }

    @Test
    void anAreaCannotTakeTheNameOfTheProjectsForAllAreas() {
        assertThatThrownBy(() -> ProcessRules.checked(details("100", List.of(area("all AREAS", "10")),
                phasesFrom(LocalDate.of(2027, 1, 1)))))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("'All areas' is what Tandem calls the projects for the whole process: give the area or "
                        + "category another name");
    }

    @Test
    void twoAreasWithTheSameNameAndAreasWithoutMoneyAreRefused() {
        List<PhaseDates> phases = phasesFrom(LocalDate.of(2027, 1, 1));
        assertThatThrownBy(() -> ProcessRules.checked(details("100",
                List.of(area("Eastfield", "10"), area(" eastfield ", "10")), phases)))
                .hasMessageContaining("two areas or categories called eastfield");
        assertThatThrownBy(() -> ProcessRules.checked(details("100", List.of(area("Eastfield", "0")), phases)))
                .hasMessage("Give Eastfield a budget of more than £0");
    }

    @Test
    void aBudgetMustBeMoreThanNothingAndFitTheColumn() {
        List<PhaseDates> phases = phasesFrom(LocalDate.of(2027, 1, 1));
        assertThatThrownBy(() -> ProcessRules.checked(details("0", List.of(), phases)))
                .hasMessage("The budget must be more than £0");
        assertThatThrownBy(() -> ProcessRules.checked(details("-5", List.of(), phases)))
                .hasMessage("The budget must be more than £0");
        assertThatThrownBy(() -> ProcessRules.checked(details("1000000000000.00", List.of(), phases)))
                .hasMessage("The budget must be £999,999,999,999.99 or less");
    }

    @Test
    void phasesRunInOrderOneAfterAnotherWithoutOverlapping() {
        List<PhaseDates> phases = new ArrayList<>(phasesFrom(LocalDate.of(2027, 1, 1)));
        // Voting starts on the last day of review and costing.
        PhaseDates voting = phases.get(2);
        phases.set(2, new PhaseDates(PbPhase.VOTING, voting.startsOn().minusDays(1), voting.endsOn()));
        assertThatThrownBy(() -> ProcessRules.checked(details("100", List.of(), phases)))
                .hasMessage("Voting must start after review and costing ends on 20 January 2027: phases run one "
                        + "after another without overlapping")
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("VOTING-start");
    }

    @Test
    void aPhaseEndsOnOrAfterItStartsAndEveryPhaseIsDated() {
        List<PhaseDates> phases = new ArrayList<>(phasesFrom(LocalDate.of(2027, 1, 1)));
        phases.set(0, new PhaseDates(PbPhase.PROPOSAL_COLLECTION, LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 4)));
        assertThatThrownBy(() -> ProcessRules.checked(details("100", List.of(), phases)))
                .hasMessage("Proposal collection must end on or after the day it starts, 5 January 2027")
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("PROPOSAL_COLLECTION-end");

        List<PhaseDates> missing = new ArrayList<>(phasesFrom(LocalDate.of(2027, 1, 1)));
        missing.remove(3);
        assertThatThrownBy(() -> ProcessRules.checked(details("100", List.of(), missing)))
                .hasMessage("Enter when counting starts and ends");
    }

    @Test
    void oneDayPhasesBackToBackAreFine() {
        LocalDate day = LocalDate.of(2027, 3, 1);
        List<PhaseDates> phases = new ArrayList<>();
        for (PbPhase phase : PbPhase.values()) {
            phases.add(new PhaseDates(phase, day, day));
            day = day.plusDays(1);
        }
        assertThat(ProcessRules.checked(details("100", List.of(), phases)).phases()).hasSize(6);
    }

    @Test
    void postcodesAreTidiedAndAnythingElseIsRefused() {
        ProcessDetails d = details("100", List.of(), phasesFrom(LocalDate.of(2027, 1, 1)));
        ProcessDetails tidy = ProcessRules.checked(new ProcessDetails(null, d.title(), d.description(), d.budget(),
                List.of(), d.phases(), Eligibility.SIGNED_IN, List.of(" Eastfield ", "Eastfield", ""),
                List.of("mb1  4aa", "mb2"), 11, false));
        assertThat(tidy.postcodes()).containsExactly("MB1 4AA", "MB2");
        assertThat(tidy.wards()).containsExactly("Eastfield");
        assertThatThrownBy(() -> ProcessRules.checked(new ProcessDetails(null, d.title(), d.description(),
                d.budget(), List.of(), d.phases(), Eligibility.SIGNED_IN, List.of(), List.of("'; drop table x"),
                null, false)))
                .hasMessageContaining("is not a postcode or postcode district");
    }
}
