package org.tandem.insight.evidence.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.commissions.CommissionView;
import org.tandem.insight.evidence.CommissionAccess;
import org.tandem.insight.evidence.PageLinks;
import org.tandem.insight.evidence.datasets.DatasetService;
import org.tandem.insight.evidence.items.EvidenceItemRepository;
import org.tandem.insight.evidence.items.EvidenceItemService;
import org.tandem.insight.evidence.risks.RiskRepository;
import org.tandem.insight.evidence.risks.RiskService;
import org.tandem.insight.evidence.search.EvidenceKind;
import org.tandem.insight.evidence.search.EvidenceSearch;
import org.tandem.insight.evidence.search.SearchResults;
import org.tandem.platform.Choice;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.FormValues;
import org.tandem.platform.ListLinks;

/**
 * The evidence library's front page for a commission (what there is, and a search box), and search: within one
 * commission, or across every commission the organisation leads.
 */
@Controller
class EvidencePages {

    private final EvidenceSearch search;
    private final DatasetService datasets;
    private final EvidenceItemService items;
    private final RiskService risks;
    private final CommissionAccess access;

    EvidencePages(EvidenceSearch search, DatasetService datasets, EvidenceItemService items, RiskService risks,
                  CommissionAccess access) {
        this.search = search;
        this.datasets = datasets;
        this.items = items;
        this.risks = risks;
        this.access = access;
    }

    @GetMapping("/o/{organisationId}/commissions/{commissionId}/evidence")
    @OrganisationMember
    String library(CurrentUser.Membership organisation, @PathVariable UUID commissionId, Model model) {
        CommissionView commission = access.readable(organisation, commissionId);
        PageRequest one = PageRequest.of(1, 1);
        model.addAttribute("commission", commission);
        model.addAttribute("datasetCount", datasets.list(organisation, commissionId, null, null, one).total());
        model.addAttribute("itemCount", items.list(organisation, commissionId,
                new EvidenceItemRepository.Filter(null, null, null, null), null, one).total());
        model.addAttribute("riskCount", risks.list(organisation, commissionId,
                new RiskRepository.Filter(null, null, null, null, null), null, one).total());
        model.addAttribute("canEdit", EvidenceRoles.canEdit(organisation, commission));
        model.addAttribute("canAddItems", EvidenceRoles.canAddItems(organisation, commission));
        return "insight/evidence/library";
    }

    @GetMapping("/o/{organisationId}/commissions/{commissionId}/evidence/search")
    @OrganisationMember
    String searchCommission(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                            @RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                            @RequestParam(required = false) Integer page, Model model) {
        CommissionView commission = access.readable(organisation, commissionId);
        EvidenceKind kindFilter = FormValues.enumValue(EvidenceKind.class, kind);
        SearchResults results = search.inCommission(organisation, commissionId, q, kindFilter,
                PageRequest.of(page, 25));
        model.addAttribute("commission", commission);
        return results(organisation, "/o/" + organisation.organisationId() + "/commissions/" + commissionId
                + "/evidence/search", q, kindFilter, results, model);
    }

    @GetMapping("/o/{organisationId}/evidence/search")
    @OrganisationMember
    String searchOrganisation(CurrentUser.Membership organisation, @RequestParam(required = false) String q,
                              @RequestParam(required = false) String kind,
                              @RequestParam(required = false) Integer page, Model model) {
        EvidenceKind kindFilter = FormValues.enumValue(EvidenceKind.class, kind);
        SearchResults results = search.inOrganisation(organisation, q, kindFilter, PageRequest.of(page, 25));
        model.addAttribute("commission", null);
        return results(organisation, "/o/" + organisation.organisationId() + "/evidence/search", q, kindFilter,
                results, model);
    }

    private String results(CurrentUser.Membership organisation, String path, String q, EvidenceKind kind,
                           SearchResults results, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("kind", kind == null ? null : kind.name());
        model.addAttribute("kinds", Choice.of(EvidenceKind.class, EvidenceKind::label));
        model.addAttribute("results", results);
        model.addAttribute("searchPath", path);
        model.addAttribute("organisationPath", "/o/" + organisation.organisationId());
        model.addAttribute("pageBase", ListLinks.base(path, PageLinks.filters("q", q, "kind", kind)));
        return "insight/evidence/search";
    }
}
