package org.tandem.insight.wards.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.insight.wards.Ward;
import org.tandem.insight.wards.WardImportResult;
import org.tandem.insight.wards.WardRepository;
import org.tandem.insight.wards.WardService;
import org.tandem.insight.wards.WardVersion;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.imports.CsvImport;
import org.tandem.platform.imports.ImportRejected;

/**
 * The organisation's wards: the areas its needs, services and assets are organised by. Every member sees them;
 * commissioners and commissioning officers add and rename them, one at a time or from a CSV file.
 */
@Controller
@RequestMapping("/o/{organisationId}/wards")
class WardPages {

    private final WardRepository wards;
    private final WardService service;

    WardPages(WardRepository wards, WardService service) {
        this.wards = wards;
        this.service = service;
    }

    @GetMapping
    @OrganisationMember
    String list(CurrentUser.Membership organisation, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer page, Model model) {
        String search = q == null || q.isBlank() ? null : q.strip();
        model.addAttribute("results", wards.search(organisation.organisationId(), search, PageRequest.of(page, 25)));
        model.addAttribute("q", search);
        model.addAttribute("pageBase", "/o/" + organisation.organisationId() + "/wards?"
                + (search == null ? "" : "q=" + URLEncoder.encode(search, StandardCharsets.UTF_8) + "&"));
        model.addAttribute("canEdit", organisation.has(Role.COMMISSIONER, Role.COMMISSIONING_OFFICER));
        return "insight/wards/list";
    }

    @GetMapping("/new")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String addForm(CurrentUser.Membership organisation, Model model) {
        model.addAttribute("form", WardForm.blank());
        return form(organisation, null, model);
    }

    @PostMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String add(CurrentUser.Membership organisation, @Validated @ModelAttribute("form") WardForm form,
               BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(organisation, null, model);
        }
        try {
            Ward ward = service.add(organisation.organisationId(), form.code(), form.name());
            redirect.addFlashAttribute("flash", ward.name() + " (" + ward.code() + ") has been added");
            return "redirect:/o/" + organisation.organisationId() + "/wards";
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return form(organisation, null, model);
        }
    }

    @GetMapping("/{wardId}/edit")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String editForm(CurrentUser.Membership organisation, @PathVariable UUID wardId, Model model) {
        WardVersion ward = service.view(organisation.organisationId(), wardId);
        model.addAttribute("form", new WardForm(ward.ward().code(), ward.ward().name(), ward.version()));
        return form(organisation, ward.ward(), model);
    }

    @PostMapping("/{wardId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String edit(CurrentUser.Membership organisation, @PathVariable UUID wardId,
                @Validated @ModelAttribute("form") WardForm form, BindingResult errors, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        Ward ward = service.view(organisation.organisationId(), wardId).ward();
        if (form.version() == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
        if (errors.hasErrors()) {
            return form(organisation, ward, model);
        }
        try {
            Ward renamed = service.rename(organisation.organisationId(), wardId, form.version(), form.code(),
                    form.name());
            redirect.addFlashAttribute("flash", "The ward is now called " + renamed.name() + " (" + renamed.code()
                    + ")");
            return "redirect:/o/" + organisation.organisationId() + "/wards";
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return form(organisation, ward, model);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.reject("conflict", e.getMessage());
            return form(organisation, ward, model);
        }
    }

    @GetMapping("/import")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String importForm(CurrentUser.Membership organisation, Model model) {
        model.addAttribute("backLink", "/o/" + organisation.organisationId() + "/wards");
        return "insight/wards/import";
    }

    @PostMapping("/import")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String importFile(CurrentUser.Membership organisation, @RequestParam(required = false) MultipartFile file,
                      Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        model.addAttribute("backLink", "/o/" + organisation.organisationId() + "/wards");
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "Choose a CSV file to import");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "insight/wards/import";
        }
        try (InputStream csv = file.getInputStream()) {
            CsvImport.refuseIfTooBig(file.getSize(), WardService.IMPORT_LAYOUT);
            WardImportResult result = service.importCsv(organisation.organisationId(), csv);
            redirect.addFlashAttribute("flash", "Imported " + result.rows()
                    + (result.rows() == 1 ? " row: " : " rows: ") + result.added() + " added, " + result.renamed() + " renamed, " + result.unchanged()
                    + " unchanged");
            return "redirect:/o/" + organisation.organisationId() + "/wards";
        } catch (ImportRejected e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fileError", "The file was not imported: nothing in it has been kept. Correct it "
                    + "and import it again.");
            model.addAttribute("problems", e.problems());
            model.addAttribute("moreProblems", e.moreNotShown());
            return "insight/wards/import";
        }
    }

    private String form(CurrentUser.Membership organisation, Ward ward, Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("backLink", "/o/" + organisation.organisationId() + "/wards");
        return "insight/wards/form";
    }
}
