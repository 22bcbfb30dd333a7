package org.tandem.outcomes.characteristics.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.commissions.CommissionSection;
import org.tandem.commissions.CommissionSections;
import org.tandem.commissions.CommissionView;
import org.tandem.outcomes.characteristics.QualityCharacteristics;
import org.tandem.platform.CurrentUser;

/** The quality characteristics on the commission's page, for everyone who can see the commission. */
@Component
class CharacteristicsSection implements CommissionSections {

    private final QualityCharacteristics characteristics;

    CharacteristicsSection(QualityCharacteristics characteristics) {
        this.characteristics = characteristics;
    }

    @Override
    public List<CommissionSection> sectionsFor(CommissionView commission, CurrentUser.Membership organisation) {
        int count = characteristics.of(organisation.organisationId(), commission.id()).size();
        String sofar = count == 0 ? "none written yet"
                : count + (count == 1 ? " characteristic" : " characteristics") + " so far";
        return List.of(new CommissionSection("Quality characteristics",
                "How the service should be provided, in the words of the people who will use it: " + sofar + ".",
                CharacteristicPaths.list(organisation.organisationId(), commission.id()), 72));
    }
}
