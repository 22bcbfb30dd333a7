package org.tandem.outcomes.characteristics.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
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
import org.tandem.outcomes.characteristics.CharacteristicService;
import org.tandem.outcomes.characteristics.CharacteristicTemplate;
import org.tandem.outcomes.characteristics.QualityCharacteristic;
import org.tandem.outcomes.shared.PlanningAccess;
import org.tandem.platform.Choice;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.FormValues;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/**
 * A commission's quality characteristics: the list everyone involved reads, and for the lead organisation's
 * commissioners and officers, adding (one by one or from Islington's or Camden's template), rewording, reordering
 * and removing them.
 */
@Controller
@RequestMapping("/o/{organisationId}/commissions/{commissionId}/quality-characteristics")
class CharacteristicPages {

    private final CharacteristicService characteristics;
    private final PlanningAccess access;

    CharacteristicPages(CharacteristicService characteristics, PlanningAccess access) {
        this.characteristics = characteristics;
        this.access = access;
    }

    @GetMapping
    @OrganisationMember
    String list(CurrentUser.Membership organisation, @PathVariable UUID commissionId, Model model) {
        return list(organisation, access.readable(organisation, commissionId), model);
    }

    @PostMapping("/template")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String applyTemplate(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                         @RequestParam(required = false) String template, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
        CommissionView commission = access.changeable(organisation, commissionId);
        CharacteristicTemplate chosen = FormValues.enumValue(CharacteristicTemplate.class, template);
        if (chosen == null) {
            return problem(organisation, commission, "Choose a template to start from", model, response);
        }
        try {
            int added = characteristics.applyTemplate(organisation, commissionId, chosen).size();
            redirect.addFlashAttribute("flash", added == 0 ? "The commission already has every characteristic of "
                    + chosen.label() : added + " of " + chosen.label() + " added: write what each means in users' "
                    + "words");
            return "redirect:" + CharacteristicPaths.list(organisation.organisationId(), commissionId);
        } catch (RuleViolation e) {
            return problem(organisation, commission, e.getMessage(), model, response);
        }
    }

    @GetMapping("/new")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String addForm(CurrentUser.Membership organisation, @PathVariable UUID commissionId, Model model) {
        model.addAttribute("form", CharacteristicForm.blank());
        return form(access.changeable(organisation, commissionId), null, model);
    }

    @PostMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String add(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
               @Validated @ModelAttribute("form") CharacteristicForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        CommissionView commission = access.changeable(organisation, commissionId);
        if (!errors.hasErrors()) {
            try {
                QualityCharacteristic added = characteristics.add(organisation, commissionId, form.toDraft());
                redirect.addFlashAttribute("flash", added.name() + " has been added");
                return "redirect:" + CharacteristicPaths.list(organisation.organisationId(), commissionId);
            } catch (RuleViolation e) {
                reject(errors, e);
            }
        }
        return form(commission, null, model);
    }

    @GetMapping("/{characteristicId}/edit")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String editForm(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                    @PathVariable UUID characteristicId, Model model) {
        CommissionView commission = access.changeable(organisation, commissionId);
        QualityCharacteristic characteristic = characteristics.view(organisation, commissionId, characteristicId);
        model.addAttribute("form", CharacteristicForm.of(characteristic));
        return form(commission, characteristic, model);
    }

    @PostMapping("/{characteristicId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String change(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                  @PathVariable UUID characteristicId, @Validated @ModelAttribute("form") CharacteristicForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CommissionView commission = access.changeable(organisation, commissionId);
        QualityCharacteristic characteristic = characteristics.view(organisation, commissionId, characteristicId);
        if (form.version() == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
        if (!errors.hasErrors()) {
            try {
                QualityCharacteristic saved = characteristics.change(organisation, commissionId, characteristicId,
                        form.version(), form.toDraft());
                redirect.addFlashAttribute("flash", "Your changes to " + saved.name() + " have been saved");
                return "redirect:" + CharacteristicPaths.list(organisation.organisationId(), commissionId);
            } catch (RuleViolation e) {
                reject(errors, e);
            } catch (ConflictException e) {
                // Keep what they typed so they can compare it with the latest words and save again.
                response.setStatus(HttpStatus.CONFLICT.value());
                errors.reject("conflict", e.getMessage());
            }
        }
        return form(commission, characteristic, model);
    }

    @PostMapping("/{characteristicId}/move")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String move(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                @PathVariable UUID characteristicId, @RequestParam(required = false) String direction, Model model,
                HttpServletResponse response) {
        CommissionView commission = access.changeable(organisation, commissionId);
        if (!"up".equals(direction) && !"down".equals(direction)) {
            return problem(organisation, commission, "Choose whether to move it up or down", model, response);
        }
        try {
            characteristics.move(organisation, commissionId, characteristicId, "up".equals(direction));
            return "redirect:" + CharacteristicPaths.list(organisation.organisationId(), commissionId)
                    + "#characteristic-" + characteristicId;
        } catch (RuleViolation e) {
            return problem(organisation, commission, e.getMessage(), model, response);
        }
    }

    @PostMapping("/{characteristicId}/remove")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String remove(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                  @PathVariable UUID characteristicId, RedirectAttributes redirect) {
        QualityCharacteristic removed = characteristics.remove(organisation, commissionId, characteristicId);
        redirect.addFlashAttribute("flash", removed.name() + " has been removed");
        return "redirect:" + CharacteristicPaths.list(organisation.organisationId(), commissionId);
    }

    private String list(CurrentUser.Membership organisation, CommissionView commission, Model model) {
        model.addAttribute("commission", commission);
        model.addAttribute("characteristics", characteristics.list(organisation, commission.id()));
        model.addAttribute("canEdit", PlanningAccess.canChange(organisation, commission));
        model.addAttribute("templates", Arrays.stream(CharacteristicTemplate.values())
                .map(t -> new Choice(t.name(), t.label(), t.description())).toList());
        model.addAttribute("base", CharacteristicPaths.list(organisation.organisationId(), commission.id()));
        return "outcomes/characteristics/list";
    }

    private String problem(CurrentUser.Membership organisation, CommissionView commission, String message,
                           Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problem", message);
        return list(organisation, commission, model);
    }

    private String form(CommissionView commission, QualityCharacteristic characteristic, Model model) {
        model.addAttribute("commission", commission);
        model.addAttribute("characteristic", characteristic);
        return "outcomes/characteristics/form";
    }

    /** A rule's refusal beside its field, or at the top of the form when it is about the whole list. */
    private static void reject(BindingResult errors, RuleViolation e) {
        if (e.field() == null) {
            errors.reject("rule", e.getMessage());
        } else {
            errors.rejectValue(e.field(), "rule", e.getMessage());
        }
    }
}
