package org.tandem.prioritisation.implementation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.commissions.DemoCommissionReady;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.DemoCast;
import org.tandem.platform.Money;
import org.tandem.platform.Timestamps;
import org.tandem.prioritisation.ResultsPublished;
import org.tandem.prioritisation.process.ProcessService;

/**
 * The demo's funded projects a year on: each project the demo's published results fund gets two or three updates
 * from Tom Okafor, at different stages, so the public "what happened" pages have a story to tell. Before any demo
 * results are published there is nothing to do.
 *
 * <p>The demo loads in one transaction, and tracking normally starts once the publishing transaction commits, which
 * would be after this runs; so the results heard while the demo loads are tracked here, in the demo's transaction.
 * Tracking again after the commit changes nothing, as tracking is idempotent.
 */
@Component
class DemoProjectUpdates {

    private final ProjectTracking tracking;
    private final ProcessService processes;
    private final List<ResultsPublished> heard = new ArrayList<>();
    private volatile boolean loading;

    DemoProjectUpdates(ProjectTracking tracking, ProcessService processes) {
        this.tracking = tracking;
        this.processes = processes;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void loading(DemoCast cast) {
        loading = true;
    }

    @EventListener
    synchronized void heard(ResultsPublished published) {
        if (loading) {
            heard.add(published);
        }
    }

    @EventListener
    @Order(75)
    synchronized void on(DemoCommissionReady demo) {
        try {
            Actor tom = demo.cast().person("officer");
            for (ResultsPublished published : heard) {
                if (!published.organisationId().equals(demo.organisationId())) {
                    continue;
                }
                tracking.track(published);
                List<FundedProject> projects = tracking.all(published.organisationId(), published.processId());
                LocalDate from = LocalDate.ofInstant(published.publishedAt(), Timestamps.LONDON);
                for (int i = 0; i < projects.size(); i++) {
                    story(tom, projects.get(i), i, from);
                }
            }
        } finally {
            heard.clear();
            loading = false;
        }
    }

    /** Four believable paths, taken in turn: delivered, nearly there, waiting on a supplier, and paused. */
    private void story(Actor tom, FundedProject project, int index, LocalDate from) {
        String[] deliverers = {"Millbrook Council parks team", "Kickstart Sport", "Riverside Youth Trust",
                "Young Voices"};
        tracking.changeDetails(project.organisationId(), project.processId(), project.id(), project.version(),
                "Tom Okafor", deliverers[index % deliverers.length]);
        switch (index % 4) {
            case 0 -> {
                post(tom, project, from, 0.6, ProjectStage.PLANNING, 15, "0.10",
                        "Quotes are in from three suppliers and the young people who proposed it chose the one "
                                + "they liked best.");
                post(tom, project, from, 0.3, ProjectStage.IN_DELIVERY, 60, "0.55",
                        "Ordered, and the work is booked in with the contractor.");
                post(tom, project, from, 0.0, ProjectStage.COMPLETED, 100, "0.97",
                        "Finished and opened by the youth council. It came in a little under budget.");
            }
            case 1 -> {
                post(tom, project, from, 0.5, ProjectStage.PROCURING, 25, "0.05",
                        "We are recruiting the people to run it; the advert closes at the end of the month.");
                post(tom, project, from, 0.1, ProjectStage.IN_DELIVERY, 70, "0.60",
                        "Up and running: the first sessions were full and a waiting list has started.");
            }
            case 2 -> {
                post(tom, project, from, 0.4, ProjectStage.PLANNING, 10, "0.00",
                        "Plans agreed with the young people who proposed it.");
                post(tom, project, from, 0.1, ProjectStage.PROCURING, 30, "0.20",
                        "Equipment ordered; the supplier expects to deliver next month.");
            }
            default -> {
                post(tom, project, from, 0.5, ProjectStage.PLANNING, 20, "0.05",
                        "Site visit done with the young people who proposed it.");
                post(tom, project, from, 0.2, ProjectStage.ON_HOLD, 20, "0.05",
                        "On hold while the landowner's permission is sorted out; we expect an answer within "
                                + "six weeks and will post it here.");
            }
        }
    }

    /** An update {@code share} of the way back from today to the day results were published. */
    private void post(Actor tom, FundedProject project, LocalDate from, double share, ProjectStage stage,
                      int percent, String spentShare, String note) {
        LocalDate today = processes.today();
        long days = Math.max(0, today.toEpochDay() - from.toEpochDay());
        LocalDate on = today.minusDays(Math.round(days * share));
        FundedProject now = tracking.view(project.organisationId(), project.processId(), project.id());
        Money spent = new Money(now.allocated().amount().multiply(new BigDecimal(spentShare))
                .setScale(2, RoundingMode.DOWN));
        tracking.post(tom, now.organisationId(), now.processId(), now.id(), now.version(), on,
                new ProgressChange(stage, percent, spent, null, note), List.of());
    }
}
