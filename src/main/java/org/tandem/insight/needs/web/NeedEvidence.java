package org.tandem.insight.needs.web;

import java.util.List;
import org.tandem.commissions.CommissionView;
import org.tandem.insight.needs.Need;

/** Evidence tagged to a need, listed on the need's page by whichever part of Insight holds it. */
public interface NeedEvidence {

    /** A link to one piece of evidence, with what kind it is; {@code path} is below the commission's address. */
    record Link(String kind, String title, String path, String detail) {
    }

    List<Link> linksFor(CommissionView commission, Need need);
}
