package org.tandem.insight.evidence.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.commissions.CommissionView;
import org.tandem.insight.evidence.CommissionAccess;
import org.tandem.insight.evidence.PageLinks;
import org.tandem.insight.evidence.items.Consent;
import org.tandem.insight.evidence.items.EvidenceItem;
import org.tandem.insight.evidence.items.EvidenceItemRepository;
import org.tandem.insight.evidence.items.EvidenceItemService;
import org.tandem.insight.evidence.items.EvidenceMethod;
import org.tandem.insight.needs.NeedService;
import org.tandem.platform.Choice;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.People;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.ResultPage;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.files.FileRefused;
import org.tandem.platform.FormValues;
import org.tandem.platform.ListLinks;

/**
 * Qualitative evidence on the pages: the list, adding and changing items, an item's page with its quotes and files,
 * adding and removing quotes, uploading, downloading and removing files.
 */
@Controller
@RequestMapping("/o/{organisationId}/commissions/{commissionId}/evidence/items")
class ItemPages {

    private final EvidenceItemService items;
    private final NeedService needs;
    private final People people;
    private final CommissionAccess access;

    ItemPages(EvidenceItemService items, NeedService needs, People people, CommissionAccess access) {
        this.items = items;
        this.needs = needs;
        this.people = people;
        this.access = access;
    }

    @GetMapping
    @OrganisationMember
    String list(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                @RequestParam(required = false) String q, @RequestParam(required = false) String method,
                @RequestParam(required = false) String need, @RequestParam(required = false) String tag,
                @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
                Model model) {
        CommissionView commission = access.readable(organisation, commissionId);
        EvidenceMethod methodFilter = FormValues.enumValue(EvidenceMethod.class, method);
        UUID needFilter = FormValues.uuid(need);
        List<String> tags = items.tags(commission);
        String tagFilter = tags.contains(tag) ? tag : null;
        EvidenceItemRepository.Sort order = FormValues.enumValue(EvidenceItemRepository.Sort.class, sort);
        ResultPage<EvidenceItem> results = items.list(organisation, commissionId,
                new EvidenceItemRepository.Filter(q, methodFilter, needFilter, tagFilter), order,
                PageRequest.of(page, 25));
        model.addAttribute("commission", commission);
        model.addAttribute("results", results);
        model.addAttribute("q", q);
        model.addAttribute("method", methodFilter == null ? null : methodFilter.name());
        model.addAttribute("need", needFilter == null ? null : needFilter.toString());
        model.addAttribute("tag", tagFilter);
        model.addAttribute("sort", order == null ? "NEWEST" : order.name());
        model.addAttribute("methods", Choice.of(EvidenceMethod.class, EvidenceMethod::label));
        model.addAttribute("needs", needChoices(commission));
        model.addAttribute("tags", tags);
        model.addAttribute("sorts", List.of(new Choice("NEWEST", "Most recently gathered", null),
                new Choice("OLDEST", "Gathered longest ago", null), new Choice("TITLE", "Title", null),
                new Choice("METHOD", "Method", null)));
        model.addAttribute("pageBase", ListLinks.base(base(organisation, commissionId), PageLinks.filters("q", q,
                "method", methodFilter, "need", needFilter, "tag", tagFilter, "sort", order)));
        model.addAttribute("canAdd", EvidenceRoles.canAddItems(organisation, commission));
        return "insight/evidence/items/list";
    }

    @GetMapping("/new")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.CITIZEN_CO_PRODUCER})
    String addForm(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                   Model model) {
        model.addAttribute("form", ItemForm.blank(user.personId().toString()));
        return form(access.changeable(organisation, commissionId), null, model);
    }

    @PostMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.CITIZEN_CO_PRODUCER})
    String add(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
               @Validated @ModelAttribute("form") ItemForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        CommissionView commission = access.changeable(organisation, commissionId);
        if (errors.hasErrors()) {
            return form(commission, null, model);
        }
        try {
            EvidenceItem item = items.create(user, organisation, commissionId, form.toDraft(), List.of());
            redirect.addFlashAttribute("flash", item.title() + " has been added. Add the quotes and files below.");
            return "redirect:" + base(organisation, commissionId) + "/" + item.id();
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return form(commission, null, model);
        }
    }

    @GetMapping("/{itemId}")
    @OrganisationMember
    String show(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                @PathVariable UUID itemId, Model model) {
        CommissionView commission = access.readable(organisation, commissionId);
        EvidenceItem item = items.view(organisation, commissionId, itemId);
        model.addAttribute("commission", commission);
        model.addAttribute("item", item);
        model.addAttribute("canChange", items.mayChange(user, organisation, commission, item));
        model.addAttribute("maxFileSize", EvidenceItemService.ATTACHMENTS.maxSize());
        if (!model.containsAttribute("quoteForm")) {
            model.addAttribute("quoteForm", QuoteForm.blank());
        }
        return "insight/evidence/items/show";
    }

    @GetMapping("/{itemId}/edit")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.CITIZEN_CO_PRODUCER})
    String editForm(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                    @PathVariable UUID itemId, Model model) {
        CommissionView commission = access.changeable(organisation, commissionId);
        EvidenceItem item = items.forChange(user, organisation, commissionId, itemId);
        model.addAttribute("form", ItemForm.of(item));
        return form(commission, item, model);
    }

    @PostMapping("/{itemId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.CITIZEN_CO_PRODUCER})
    String edit(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                @PathVariable UUID itemId, @Validated @ModelAttribute("form") ItemForm form, BindingResult errors,
                Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CommissionView commission = access.changeable(organisation, commissionId);
        EvidenceItem item = items.forChange(user, organisation, commissionId, itemId);
        if (form.version() == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
        if (errors.hasErrors()) {
            return form(commission, item, model);
        }
        try {
            EvidenceItem saved = items.update(user, organisation, commissionId, itemId, form.version(),
                    form.toDraft(), null);
            redirect.addFlashAttribute("flash", "Your changes to " + saved.title() + " have been saved");
            return "redirect:" + base(organisation, commissionId) + "/" + itemId;
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return form(commission, item, model);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.reject("conflict", e.getMessage());
            return form(commission, item, model);
        }
    }

    @GetMapping("/{itemId}/delete")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.CITIZEN_CO_PRODUCER})
    String deleteForm(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                      @PathVariable UUID itemId, Model model) {
        CommissionView commission = access.changeable(organisation, commissionId);
        model.addAttribute("commission", commission);
        model.addAttribute("item", items.forChange(user, organisation, commissionId, itemId));
        return "insight/evidence/items/delete";
    }

    @PostMapping("/{itemId}/delete")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.CITIZEN_CO_PRODUCER})
    String delete(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                  @PathVariable UUID itemId, RedirectAttributes redirect) {
        EvidenceItem item = items.view(organisation, commissionId, itemId);
        items.delete(user, organisation, commissionId, itemId);
        redirect.addFlashAttribute("flash", item.title() + " has been deleted");
        return "redirect:" + base(organisation, commissionId);
    }

    @PostMapping("/{itemId}/quotes")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.CITIZEN_CO_PRODUCER})
    String addQuote(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                    @PathVariable UUID itemId, @Validated @ModelAttribute("quoteForm") QuoteForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                items.addQuote(user, organisation, commissionId, itemId, form.toDraft());
                redirect.addFlashAttribute("flash", "Quote added");
                return "redirect:" + base(organisation, commissionId) + "/" + itemId + "#quotes";
            } catch (RuleViolation e) {
                errors.rejectValue("text", "rule", e.getMessage());
            }
        }
        return show(user, organisation, commissionId, itemId, model);
    }

    @PostMapping("/{itemId}/quotes/{quoteId}/delete")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.CITIZEN_CO_PRODUCER})
    String removeQuote(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                       @PathVariable UUID itemId, @PathVariable UUID quoteId, RedirectAttributes redirect) {
        items.removeQuote(user, organisation, commissionId, itemId, quoteId);
        redirect.addFlashAttribute("flash", "Quote removed");
        return "redirect:" + base(organisation, commissionId) + "/" + itemId + "#quotes";
    }

    @PostMapping("/{itemId}/attachments")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.CITIZEN_CO_PRODUCER})
    String attach(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                  @PathVariable UUID itemId, @RequestParam(required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        String problem;
        if (file == null || file.isEmpty()) {
            problem = "Choose a file to upload";
        } else {
            try (InputStream content = file.getInputStream()) {
                EvidenceItem.Attachment added = items.attach(user, organisation, commissionId, itemId,
                        file.getOriginalFilename(), content);
                redirect.addFlashAttribute("flash", added.name() + " has been added");
                return "redirect:" + base(organisation, commissionId) + "/" + itemId + "#files";
            } catch (FileRefused | RuleViolation e) {
                problem = e.getMessage();
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("fileError", problem);
        return show(user, organisation, commissionId, itemId, model);
    }

    @GetMapping("/{itemId}/attachments/{attachmentId}")
    @OrganisationMember
    void download(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID itemId,
                  @PathVariable UUID attachmentId, HttpServletResponse response) throws IOException {
        EvidenceDownloads.attachment(response, items.download(organisation, commissionId, itemId, attachmentId));
    }

    @PostMapping("/{itemId}/attachments/{attachmentId}/delete")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.CITIZEN_CO_PRODUCER})
    String detach(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                  @PathVariable UUID itemId, @PathVariable UUID attachmentId, RedirectAttributes redirect) {
        items.detach(user, organisation, commissionId, itemId, attachmentId);
        redirect.addFlashAttribute("flash", "File removed");
        return "redirect:" + base(organisation, commissionId) + "/" + itemId + "#files";
    }

    private String form(CommissionView commission, EvidenceItem item, Model model) {
        model.addAttribute("commission", commission);
        model.addAttribute("item", item);
        model.addAttribute("methods", java.util.Arrays.stream(EvidenceMethod.values())
                .map(m -> new Choice(m.name(), m.label(), m.description())).toList());
        model.addAttribute("consents", java.util.Arrays.stream(Consent.values())
                .map(c -> new Choice(c.name(), c.label(), c.description())).toList());
        model.addAttribute("people", people.of(commission.lead().id()).stream()
                .map(p -> new Choice(p.id().toString(), p.displayName(), null)).toList());
        model.addAttribute("needs", needChoices(commission));
        return "insight/evidence/items/form";
    }

    private List<Choice> needChoices(CommissionView commission) {
        return needs.all(commission).stream().map(n -> new Choice(n.id().toString(), n.title(), null)).toList();
    }

    private static String base(CurrentUser.Membership organisation, UUID commissionId) {
        return "/o/" + organisation.organisationId() + "/commissions/" + commissionId + "/evidence/items";
    }
}
