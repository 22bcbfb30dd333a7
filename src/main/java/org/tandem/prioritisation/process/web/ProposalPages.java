package org.tandem.prioritisation.process.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.tandem.outcomes.OutcomeView;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.Choice;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.FormValues;
import org.tandem.platform.ListLinks;
import org.tandem.platform.Money;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.prioritisation.Feasibility;
import org.tandem.prioritisation.PbPhase;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.ProposalStatus;
import org.tandem.prioritisation.ProposalView;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProposalOutcomes;
import org.tandem.prioritisation.process.ProposalRepository;
import org.tandem.prioritisation.process.ProposalService;

/**
 * Proposals of a process. Everyone in the organisation puts proposals forward during proposal collection and sees
 * them; commissioners, commissioning officers and finance officers assess and cost them; commissioners and
 * commissioning officers accept, reject or merge them.
 */
@Controller
@RequestMapping("/o/{organisationId}/pb-processes/{processId}/proposals")
class ProposalPages {

    private final ProcessService processes;
    private final ProposalService proposals;
    private final ProposalOutcomes outcomes;

    ProposalPages(ProcessService processes, ProposalService proposals, ProposalOutcomes outcomes) {
        this.processes = processes;
        this.proposals = proposals;
        this.outcomes = outcomes;
    }

    @GetMapping
    @OrganisationMember
    String list(CurrentUser.Membership organisation, @PathVariable UUID processId,
                @RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) String ward, @RequestParam(required = false) String sort,
                @RequestParam(required = false) Integer page, Model model) {
        UUID org = organisation.organisationId();
        PbProcessView process = processes.view(org, processId);
        ProposalStatus chosen = FormValues.enumValue(ProposalStatus.class, status);
        var order = FormValues.enumValue(ProposalRepository.Sort.class, sort);
        String wardFilter = ward == null || ward.length() > 200 ? null : ward;
        model.addAttribute("process", process);
        model.addAttribute("results", proposals.list(org, processId,
                new ProposalRepository.Filter(q, chosen, wardFilter), order,
                PageRequest.of(page, PageRequest.DEFAULT_SIZE)));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("status", chosen == null ? "" : chosen.name());
        model.addAttribute("ward", wardFilter == null ? "" : wardFilter);
        model.addAttribute("sort", order == null ? "" : order.name());
        model.addAttribute("statuses", Choice.of(ProposalStatus.class, ProposalStatus::label));
        model.addAttribute("sorts", Choice.of(ProposalRepository.Sort.class, ProposalRepository.Sort::label));
        model.addAttribute("wards", proposals.wards(org, processId));
        model.addAttribute("collecting", processes.currentPhase(process).orElse(null) == PbPhase.PROPOSAL_COLLECTION);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("q", q);
        filters.put("status", chosen);
        filters.put("ward", wardFilter);
        filters.put("sort", order);
        model.addAttribute("pageBase", ListLinks.base(PbPaths.proposals(org, processId), filters));
        model.addAttribute("base", PbPaths.proposals(org, processId));
        model.addAttribute("backLink", PbPaths.process(org, processId));
        return "prioritisation/proposals";
    }

    @GetMapping("/new")
    @OrganisationMember
    String submitForm(CurrentUser.Membership organisation, @PathVariable UUID processId, Model model) {
        model.addAttribute("form", ProposalForm.blank());
        return form(organisation, processId, model);
    }

    @PostMapping
    @OrganisationMember
    String submit(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID processId,
                  @Validated @ModelAttribute("form") ProposalForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(organisation, processId, model);
        }
        try {
            ProposalView created = proposals.submit(new Actor(user.personId(), user.displayName()),
                    organisation.organisationId(), processId,
                    new ProposalService.Proposer(user.personId(), user.displayName(), user.email()), form.toDraft());
            redirect.addFlashAttribute("flash", "Thank you: your proposal " + created.title()
                    + " has been sent. We will email you when officers have looked at it");
            return "redirect:" + PbPaths.proposal(organisation.organisationId(), processId, created.id());
        } catch (RuleViolation e) {
            if (e.field() == null) {
                errors.reject("rule", e.getMessage());
            } else {
                errors.rejectValue(e.field(), "rule", e.getMessage());
            }
            return form(organisation, processId, model);
        }
    }

    @GetMapping("/{proposalId}")
    @OrganisationMember
    String show(CurrentUser.Membership organisation, @PathVariable UUID processId, @PathVariable UUID proposalId,
                Model model) {
        return detail(organisation, processId, proposals.view(organisation.organisationId(), processId, proposalId),
                null, model);
    }

    @PostMapping("/{proposalId}/assessment")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.FINANCE_OFFICER})
    String assess(CurrentUser.Membership organisation, @PathVariable UUID processId, @PathVariable UUID proposalId,
                  @RequestParam(required = false) String feasibility,
                  @RequestParam(required = false) String feasibilityNote,
                  @RequestParam(required = false) String finalCost, @RequestParam(required = false) String costReason,
                  @RequestParam(required = false) String version, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        UUID org = organisation.organisationId();
        ProposalView proposal = proposals.view(org, processId, proposalId);
        try {
            Money cost = finalCost == null || finalCost.isBlank() ? null : Money.parse(finalCost);
            if (cost == null && finalCost != null && !finalCost.isBlank()) {
                throw new RuleViolation("finalCost", "Enter the final cost in pounds, for example 4200");
            }
            proposals.assess(org, processId, proposalId, version(version),
                    FormValues.enumValue(Feasibility.class, feasibility), feasibilityNote, cost, costReason);
            redirect.addFlashAttribute("flash", "The assessment of " + proposal.title() + " has been saved");
            return "redirect:" + PbPaths.proposal(org, processId, proposalId);
        } catch (RuleViolation | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value()
                    : HttpStatus.UNPROCESSABLE_CONTENT.value());
            return detail(organisation, processId, proposal, e.getMessage(), model);
        }
    }

    @PostMapping("/{proposalId}/decision")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String decide(CurrentUser.Membership organisation, @PathVariable UUID processId, @PathVariable UUID proposalId,
                  @RequestParam(required = false) String status, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String mergeInto, @RequestParam(required = false) String version,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        UUID org = organisation.organisationId();
        ProposalView proposal = proposals.view(org, processId, proposalId);
        try {
            ProposalView decided = proposals.decide(org, processId, proposalId, version(version),
                    new ProposalService.Decision(FormValues.enumValue(ProposalStatus.class, status), reason,
                            FormValues.uuid(mergeInto)));
            redirect.addFlashAttribute("flash", decided.title() + ": " + decided.status().label()
                    + ". The proposer has been emailed");
            return "redirect:" + PbPaths.proposal(org, processId, proposalId);
        } catch (RuleViolation | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value()
                    : HttpStatus.UNPROCESSABLE_CONTENT.value());
            return detail(organisation, processId, proposal, e.getMessage(), model);
        }
    }

    @PostMapping("/{proposalId}/outcomes")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String changeOutcomes(CurrentUser.Membership organisation, @PathVariable UUID processId,
                          @PathVariable UUID proposalId, @RequestParam(required = false) List<String> outcomeIds,
                          Model model, RedirectAttributes redirect, HttpServletResponse response) {
        UUID org = organisation.organisationId();
        ProposalView proposal = proposals.view(org, processId, proposalId);
        try {
            proposals.changeOutcomes(org, processId, proposalId, OutcomeChoices.ids(outcomeIds));
            redirect.addFlashAttribute("flash", "The outcomes " + proposal.title() + " helps with have been saved");
            return "redirect:" + PbPaths.proposal(org, processId, proposalId);
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return detail(organisation, processId, proposal, e.getMessage(), model);
        }
    }

    private static int version(String version) {
        Integer read = FormValues.version(version);
        if (read == null) {
            throw new RuleViolation(null, "The form was incomplete. Reload the page and try again.");
        }
        return read;
    }

    private String detail(CurrentUser.Membership organisation, UUID processId, ProposalView proposal, String error,
                          Model model) {
        UUID org = organisation.organisationId();
        PbProcessView process = processes.view(org, processId);
        model.addAttribute("process", process);
        model.addAttribute("proposal", proposal);
        model.addAttribute("district", proposal.districtId() == null ? null
                : process.district(proposal.districtId()).orElse(null));
        model.addAttribute("mergedInto", proposal.mergedInto() == null ? null
                : proposals.view(org, processId, proposal.mergedInto()));
        model.addAttribute("error", error);
        List<OutcomeView> offered = outcomes.offered(process);
        List<OutcomeView> addressed = outcomes.addressedBy(process, offered, proposal.id());
        model.addAttribute("addressed", addressed);
        PbPhase phase = processes.currentPhase(process).orElse(null);
        model.addAttribute("canLinkOutcomes", organisation.has(Role.COMMISSIONER, Role.COMMISSIONING_OFFICER)
                && !offered.isEmpty() && (phase == PbPhase.PROPOSAL_COLLECTION || phase == PbPhase.REVIEW_AND_COSTING));
        model.addAttribute("outcomeChoices", OutcomeChoices.of(offered));
        model.addAttribute("chosenOutcomeIds", addressed.stream().map(o -> o.id().toString()).toList());
        model.addAttribute("canAssess", organisation.has(Role.COMMISSIONER, Role.COMMISSIONING_OFFICER,
                Role.FINANCE_OFFICER));
        model.addAttribute("canDecide", organisation.has(Role.COMMISSIONER, Role.COMMISSIONING_OFFICER)
                && proposal.status() == ProposalStatus.SUBMITTED);
        model.addAttribute("feasibilities", Choice.of(Feasibility.class, Feasibility::label));
        model.addAttribute("decisions", Arrays.stream(ProposalStatus.values())
                .filter(s -> s != ProposalStatus.SUBMITTED).map(s -> new Choice(s.name(), s.label(), null)).toList());
        model.addAttribute("others", proposals.list(org, processId, ProposalRepository.Filter.NONE, null,
                        new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
                .filter(p -> !p.id().equals(proposal.id()) && p.status() != ProposalStatus.MERGED
                        && p.status() != ProposalStatus.REJECTED)
                .map(p -> new Choice(p.id().toString(), p.number() + ". " + p.title(), null)).toList());
        model.addAttribute("base", PbPaths.proposal(org, processId, proposal.id()));
        model.addAttribute("backLink", PbPaths.proposals(org, processId));
        return "prioritisation/proposal";
    }

    private String form(CurrentUser.Membership organisation, UUID processId, Model model) {
        UUID org = organisation.organisationId();
        PbProcessView process = processes.view(org, processId);
        model.addAttribute("process", process);
        model.addAttribute("districts", process.districts().stream()
                .map(d -> new Choice(d.id().toString(), d.name(), null)).toList());
        model.addAttribute("wardChoices", process.eligibleWards().stream().map(w -> new Choice(w, w, null)).toList());
        model.addAttribute("outcomeChoices", OutcomeChoices.of(outcomes.offered(process)));
        model.addAttribute("action", PbPaths.proposals(org, processId));
        model.addAttribute("backLink", PbPaths.proposals(org, processId));
        return "prioritisation/proposal-form";
    }
}
