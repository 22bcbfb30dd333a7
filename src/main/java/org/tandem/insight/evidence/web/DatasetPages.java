package org.tandem.insight.evidence.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.commissions.CommissionView;
import org.tandem.insight.evidence.CommissionAccess;
import org.tandem.insight.evidence.FormInput;
import org.tandem.insight.evidence.PageLinks;
import org.tandem.insight.evidence.datasets.Dataset;
import org.tandem.insight.evidence.datasets.DatasetChart;
import org.tandem.insight.evidence.datasets.DatasetRepository;
import org.tandem.insight.evidence.datasets.DatasetRow;
import org.tandem.insight.evidence.datasets.DatasetService;
import org.tandem.platform.Choice;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.ResultPage;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.imports.ImportRejected;
import org.tandem.platform.FormValues;
import org.tandem.platform.ListLinks;

/**
 * A commission's datasets: the list, importing one from CSV, its page (an indicator drawn as a chart with its
 * figures beside it, and every value a page at a time), exporting it as CSV, replacing and deleting it.
 */
@Controller
@RequestMapping("/o/{organisationId}/commissions/{commissionId}/evidence/datasets")
class DatasetPages {

    private final DatasetService datasets;
    private final CommissionAccess access;

    DatasetPages(DatasetService datasets, CommissionAccess access) {
        this.datasets = datasets;
        this.access = access;
    }

    @GetMapping
    @OrganisationMember
    String list(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                @RequestParam(required = false) Integer page, Model model) {
        CommissionView commission = access.readable(organisation, commissionId);
        DatasetRepository.Sort order = FormValues.enumValue(DatasetRepository.Sort.class, sort);
        ResultPage<Dataset> results = datasets.list(organisation, commissionId, q, order, PageRequest.of(page, 25));
        model.addAttribute("commission", commission);
        model.addAttribute("results", results);
        model.addAttribute("q", q);
        model.addAttribute("sort", order == null ? "TITLE" : order.name());
        model.addAttribute("sorts", List.of(new Choice("TITLE", "Title", null),
                new Choice("NEWEST", "Most recently imported", null), new Choice("ROWS", "Most rows", null)));
        model.addAttribute("pageBase", ListLinks.base(base(organisation, commissionId),
                PageLinks.filters("q", q, "sort", order)));
        model.addAttribute("canEdit", EvidenceRoles.canEdit(organisation, commission));
        return "insight/evidence/datasets/list";
    }

    @GetMapping("/new")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String importForm(CurrentUser.Membership organisation, @PathVariable UUID commissionId, Model model) {
        model.addAttribute("form", DatasetForm.blank());
        return form(access.changeable(organisation, commissionId), null, model);
    }

    @PostMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String importFile(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                      @Validated @ModelAttribute("form") DatasetForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) throws IOException {
        CommissionView commission = access.changeable(organisation, commissionId);
        if (errors.hasErrors()) {
            return form(commission, null, model);
        }
        try {
            Dataset dataset = datasets.importNew(user, organisation, commissionId, form.details(),
                    form.file().getOriginalFilename(), form.file().getInputStream());
            redirect.addFlashAttribute("flash", dataset.title() + " imported: " + dataset.rowCount() + " rows");
            return "redirect:" + base(organisation, commissionId) + "/" + dataset.id();
        } catch (ImportRejected e) {
            ImportProblems.show(e, errors);
            return form(commission, null, model);
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return form(commission, null, model);
        }
    }

    @GetMapping("/{datasetId}")
    @OrganisationMember
    String show(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID datasetId,
                @RequestParam(required = false) String indicator, @RequestParam(required = false) String view,
                @RequestParam(required = false) String period, @RequestParam(required = false) Integer page,
                Model model) {
        CommissionView commission = access.readable(organisation, commissionId);
        Dataset dataset = datasets.view(organisation, commissionId, datasetId);
        model.addAttribute("commission", commission);
        model.addAttribute("dataset", dataset);
        model.addAttribute("canEdit", EvidenceRoles.canEdit(organisation, commission));
        if (dataset.indicators().isEmpty()) {
            return "insight/evidence/datasets/show";
        }
        Integer number = FormInput.number(indicator);
        Dataset.Indicator shown = dataset.indicator(number == null ? 0 : number)
                .orElse(dataset.indicators().getFirst());
        List<DatasetRow> values = datasets.indicatorRows(dataset, shown);
        if (values.isEmpty()) {
            return "insight/evidence/datasets/show";
        }
        DatasetChart.View chosen = FormValues.enumValue(DatasetChart.View.class, view);
        List<String> periods = values.stream().map(DatasetRow::period).distinct().toList();
        if (chosen == null) {
            chosen = periods.size() > 1 ? DatasetChart.View.TREND : DatasetChart.View.AREAS;
        }
        String periodShown = periods.contains(period) ? period : periods.getLast();
        model.addAttribute("indicator", shown);
        model.addAttribute("indicators", dataset.indicators().stream()
                .map(i -> new Choice(Integer.toString(i.number()), i.label(), null)).toList());
        model.addAttribute("view", chosen.name());
        model.addAttribute("views", Choice.of(DatasetChart.View.class, DatasetChart.View::label));
        model.addAttribute("period", periodShown);
        model.addAttribute("periods", periods);
        model.addAttribute("chart", chosen == DatasetChart.View.TREND
                ? DatasetChart.trend(shown, dataset.periods(), values)
                : DatasetChart.byArea(shown, periodShown, values));
        ResultPage<DatasetRow> rows = datasets.rows(organisation, commissionId, datasetId, shown.number(), null,
                PageRequest.of(page, 25));
        model.addAttribute("rows", rows);
        model.addAttribute("pageBase", ListLinks.base(base(organisation, commissionId) + "/" + datasetId,
                PageLinks.filters("indicator", shown.number(), "view", chosen, "period", periodShown)));
        return "insight/evidence/datasets/show";
    }

    @GetMapping("/{datasetId}/rows.csv")
    @OrganisationMember
    void export(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID datasetId,
                HttpServletResponse response) throws IOException {
        EvidenceDownloads.datasetCsv(response, datasets, datasets.view(organisation, commissionId, datasetId));
    }

    @GetMapping("/{datasetId}/replace")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String replaceForm(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                       @PathVariable UUID datasetId, Model model) {
        CommissionView commission = access.changeable(organisation, commissionId);
        Dataset dataset = datasets.view(organisation, commissionId, datasetId);
        model.addAttribute("form", DatasetForm.of(dataset));
        return form(commission, dataset, model);
    }

    @PostMapping("/{datasetId}/replace")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String replace(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                   @PathVariable UUID datasetId, @Validated @ModelAttribute("form") DatasetForm form,
                   BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response)
            throws IOException {
        CommissionView commission = access.changeable(organisation, commissionId);
        Dataset dataset = datasets.view(organisation, commissionId, datasetId);
        if (form.version() == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
        if (errors.hasErrors()) {
            return form(commission, dataset, model);
        }
        try {
            Dataset replaced = datasets.replace(user, organisation, commissionId, datasetId, form.version(),
                    form.details(), form.file().getOriginalFilename(), form.file().getInputStream());
            redirect.addFlashAttribute("flash", replaced.title() + " replaced: " + replaced.rowCount() + " rows");
            return "redirect:" + base(organisation, commissionId) + "/" + datasetId;
        } catch (ImportRejected e) {
            ImportProblems.show(e, errors);
            return form(commission, dataset, model);
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return form(commission, dataset, model);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.reject("conflict", e.getMessage());
            return form(commission, dataset, model);
        }
    }

    @GetMapping("/{datasetId}/delete")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String deleteForm(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                      @PathVariable UUID datasetId, Model model) {
        model.addAttribute("commission", access.changeable(organisation, commissionId));
        model.addAttribute("dataset", datasets.view(organisation, commissionId, datasetId));
        return "insight/evidence/datasets/delete";
    }

    @PostMapping("/{datasetId}/delete")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String delete(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID datasetId,
                  RedirectAttributes redirect) {
        Dataset dataset = datasets.view(organisation, commissionId, datasetId);
        datasets.delete(organisation, commissionId, datasetId);
        redirect.addFlashAttribute("flash", dataset.title() + " has been deleted");
        return "redirect:" + base(organisation, commissionId);
    }

    private String form(CommissionView commission, Dataset dataset, Model model) {
        model.addAttribute("commission", commission);
        model.addAttribute("dataset", dataset);
        return "insight/evidence/datasets/form";
    }

    private static String base(CurrentUser.Membership organisation, UUID commissionId) {
        return "/o/" + organisation.organisationId() + "/commissions/" + commissionId + "/evidence/datasets";
    }
}
