package org.tandem.coproduction.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.commissions.CommissionView;
import org.tandem.commissions.Phase;
import org.tandem.coproduction.ActivityMethod;
import org.tandem.coproduction.CoProductionMode;
import org.tandem.coproduction.EqualityDimension;
import org.tandem.coproduction.EqualityGroup;
import org.tandem.coproduction.LadderRung;
import org.tandem.coproduction.internal.ActivityRepository;
import org.tandem.coproduction.internal.ActivityService;
import org.tandem.coproduction.internal.CoProductionSummaries;
import org.tandem.coproduction.internal.CoProductionSummary;
import org.tandem.platform.Choice;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.Role;
import org.tandem.platform.FormValues;
import org.tandem.platform.ListLinks;

/**
 * A commission's co-production page: what its activities add up to (ladder over time, the four Co's, the matrix,
 * Needham and Carr's level, who took part, the usual suspects) and the activities themselves, searchable.
 */
@Controller
class CoProductionPage {

    private final ActivityService activities;
    private final CoProductionSummaries summaries;

    CoProductionPage(ActivityService activities, CoProductionSummaries summaries) {
        this.activities = activities;
        this.summaries = summaries;
    }

    @GetMapping("/o/{organisationId}/commissions/{commissionId}/co-production")
    @OrganisationMember
    String page(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                @RequestParam(required = false) String q, @RequestParam(required = false) String phase,
                @RequestParam(required = false) String rung, @RequestParam(required = false) String mode,
                @RequestParam(required = false) String method, @RequestParam(required = false) String sort,
                @RequestParam(required = false) Integer page, Model model) {
        CommissionView commission = activities.commission(organisation, commissionId);
        CoProductionSummary summary = summaries.summary(organisation, commissionId);
        ActivityRepository.Filter filter = new ActivityRepository.Filter(limit(q),
                FormValues.enumValue(Phase.class, phase),
                FormValues.enumValue(LadderRung.class, rung), FormValues.enumValue(CoProductionMode.class, mode),
                FormValues.enumValue(ActivityMethod.class, method));
        ActivityRepository.Sort order = FormValues.enumValue(ActivityRepository.Sort.class, sort);
        model.addAttribute("commission", commission);
        model.addAttribute("summary", summary);
        model.addAttribute("chart", LadderChart.of(summary.ladder()));
        model.addAttribute("matrix", MatrixView.of(summary));
        model.addAttribute("dimensions", Arrays.stream(EqualityDimension.values())
                .map(d -> Map.entry(d, EqualityGroup.of(d))).toList());
        model.addAttribute("results", activities.list(organisation, commissionId, filter,
                order == null ? ActivityRepository.Sort.NEWEST : order, PageRequest.of(page, 25)));
        model.addAttribute("filter", filter);
        model.addAttribute("sort", order == null ? "NEWEST" : order.name());
        model.addAttribute("phases", Choice.of(Phase.class, Phase::label));
        model.addAttribute("rungs", Choice.of(LadderRung.class, LadderRung::label));
        model.addAttribute("modes", Choice.of(CoProductionMode.class, CoProductionMode::label));
        model.addAttribute("methods", Choice.of(ActivityMethod.class, ActivityMethod::label));
        model.addAttribute("sorts", List.of(new Choice("NEWEST", "Newest first", null),
                new Choice("OLDEST", "Oldest first", null), new Choice("TITLE", "Title", null),
                new Choice("RUNG", "Highest rung first", null), new Choice("PARTICIPANTS", "Most people first", null)));
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("q", filter.text());
        filters.put("phase", filter.phase());
        filters.put("rung", filter.rung());
        filters.put("mode", filter.mode());
        filters.put("method", filter.method());
        filters.put("sort", order);
        String base = CoProductionPaths.summary(organisation.organisationId(), commissionId);
        model.addAttribute("pageBase", ListLinks.base(base, filters));
        boolean lead = commission.ledBy(organisation.organisationId());
        model.addAttribute("canRecord", lead && organisation.has(Role.COMMISSIONER, Role.COMMISSIONING_OFFICER,
                Role.CITIZEN_CO_PRODUCER));
        model.addAttribute("canConfirm", lead && organisation.has(Role.COMMISSIONER));
        model.addAttribute("base", base);
        model.addAttribute("backLink", "/o/" + organisation.organisationId() + "/commissions/" + commissionId);
        return "coproduction/summary";
    }

    private static String limit(String text) {
        return text == null ? null : text.length() > 200 ? text.substring(0, 200) : text;
    }
}
