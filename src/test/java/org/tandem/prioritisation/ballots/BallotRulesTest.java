package org.tandem.prioritisation.ballots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.platform.Money;
import org.tandem.platform.RuleViolation;
import org.tandem.prioritisation.BallotSettings;
import org.tandem.prioritisation.BallotType;
import org.tandem.prioritisation.District;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.Feasibility;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.ProposalStatus;
import org.tandem.prioritisation.ProposalView;

/** The rules of each kind of ballot, with the words a voter is given when a ballot breaks one. */
class BallotRulesTest {

    private static final District EASTFIELD = new District(UUID.randomUUID(), "Eastfield", Money.pounds("20000.00"));
    private static final PbProcessView CITYWIDE = process(List.of());
    private static final PbProcessView WITH_AREAS = process(List.of(EASTFIELD));
    private static final ProposalView RAMP = proposal(1, EASTFIELD.id(), "Skate ramp", "12000.00");
    private static final ProposalView CLUB = proposal(2, null, "Youth club", "30000.00");
    private static final ProposalView STUDIO = proposal(3, null, "Music studio", "9000.50");
    private static final ProposalView POOL = proposal(4, UUID.randomUUID(), "Pool", "1000.00");
    private static final List<ProposalView> BALLOT = List.of(RAMP, CLUB, STUDIO, POOL);

    @Test
    void approvalCountsTheTickedProjectsAgainstTheLeastAndTheMost() {
        BallotSettings s = new BallotSettings(BallotType.APPROVAL, 2, 3, null, null, null, null);
        assertThat(check(s, CITYWIDE, Map.of(STUDIO, "1", RAMP, "1")).marks())
                .containsExactly(new Choices.Mark(1, 1), new Choices.Mark(3, 1));
        assertRefused(s, CITYWIDE, Map.of(STUDIO, "1"), "You chose 1 project: choose at least 2 projects");
        assertRefused(s, CITYWIDE, Map.of(RAMP, "1", CLUB, "1", STUDIO, "1", POOL, "1"),
                "You chose 4 projects: choose at most 3 projects");
        assertRefused(BallotSettings.DEFAULT, CITYWIDE, Map.of(), "Choose at least one project");
    }

    @Test
    void projectsNotOnTheBallotAreRefusedWhateverIdIsSent() {
        Map<String, String> forged = Map.of(UUID.randomUUID().toString(), "1");
        assertThatThrownBy(() -> BallotRules.checked(BallotSettings.DEFAULT, CITYWIDE, BALLOT, null, forged))
                .hasMessageContaining("not on this ballot");
        Map<String, String> script = Map.of("<script>alert(1)</script>", "1");
        assertThatThrownBy(() -> BallotRules.checked(BallotSettings.DEFAULT, CITYWIDE, BALLOT, null, script))
                .hasMessageContaining("not on this ballot");
    }

    @Test
    void withAreasAVoterChoosesOneAndOnlyItsProjectsAndThoseForEverywhere() {
        assertThatThrownBy(() -> BallotRules.checked(BallotSettings.DEFAULT, WITH_AREAS, BALLOT, "",
                marks(Map.of(RAMP, "1")))).isInstanceOf(RuleViolation.class)
                .hasMessage("Choose the area you are voting in")
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("district");
        Choices choices = BallotRules.checked(BallotSettings.DEFAULT, WITH_AREAS, BALLOT, EASTFIELD.id().toString(),
                marks(Map.of(RAMP, "1", CLUB, "1")));
        assertThat(choices.districtId()).isEqualTo(EASTFIELD.id());
        assertThatThrownBy(() -> BallotRules.checked(BallotSettings.DEFAULT, WITH_AREAS, BALLOT,
                EASTFIELD.id().toString(), marks(Map.of(POOL, "1"))))
                .hasMessage("Pool is a project for another area: you can only choose projects for Eastfield or for "
                        + "everywhere");
    }

    @Test
    void withinTheBudgetTheCostsMustFitAndReachTheLeastShare() {
        BallotSettings s = new BallotSettings(BallotType.COST_LIMITED, null, null, 50, null, null, null);
        assertThat(check(s, CITYWIDE, Map.of(CLUB, "1", STUDIO, "1")).marks()).hasSize(2);
        assertRefused(s, CITYWIDE, Map.of(STUDIO, "1", RAMP, "1"),
                "The projects you chose cost £21,000.50: choose projects costing at least £30,000.00, 50% of the "
                        + "budget of £60,000.00");
    }

    @Test
    void inAnAreaEachBudgetLimitsTheProjectsItPaysFor() {
        // Eastfield has £20,000 of the £60,000; the other £40,000 pays for the projects for all areas.
        BallotSettings s = new BallotSettings(BallotType.COST_LIMITED, null, null, null, null, null, null);
        ProposalView track = proposal(5, EASTFIELD.id(), "Pump track", "8000.01");
        List<ProposalView> ballot = List.of(RAMP, CLUB, STUDIO, track);
        String eastfield = EASTFIELD.id().toString();
        assertThat(BallotRules.checked(s, WITH_AREAS, ballot, eastfield, marks(Map.of(RAMP, "1", CLUB, "1",
                STUDIO, "1"))).marks()).hasSize(3);
        assertThatThrownBy(() -> BallotRules.checked(s, WITH_AREAS, ballot, eastfield,
                marks(Map.of(RAMP, "1", track, "1"))))
                .hasMessage("The projects you chose for Eastfield cost £20,000.01, which is £0.01 more than "
                        + "Eastfield's budget of £20,000.00. Untick some to fit the budget");
        ProposalView hall = proposal(6, null, "Sports hall", "10000.00");
        assertThatThrownBy(() -> BallotRules.checked(s, WITH_AREAS, List.of(RAMP, CLUB, STUDIO, hall), eastfield,
                marks(Map.of(CLUB, "1", STUDIO, "1", hall, "1"))))
                .hasMessage("The projects you chose for all areas cost £49,000.50, which is £9,000.50 more than the "
                        + "£40,000.00 for all areas. Untick some to fit the budget");
    }

    @Test
    void theCostLimitIsExactToThePenny() {
        ProposalView a = proposal(1, null, "A", "30000.00");
        ProposalView b = proposal(2, null, "B", "30000.01");
        BallotSettings s = new BallotSettings(BallotType.COST_LIMITED, null, null, null, null, null, null);
        assertThatThrownBy(() -> BallotRules.checked(s, CITYWIDE, List.of(a, b), null, marks(Map.of(a, "1", b, "1"))))
                .hasMessageContaining("which is £0.01 more than the budget of £60,000.00");
    }

    @Test
    void pointsMustNotExceedTheTotalNorTheCapAndZeroMeansNone() {
        BallotSettings s = new BallotSettings(BallotType.CUMULATIVE, null, null, null, 10, 6, null);
        assertThat(check(s, CITYWIDE, Map.of(STUDIO, "4", RAMP, "6", CLUB, "0")).marks())
                .containsExactly(new Choices.Mark(1, 6), new Choices.Mark(3, 4));
        assertRefused(s, CITYWIDE, Map.of(STUDIO, "5", RAMP, "6"),
                "You gave 11 points, but you have 10 to share out. Take 1 away");
        assertRefused(s, CITYWIDE, Map.of(RAMP, "7"), "You gave Skate ramp 7 points: give one project at most 6");
        assertRefused(s, CITYWIDE, Map.of(RAMP, "-3"), "Give Skate ramp a whole number of points, for example 3");
        assertRefused(s, CITYWIDE, Map.of(RAMP, "0"), "Choose at least one project");
    }

    @Test
    void aRankingPutsProjectsInTheVotersOrderWithNoRankTwice() {
        BallotSettings s = new BallotSettings(BallotType.RANKING, null, null, null, null, null, 2);
        assertThat(check(s, CITYWIDE, Map.of(STUDIO, "1", RAMP, "2")).marks())
                .containsExactly(new Choices.Mark(3, 1), new Choices.Mark(1, 1));
        assertRefused(s, CITYWIDE, Map.of(STUDIO, "1", RAMP, "1"), "are both ranked 1: give each project its own rank");
        assertRefused(s, CITYWIDE, Map.of(STUDIO, "1", RAMP, "2", CLUB, "3"),
                "You ranked 3 projects: rank at most 2 projects");
        assertRefused(s, CITYWIDE, Map.of(STUDIO, "first"), "Rank Music studio with a whole number, 1 for your first "
                + "choice");
    }

    @Test
    void choicesAreStoredAsProposalNumbersAndReadBack() {
        Choices points = new Choices(null, List.of(new Choices.Mark(4, 6), new Choices.Mark(1, 4)));
        assertThat(points.encoded(true)).isEqualTo("4:6,1:4");
        assertThat(Choices.decode(null, "4:6,1:4")).isEqualTo(points);
        assertThat(Choices.decode(null, "3,1").marks()).containsExactly(new Choices.Mark(3, 1),
                new Choices.Mark(1, 1));
    }

    private static Choices check(BallotSettings s, PbProcessView process, Map<ProposalView, String> marked) {
        return BallotRules.checked(s, process, BALLOT, null, marks(marked));
    }

    private static void assertRefused(BallotSettings s, PbProcessView process, Map<ProposalView, String> marked,
                                      String message) {
        assertThatThrownBy(() -> check(s, process, marked)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining(message)
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("choices");
    }

    private static Map<String, String> marks(Map<ProposalView, String> marked) {
        Map<String, String> typed = new LinkedHashMap<>();
        marked.forEach((p, v) -> typed.put(p.id().toString(), v));
        return typed;
    }

    private static PbProcessView process(List<District> districts) {
        return new PbProcessView(UUID.randomUUID(), UUID.randomUUID(), null, "Fund", "For", Money.pounds("60000.00"),
                districts, BallotSteps.phases(LocalDate.of(2027, 1, 1), 0), Eligibility.SIGNED_IN, List.of(),
                List.of(), null, true, Instant.now(), 0);
    }

    private static ProposalView proposal(int number, UUID districtId, String title, String cost) {
        return new ProposalView(UUID.randomUUID(), UUID.randomUUID(), number, districtId, title, "About " + title,
                null, null, Money.pounds(cost), null, "A resident", "a@example.org", ProposalStatus.ACCEPTED,
                Feasibility.FEASIBLE, null, null, null, "Can be done", null, Instant.now(), 0);
    }
}
