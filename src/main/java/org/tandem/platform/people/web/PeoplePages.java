package org.tandem.platform.people.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.tandem.platform.Choice;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.people.Member;
import org.tandem.platform.people.MembershipRepository.MemberSort;
import org.tandem.platform.people.PeopleAdministration;
import org.tandem.platform.FormValues;
import org.tandem.platform.ListLinks;

/** An organisation's people, for its administrators: who is here, their roles, their names, and removing them. */
@Controller
@RequestMapping("/o/{organisationId}/people")
@RequiresRole(Role.ADMINISTRATOR)
class PeoplePages {

    static final int PAGE_SIZE = 25;

    private final PeopleAdministration people;

    PeoplePages(PeopleAdministration people) {
        this.people = people;
    }

    @GetMapping
    String list(CurrentUser.Membership organisation, @RequestParam(required = false) String q,
                @RequestParam(required = false) String role, @RequestParam(required = false) String sort,
                @RequestParam(required = false) Integer page, Model model) {
        Role roleFilter = FormValues.enumValue(Role.class, role);
        MemberSort order = FormValues.enumValue(MemberSort.class, sort);
        model.addAttribute("results", people.people(organisation, q, roleFilter,
                order == null ? MemberSort.NAME : order, PageRequest.of(page, PAGE_SIZE)));
        model.addAttribute("q", q);
        model.addAttribute("role", roleFilter == null ? null : roleFilter.name());
        model.addAttribute("sort", order == null ? MemberSort.NAME.name() : order.name());
        model.addAttribute("roles", roleChoices(organisation));
        model.addAttribute("sorts", List.of(new Choice(MemberSort.NAME.name(), "Name", null),
                new Choice(MemberSort.EMAIL.name(), "Email address", null)));
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("q", q);
        filters.put("role", roleFilter);
        filters.put("sort", order);
        model.addAttribute("pageBase", ListLinks.base(base(organisation), filters));
        return "platform/people/list";
    }

    @GetMapping("/{personId}")
    String person(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID personId, Model model) {
        model.addAttribute("form", RolesForm.of(people.member(organisation, personId).roles()));
        return personPage(user, organisation, personId, model);
    }

    @PostMapping("/{personId}/roles")
    String changeRoles(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID personId,
                       @Validated @ModelAttribute("form") RolesForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        Member member = people.member(organisation, personId);
        if (errors.hasErrors()) {
            return personPage(user, organisation, personId, model);
        }
        try {
            people.setRoles(organisation, personId, form.chosen());
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return personPage(user, organisation, personId, model);
        }
        boolean stillAdministrator = form.chosen().contains(Role.ADMINISTRATOR);
        if (personId.equals(user.personId()) && !stillAdministrator) {
            // They have just given up the right to see this page, so they go to the organisation's overview.
            redirect.addFlashAttribute("flash", "You are no longer an administrator of "
                    + organisation.organisationName());
            return "redirect:/o/" + organisation.organisationId();
        }
        redirect.addFlashAttribute("flash", "Roles of " + member.displayName() + " saved");
        return "redirect:" + base(organisation) + "/" + personId;
    }

    @GetMapping("/{personId}/name")
    String nameForm(CurrentUser.Membership organisation, @PathVariable UUID personId, Model model) {
        model.addAttribute("form", PersonNameForm.of(people.person(organisation, personId)));
        return namePage(organisation, personId, model);
    }

    @PostMapping("/{personId}/name")
    String rename(CurrentUser.Membership organisation, @PathVariable UUID personId,
                  @Validated @ModelAttribute("form") PersonNameForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        people.member(organisation, personId);
        Integer version = FormValues.version(form.version());
        if (version == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
        if (errors.hasErrors()) {
            return namePage(organisation, personId, model);
        }
        try {
            people.rename(organisation, personId, version, form.displayName());
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return namePage(organisation, personId, model);
        } catch (ConflictException e) {
            errors.reject("conflict", e.getMessage());
            return namePage(organisation, personId, model);
        }
        redirect.addFlashAttribute("flash", "Name changed to " + form.displayName().strip());
        return "redirect:" + base(organisation) + "/" + personId;
    }

    @GetMapping("/{personId}/remove")
    String confirmRemoval(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID personId,
                          Model model) {
        model.addAttribute("member", people.member(organisation, personId));
        model.addAttribute("you", personId.equals(user.personId()));
        return "platform/people/remove";
    }

    @PostMapping("/{personId}/remove")
    String remove(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID personId, Model model,
                  RedirectAttributes redirect) {
        Member member = people.member(organisation, personId);
        try {
            people.remove(organisation, personId);
        } catch (RuleViolation e) {
            model.addAttribute("member", member);
            model.addAttribute("you", personId.equals(user.personId()));
            model.addAttribute("problem", e.getMessage());
            return "platform/people/remove";
        }
        if (personId.equals(user.personId())) {
            // Straight to where they can still go: a flash message would not survive a second redirect via /home.
            redirect.addFlashAttribute("flash", "You have left " + organisation.organisationName());
            return user.memberships().stream()
                    .filter(m -> !m.organisationId().equals(organisation.organisationId())).findFirst()
                    .map(m -> "redirect:/o/" + m.organisationId()).orElse("redirect:/home");
        }
        redirect.addFlashAttribute("flash", member.displayName() + " has been removed from "
                + organisation.organisationName());
        return "redirect:" + base(organisation);
    }

    private String personPage(CurrentUser user, CurrentUser.Membership organisation, UUID personId, Model model) {
        model.addAttribute("member", people.member(organisation, personId));
        model.addAttribute("you", personId.equals(user.personId()));
        model.addAttribute("roleChoices", Role.rolesFor(organisation.kind()).stream()
                .map(r -> new Choice(r.name(), r.label(), r.description())).toList());
        return "platform/people/person";
    }

    private String namePage(CurrentUser.Membership organisation, UUID personId, Model model) {
        model.addAttribute("member", people.member(organisation, personId));
        return "platform/people/name";
    }

    private static List<Choice> roleChoices(CurrentUser.Membership organisation) {
        return Role.rolesFor(organisation.kind()).stream().map(r -> new Choice(r.name(), r.label(), null)).toList();
    }

    private static String base(CurrentUser.Membership organisation) {
        return "/o/" + organisation.organisationId() + "/people";
    }
}
