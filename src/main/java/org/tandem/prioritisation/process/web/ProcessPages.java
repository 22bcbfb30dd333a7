package org.tandem.prioritisation.process.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Choice;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.FormValues;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.prioritisation.BallotType;
import org.tandem.prioritisation.Eligibility;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.ballots.BallotService;
import org.tandem.prioritisation.process.ProcessService;

/**
 * Setting up a participatory-budgeting process and seeing it. Commissioners and commissioning officers set processes
 * up and change them; everyone in the organisation sees them.
 */
@Controller
@RequestMapping("/o/{organisationId}/pb-processes")
class ProcessPages {

    private final ProcessService processes;
    private final ProcessPageModel pageModel;
    private final BallotService ballots;

    ProcessPages(ProcessService processes, ProcessPageModel pageModel, BallotService ballots) {
        this.processes = processes;
        this.pageModel = pageModel;
        this.ballots = ballots;
    }

    @GetMapping
    @OrganisationMember
    String list(CurrentUser.Membership organisation, @RequestParam(required = false) String commission,
                @RequestParam(required = false) Integer page, Model model) {
        UUID commissionId = FormValues.uuid(commission);
        model.addAttribute("results", processes.list(organisation.organisationId(), commissionId,
                PageRequest.of(page, PageRequest.DEFAULT_SIZE)));
        model.addAttribute("commission", processes.commission(organisation.organisationId(), commissionId)
                .orElse(null));
        model.addAttribute("canSetUp", organisation.has(Role.COMMISSIONER, Role.COMMISSIONING_OFFICER));
        model.addAttribute("base", PbPaths.list(organisation.organisationId()));
        model.addAttribute("today", processes.today());
        return "prioritisation/processes";
    }

    @GetMapping("/new")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String createForm(CurrentUser.Membership organisation, @RequestParam(required = false) String commission,
                      Model model) {
        UUID commissionId = processes.commission(organisation.organisationId(), FormValues.uuid(commission))
                .map(c -> c.id()).orElse(null);
        model.addAttribute("form", ProcessForm.blank(commissionId));
        return form(organisation, null, model);
    }

    @PostMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String create(CurrentUser user, CurrentUser.Membership organisation,
                  @Validated @ModelAttribute("form") ProcessForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(organisation, null, model);
        }
        try {
            PbProcessView created = processes.create(new Actor(user.personId(), user.displayName()),
                    organisation.organisationId(), form.toDetails());
            redirect.addFlashAttribute("flash", created.title() + " has been set up");
            return "redirect:" + PbPaths.process(organisation.organisationId(), created.id());
        } catch (RuleViolation e) {
            reject(errors, e);
            return form(organisation, null, model);
        }
    }

    @GetMapping("/{processId}")
    @OrganisationMember
    String show(CurrentUser.Membership organisation, @PathVariable UUID processId, Model model) {
        PbProcessView process = processes.view(organisation.organisationId(), processId);
        pageModel.describe(process, model);
        model.addAttribute("canChange", organisation.has(Role.COMMISSIONER, Role.COMMISSIONING_OFFICER));
        model.addAttribute("codes", processes.codeCounts(organisation.organisationId(), processId));
        model.addAttribute("base", PbPaths.process(organisation.organisationId(), processId));
        model.addAttribute("publicPath", PbPaths.publicProcess(organisation.organisationId(), processId));
        model.addAttribute("backLink", PbPaths.list(organisation.organisationId()));
        // Turnout only: what was voted stays sealed until voting closes and the count is published.
        model.addAttribute("turnout", ballots.turnout(organisation.organisationId(), processId));
        return "prioritisation/process";
    }

    @GetMapping("/{processId}/edit")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String changeForm(CurrentUser.Membership organisation, @PathVariable UUID processId, Model model) {
        PbProcessView process = processes.view(organisation.organisationId(), processId);
        model.addAttribute("form", ProcessForm.of(process,
                processes.ballotSettings(organisation.organisationId(), processId)));
        return form(organisation, process, model);
    }

    @PostMapping("/{processId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String change(CurrentUser.Membership organisation, @PathVariable UUID processId,
                  @Validated @ModelAttribute("form") ProcessForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        PbProcessView process = processes.view(organisation.organisationId(), processId);
        if (form.version() == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
        if (errors.hasErrors()) {
            return form(organisation, process, model);
        }
        try {
            PbProcessView saved = processes.update(organisation.organisationId(), processId, form.version(),
                    form.toDetails());
            redirect.addFlashAttribute("flash", "Your changes to " + saved.title() + " have been saved");
            return "redirect:" + PbPaths.process(organisation.organisationId(), processId);
        } catch (RuleViolation e) {
            reject(errors, e);
            return form(organisation, process, model);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.reject("conflict", e.getMessage());
            return form(organisation, process, model);
        }
    }

    @GetMapping("/{processId}/codes")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String codesForm(CurrentUser.Membership organisation, @PathVariable UUID processId, Model model) {
        return codesPage(organisation, processId, "", null, model);
    }

    /** The new codes, as a CSV file for a mail merge: the only time anyone sees them. */
    @PostMapping("/{processId}/codes")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    Object issueCodes(CurrentUser.Membership organisation, @PathVariable UUID processId,
                      @RequestParam(required = false) String count, Model model, HttpServletResponse response) {
        Integer wanted = count != null && count.strip().matches("\\d{1,6}") ? Integer.valueOf(count.strip()) : null;
        try {
            if (wanted == null) {
                throw new RuleViolation("count", "Enter how many codes to make, as a whole number, for example 500");
            }
            List<String> codes = processes.issueCodes(organisation.organisationId(), processId, wanted);
            String csv = "code\r\n" + String.join("\r\n", codes) + "\r\n";
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("verification-codes.csv").build().toString())
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .body(csv);
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return codesPage(organisation, processId, count, e.getMessage(), model);
        }
    }

    private String codesPage(CurrentUser.Membership organisation, UUID processId, String count, String error,
                             Model model) {
        PbProcessView process = processes.view(organisation.organisationId(), processId);
        model.addAttribute("process", process);
        model.addAttribute("count", count == null ? "" : count.length() > 10 ? count.substring(0, 10) : count);
        model.addAttribute("error", error);
        model.addAttribute("codes", processes.codeCounts(organisation.organisationId(), processId));
        model.addAttribute("base", PbPaths.process(organisation.organisationId(), processId));
        model.addAttribute("backLink", PbPaths.process(organisation.organisationId(), processId));
        return "prioritisation/codes";
    }

    private static void reject(BindingResult errors, RuleViolation e) {
        String field = ProcessForm.field(e.field());
        if (field == null) {
            errors.reject("rule", e.getMessage());
        } else {
            errors.rejectValue(field, "rule", e.getMessage());
        }
    }

    private String form(CurrentUser.Membership organisation, PbProcessView process, Model model) {
        UUID organisationId = organisation.organisationId();
        ProcessForm form = (ProcessForm) model.getAttribute("form");
        model.addAttribute("process", process);
        model.addAttribute("commission", form == null ? null
                : processes.commission(organisationId, FormValues.uuid(form.commissionId())).orElse(null));
        model.addAttribute("phases", Arrays.asList(PbPhase.values()));
        model.addAttribute("eligibilities", Arrays.stream(Eligibility.values())
                .map(e -> new Choice(e.name(), e.label(), e.description())).toList());
        model.addAttribute("ballotTypes", Arrays.stream(BallotType.values())
                .map(t -> new Choice(t.name(), t.label(), t.description())).toList());
        model.addAttribute("action", process == null ? PbPaths.list(organisationId)
                : PbPaths.process(organisationId, process.id()));
        model.addAttribute("backLink", process == null ? PbPaths.list(organisationId)
                : PbPaths.process(organisationId, process.id()));
        return "prioritisation/process-form";
    }
}
