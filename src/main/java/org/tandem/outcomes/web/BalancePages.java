package org.tandem.outcomes.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.outcomes.FrameworkVersionView;
import org.tandem.outcomes.FrameworkView;
import org.tandem.outcomes.internal.Balance;
import org.tandem.outcomes.internal.BalanceComparison;
import org.tandem.outcomes.internal.FrameworkService;
import org.tandem.outcomes.internal.VersionDiff;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;

/** A version's balance, and two versions side by side: what changed and how the balance moved. Everyone reads. */
@Controller
class BalancePages {

    private final FrameworkService frameworks;
    private final DraftVersions versions;

    BalancePages(FrameworkService frameworks, DraftVersions versions) {
        this.frameworks = frameworks;
        this.versions = versions;
    }

    @GetMapping("/o/{organisationId}/outcomes/{frameworkId}/versions/{versionNumber}/balance")
    @OrganisationMember
    String balance(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                   @PathVariable int versionNumber, Model model) {
        UUID org = organisation.organisationId();
        FrameworkView framework = frameworks.framework(org, frameworkId);
        FrameworkVersionView version = frameworks.version(framework, versionNumber);
        model.addAttribute("framework", framework);
        model.addAttribute("version", version);
        model.addAttribute("balance", Balance.of(frameworks.outcomes(org, version.id())));
        model.addAttribute("backLink", OutcomesPaths.version(org, frameworkId, versionNumber));
        return "outcomes/balance";
    }

    /** Compares any two versions; without a choice, the newest with the one before it. */
    @GetMapping("/o/{organisationId}/outcomes/{frameworkId}/compare")
    @OrganisationMember
    String compare(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                   @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                   Model model) {
        UUID org = organisation.organisationId();
        DraftVersions.Compared compared = versions.compared(org, frameworkId, from, to);
        var before = frameworks.outcomes(org, compared.older().id());
        var after = frameworks.outcomes(org, compared.newer().id());
        model.addAttribute("framework", compared.framework());
        model.addAttribute("older", compared.older());
        model.addAttribute("newer", compared.newer());
        model.addAttribute("diff", VersionDiff.between(before, after));
        model.addAttribute("comparison", BalanceComparison.of(Balance.of(before), Balance.of(after)));
        model.addAttribute("action", OutcomesPaths.framework(org, frameworkId) + "/compare");
        model.addAttribute("backLink", OutcomesPaths.version(org, frameworkId, compared.newer().number()));
        return "outcomes/compare";
    }
}
