package org.tandem.outcomes.internal;

import java.util.List;
import org.tandem.commissions.CommissionView;
import org.tandem.outcomes.FrameworkVersionView;
import org.tandem.outcomes.FrameworkView;
import org.tandem.outcomes.OutcomeView;

/** Everything the exports and the public page say about one version, gathered once. */
public record FrameworkDocument(FrameworkView framework, FrameworkVersionView version, CommissionView commission,
                                String organisationName, List<OutcomeView> outcomes, Balance balance,
                                List<Review> reviews) {

    public FrameworkDocument {
        outcomes = List.copyOf(outcomes);
        reviews = List.copyOf(reviews);
    }

    /** "Version 2, agreed by Young Voices review group on 3 March 2027", or "Version 3, draft". */
    public String status() {
        if (version.isLocked()) {
            return version.label() + ", agreed by " + version.reviewGroupName() + " on "
                    + org.tandem.platform.Timestamps.londonDateTime(version.agreedAt());
        }
        return version.label() + ", " + version.status().label().toLowerCase(java.util.Locale.ROOT)
                + " (not yet agreed)";
    }

    /** The gaps on the four axes seed 000 asks commissioners to balance, one sentence each. */
    public List<String> gaps() {
        return balance.axes().stream().filter(a -> a.axis().isMatrix())
                .flatMap(a -> a.gaps().stream().map(g -> a.axis().label() + ": nothing under " + g.category().label()))
                .toList();
    }
}
