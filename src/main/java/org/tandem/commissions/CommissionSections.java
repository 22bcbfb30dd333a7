package org.tandem.commissions;

import java.util.List;
import org.tandem.platform.CurrentUser;

/**
 * Implemented by modules that add work to a commission. The commission's page asks every implementation which
 * sections to show to this person in this organisation; the commissions module needs to know nothing about them.
 */
public interface CommissionSections {

    List<CommissionSection> sectionsFor(CommissionView commission, CurrentUser.Membership organisation);
}
