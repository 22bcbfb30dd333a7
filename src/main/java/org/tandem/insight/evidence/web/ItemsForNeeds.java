package org.tandem.insight.evidence.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.commissions.CommissionView;
import org.tandem.insight.evidence.items.EvidenceItemService;
import org.tandem.insight.needs.Need;
import org.tandem.insight.needs.web.NeedEvidence;
import org.tandem.platform.Timestamps;

/** A need's page lists the evidence items tagged to it. */
@Component
class ItemsForNeeds implements NeedEvidence {

    private final EvidenceItemService items;

    ItemsForNeeds(EvidenceItemService items) {
        this.items = items;
    }

    @Override
    public List<Link> linksFor(CommissionView commission, Need need) {
        return items.taggedTo(commission, need).stream()
                .map(i -> new Link(i.method().label(), i.title(), "/evidence/items/" + i.id(),
                        Timestamps.longDate(i.gatheredOn())))
                .toList();
    }
}
