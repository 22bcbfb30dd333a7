package org.tandem.outcomes.contributions.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tandem.outcomes.contributions.internal.Contribution;
import org.tandem.outcomes.contributions.internal.ContributionKind;
import org.tandem.outcomes.contributions.internal.Visibility;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.Role;

/**
 * What one person sees of a version's contributions. Shown ones are for everyone in the organisation; held and
 * hidden ones only for moderators and for the person who gave them, who can see what happened to their own words.
 */
record Seen(List<Contribution> all, UUID personId, boolean moderator) {

    static boolean isModerator(CurrentUser.Membership organisation) {
        return organisation.has(Role.COMMISSIONER, Role.COMMISSIONING_OFFICER);
    }

    static Seen by(CurrentUser user, CurrentUser.Membership organisation, List<Contribution> all) {
        return new Seen(all, user.personId(), isModerator(organisation));
    }

    boolean canSee(Contribution c) {
        return c.isShown() || moderator || personId.equals(c.personId());
    }

    List<Contribution> suggestions(Visibility visibility) {
        return all.stream().filter(c -> c.kind() == ContributionKind.SUGGESTION && c.visibility() == visibility)
                .filter(this::canSee).toList();
    }

    List<Contribution> held() {
        return onlyForModerators(Visibility.HELD);
    }

    /** Hidden suggestions and comments alike, so a moderator can look back on every decision to hide. */
    List<Contribution> hidden() {
        return onlyForModerators(Visibility.HIDDEN);
    }

    private List<Contribution> onlyForModerators(Visibility visibility) {
        return all.stream().filter(c -> c.visibility() == visibility && moderator).toList();
    }

    List<Contribution> mine() {
        return all.stream().filter(c -> personId.equals(c.personId())).toList();
    }

    /** The comments each contribution or outcome has that this person may see, by what they are on. */
    Map<UUID, List<Contribution>> comments() {
        Map<UUID, List<Contribution>> on = new LinkedHashMap<>();
        all.stream().filter(c -> c.kind() == ContributionKind.COMMENT && canSee(c)).forEach(c -> on
                .computeIfAbsent(c.on().outcomeId() != null ? c.on().outcomeId() : c.on().contributionId(),
                        k -> new ArrayList<>()).add(c));
        return on;
    }
}
