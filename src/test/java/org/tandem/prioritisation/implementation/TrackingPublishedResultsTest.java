package org.tandem.prioritisation.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.ConflictException;
import org.tandem.platform.Money;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.RuleViolation;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.ProposalView;
import org.tandem.prioritisation.ResultsPublished;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProposalService;
import org.tandem.support.TenantTest;

/**
 * Publishing a count starts following every project it funds; a recount published later changes what is followed
 * without losing anyone's progress; and updates move a project only as the rules allow.
 */
class TrackingPublishedResultsTest extends TenantTest {

    @Autowired
    private ProcessService processes;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private ProjectTracking tracking;

    private FundedProjects steps;
    private UUID council;
    private PbProcessView fund;
    private ProposalView lights;
    private ProposalView football;
    private ProposalView studio;

    @BeforeEach
    void fundWithThreeAcceptedProposals() {
        steps = new FundedProjects(processes, proposals, events, transactions, jdbc);
        council = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        fund = steps.process(council);
        lights = steps.accepted(fund, "Skate park lights", "9800.00", 0);
        football = steps.accepted(fund, "Girls' football sessions", "5200.50", 1);
        studio = steps.accepted(fund, "Podcast studio", "7450.00", 1);
    }

    @Test
    void publishedResultsStartTrackingEachFundedProjectWithTheAmountTheCountGaveIt() {
        assertThat(tracking.resultsPublishedAt(council, fund.id())).isEmpty();
        steps.publish(fund, lights, football);

        List<FundedProject> tracked = tracking.all(council, fund.id());
        assertThat(tracked).extracting(FundedProject::number, FundedProject::title, FundedProject::allocated,
                        FundedProject::spent, FundedProject::stage, FundedProject::percentComplete)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Skate park lights", Money.pounds("9800.00"),
                                Money.ZERO, ProjectStage.NOT_STARTED, 0),
                        org.assertj.core.groups.Tuple.tuple(2, "Girls' football sessions", Money.pounds("5200.50"),
                                Money.ZERO, ProjectStage.NOT_STARTED, 0));
        assertThat(tracked.getFirst().districtId()).isEqualTo(fund.districts().get(0).id());
        assertThat(tracking.resultsPublishedAt(council, fund.id())).isPresent();
        assertThat(auditEvents(council, "prioritisation.project-tracked")).isEqualTo(2);
    }

    @Test
    void aPublishedRecountKeepsProgressMarksDroppedProjectsAndAddsNewOnesAndRepeatingItChangesNothing() {
        steps.publish(fund, lights, football);
        FundedProject skate = tracking.view(council, fund.id(), steps.project(fund, 1));
        tracking.post(Actor.TANDEM, council, fund.id(), skate.id(), skate.version(), null,
                new ProgressChange(ProjectStage.IN_DELIVERY, 40, Money.pounds("3900.00"), null, "Lights ordered"),
                List.of());
        FundedProject girls = tracking.view(council, fund.id(), steps.project(fund, 2));
        tracking.post(Actor.TANDEM, council, fund.id(), girls.id(), girls.version(), null,
                new ProgressChange(ProjectStage.PLANNING, 10, null, null, "Looking for a coach"), List.of());

        steps.publish(fund, List.of(new ResultsPublished.FundedProposal(lights.id(), 1, lights.title(),
                        Money.pounds("9900.00")),
                new ResultsPublished.FundedProposal(studio.id(), 3, studio.title(), studio.cost())));
        long updatesAfterRecount = updates();
        steps.publish(fund, List.of(new ResultsPublished.FundedProposal(lights.id(), 1, lights.title(),
                        Money.pounds("9900.00")),
                new ResultsPublished.FundedProposal(studio.id(), 3, studio.title(), studio.cost())));

        assertThat(updates()).isEqualTo(updatesAfterRecount);
        List<FundedProject> tracked = tracking.all(council, fund.id());
        assertThat(tracked).hasSize(3);
        FundedProject kept = tracked.get(0);
        assertThat(kept.stage()).isEqualTo(ProjectStage.IN_DELIVERY);
        assertThat(kept.percentComplete()).isEqualTo(40);
        assertThat(kept.spent()).isEqualTo(Money.pounds("3900.00"));
        assertThat(kept.allocated()).isEqualTo(Money.pounds("9900.00"));
        FundedProject dropped = tracked.get(1);
        assertThat(dropped.stage()).isEqualTo(ProjectStage.NO_LONGER_FUNDED);
        assertThat(dropped.stageReason()).contains("no longer funds this project");
        assertThat(tracked.get(2).title()).isEqualTo("Podcast studio");
        assertThatThrownBy(() -> tracking.post(Actor.TANDEM, council, fund.id(), dropped.id(), dropped.version(), null,
                new ProgressChange(ProjectStage.PLANNING, null, null, null, "Starting anyway"), List.of()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("only a count that funds it again");
        tracking.post(Actor.TANDEM, council, fund.id(), dropped.id(), dropped.version(), null,
                new ProgressChange(null, null, null, null, "The coach we found has been told"), List.of());

        steps.publish(fund, lights, football, studio);
        assertThat(tracking.view(council, fund.id(), dropped.id()).stage()).isEqualTo(ProjectStage.PLANNING);
        assertThat(tracking.view(council, fund.id(), dropped.id()).percentComplete()).isEqualTo(10);
        assertThat(tracking.view(council, fund.id(), dropped.id()).stageReason()).isNull();
    }

    @Test
    void completedMeansAHundredPercentAndGoingBackOrPausingNeedsAReason() {
        steps.publish(fund, lights);
        UUID id = steps.project(fund, 1);
        refused(id, new ProgressChange(ProjectStage.COMPLETED, 80, null, null, "Done"), "percentComplete",
                "A completed project is 100% complete");
        refused(id, new ProgressChange(null, 101, null, null, "Nearly"), "percentComplete", "from 0 to 100");
        refused(id, new ProgressChange(ProjectStage.ON_HOLD, null, null, null, " "), "note",
                "Say why the project is on hold");
        refused(id, new ProgressChange(null, null, null, null, null), "note", "Write what has happened");
        refused(id, new ProgressChange(null, null, Money.pounds("-1.00"), null, "Refund"), "spent", "less than £0");

        post(id, new ProgressChange(ProjectStage.COMPLETED, null, Money.pounds("9750.00"), null,
                "Installed, switched on by the youth council"));
        FundedProject done = tracking.view(council, fund.id(), id);
        assertThat(done.stage()).isEqualTo(ProjectStage.COMPLETED);
        assertThat(done.percentComplete()).isEqualTo(100);
        refused(id, new ProgressChange(ProjectStage.IN_DELIVERY, 100, null, null, null), "note",
                "Say why the project has gone back from completed to in delivery");
        refused(id, new ProgressChange(ProjectStage.IN_DELIVERY, 90, null, null, null), "note",
                "gone back from completed");

        post(id, new ProgressChange(ProjectStage.ON_HOLD, 90, null, null, "Vandalised: two lights are being "
                + "replaced under warranty"));
        FundedProject paused = tracking.view(council, fund.id(), id);
        assertThat(paused.stageReason()).startsWith("Vandalised");
        assertThat(paused.percentComplete()).isEqualTo(90);
        assertThatThrownBy(() -> tracking.post(Actor.TANDEM, council, fund.id(), id, paused.version() - 1, null,
                new ProgressChange(null, null, null, null, "A stale update"), List.of()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> tracking.post(Actor.TANDEM, council, fund.id(), id, paused.version(),
                processes.today().plusDays(1), new ProgressChange(null, null, null, null, "Tomorrow"), List.of()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("cannot be in the future");
        assertThat(tracking.page(council, fund.id(), id).updates()).extracting(ProjectUpdate::note)
                .containsExactly("Vandalised: two lights are being replaced under warranty",
                        "Installed, switched on by the youth council");
        assertThat(auditEvents(council, "prioritisation.project-updated")).isEqualTo(2);
    }

    @Test
    void anotherOrganisationsProjectsAreNotFound() {
        steps.publish(fund, lights);
        UUID elsewhere = newOrganisation(OrganisationKind.COMMISSIONING_BODY);
        assertThatThrownBy(() -> tracking.view(elsewhere, fund.id(), steps.project(fund, 1)))
                .isInstanceOf(org.tandem.platform.NotFoundException.class);
        assertThatThrownBy(() -> tracking.publicProjects(elsewhere, fund.id()))
                .isInstanceOf(org.tandem.platform.NotFoundException.class);
    }

    private void post(UUID id, ProgressChange change) {
        FundedProject p = tracking.view(council, fund.id(), id);
        tracking.post(Actor.TANDEM, council, fund.id(), id, p.version(), null, change, List.of());
    }

    private void refused(UUID id, ProgressChange change, String field, String message) {
        FundedProject p = tracking.view(council, fund.id(), id);
        assertThatThrownBy(() -> tracking.post(Actor.TANDEM, council, fund.id(), id, p.version(), null, change,
                List.of())).isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(message);
                });
        assertThat(tracking.view(council, fund.id(), id).version()).isEqualTo(p.version());
    }

    private long updates() {
        return jdbc.sql("select count(*) from pb_project_update where organisation_id = ?").param(council)
                .query(Long.class).single();
    }
}
