package org.tandem.prioritisation.process.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.commissions.CommissionSection;
import org.tandem.commissions.CommissionSections;
import org.tandem.commissions.CommissionView;
import org.tandem.platform.CurrentUser;
import org.tandem.prioritisation.process.ProcessService;

/** The commission's participatory-budgeting processes, on the commission's page of the organisation leading it. */
@Component
class PbSection implements CommissionSections {

    private final ProcessService processes;

    PbSection(ProcessService processes) {
        this.processes = processes;
    }

    @Override
    public List<CommissionSection> sectionsFor(CommissionView commission, CurrentUser.Membership organisation) {
        if (!commission.ledBy(organisation.organisationId())) {
            return List.of();
        }
        long count = processes.countFor(commission, organisation.organisationId());
        String sofar = count == 0 ? "none set up yet" : count + (count == 1 ? " process" : " processes");
        return List.of(new CommissionSection("Participatory budgeting",
                "Residents propose and vote on how part of the budget is spent: " + sofar + ".",
                PbPaths.list(organisation.organisationId()) + "?commission=" + commission.id(), 40));
    }
}
