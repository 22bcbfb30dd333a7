package org.tandem.outcomes.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.commissions.CommissionSection;
import org.tandem.commissions.CommissionSections;
import org.tandem.commissions.CommissionView;
import org.tandem.outcomes.FrameworkView;
import org.tandem.outcomes.internal.FrameworkService;
import org.tandem.platform.CurrentUser;

/** The outcomes framework on the commission's page, for the people of the organisation that leads it. */
@Component
class OutcomesSection implements CommissionSections {

    private final FrameworkService frameworks;

    OutcomesSection(FrameworkService frameworks) {
        this.frameworks = frameworks;
    }

    @Override
    public List<CommissionSection> sectionsFor(CommissionView commission, CurrentUser.Membership organisation) {
        if (!commission.ledBy(organisation.organisationId())) {
            return List.of();
        }
        String state = frameworks.forCommission(organisation.organisationId(), commission.id())
                .map(OutcomesSection::describe).orElse("not started yet");
        return List.of(new CommissionSection("Outcomes framework",
                "The outcomes the commission works towards, in the words of the people they are for: " + state + ".",
                OutcomesPaths.commission(organisation.organisationId(), commission.id()), 60));
    }

    private static String describe(FrameworkView framework) {
        String latest = framework.latest().label().toLowerCase(java.util.Locale.ROOT) + " is "
                + framework.latest().status().label().toLowerCase(java.util.Locale.ROOT);
        return framework.agreed().filter(a -> a.number() != framework.latest().number())
                .map(a -> latest + "; version " + a.number() + " is agreed").orElse(latest);
    }
}
