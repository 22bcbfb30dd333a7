package org.tandem.outcomes.logic.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.commissions.CommissionView;
import org.tandem.outcomes.logic.LogicLink;
import org.tandem.outcomes.logic.LogicModel;
import org.tandem.outcomes.logic.LogicModelService;
import org.tandem.outcomes.logic.LogicStep;
import org.tandem.outcomes.logic.LogicSubject;
import org.tandem.outcomes.logic.OutcomesReviewService;
import org.tandem.outcomes.logic.ReviewLevel;
import org.tandem.outcomes.logic.ReviewRow;
import org.tandem.outcomes.logic.Stage;
import org.tandem.outcomes.shared.PlanningAccess;
import org.tandem.platform.Choice;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/**
 * A commission's theories of change: the list of logic models with the outcomes review table, a model drawn and
 * listed, and for the lead organisation's commissioners and officers, writing models, their steps and links, and
 * the table's rows. A model of an agreed version's outcome only shows, and offers to be copied to the draft.
 */
@Controller
@RequestMapping("/o/{organisationId}/commissions/{commissionId}/logic-models")
class LogicPages {

    /** One half of the outcomes review table. */
    record LevelRows(ReviewLevel level, List<ReviewRow> rows) {
    }

    private final LogicModelService models;
    private final OutcomesReviewService review;
    private final PlanningAccess access;

    LogicPages(LogicModelService models, OutcomesReviewService review, PlanningAccess access) {
        this.models = models;
        this.review = review;
        this.access = access;
    }

    @GetMapping
    @OrganisationMember
    String list(CurrentUser.Membership organisation, @PathVariable UUID commissionId, Model model) {
        model.addAttribute("rowForm", ReviewRowForm.blank());
        return list(organisation, access.readable(organisation, commissionId), model);
    }

    @PostMapping("/review-rows")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String addRow(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                  @Validated @ModelAttribute("rowForm") ReviewRowForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        CommissionView commission = access.changeable(organisation, commissionId);
        if (!errors.hasErrors()) {
            try {
                ReviewRow row = review.add(organisation, commissionId, form.toDraft());
                redirect.addFlashAttribute("flash", "\"" + row.outcome() + "\" has been added to the outcomes "
                        + "review table");
                return "redirect:" + LogicPaths.list(organisation.organisationId(), commissionId) + "#review";
            } catch (RuleViolation e) {
                reject(errors, e);
            }
        }
        return list(organisation, commission, model);
    }

    @PostMapping("/review-rows/{rowId}/remove")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String removeRow(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID rowId,
                     RedirectAttributes redirect) {
        ReviewRow row = review.remove(organisation, commissionId, rowId);
        redirect.addFlashAttribute("flash", "\"" + row.outcome() + "\" has been removed from the outcomes review "
                + "table");
        return "redirect:" + LogicPaths.list(organisation.organisationId(), commissionId) + "#review";
    }

    @GetMapping("/new")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String newForm(CurrentUser.Membership organisation, @PathVariable UUID commissionId, Model model) {
        model.addAttribute("form", ModelForm.blank());
        return modelForm(access.changeable(organisation, commissionId), null, model);
    }

    @PostMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String create(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                  @Validated @ModelAttribute("form") ModelForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        CommissionView commission = access.changeable(organisation, commissionId);
        if (!errors.hasErrors()) {
            try {
                LogicModel created = models.create(organisation, commissionId, form.toDraft());
                redirect.addFlashAttribute("flash", "Logic model " + created.title() + " has been started: add its "
                        + "inputs, activities, outputs and outcomes");
                return "redirect:" + LogicPaths.model(organisation.organisationId(), commissionId, created.id());
            } catch (RuleViolation e) {
                reject(errors, e);
            }
        }
        return modelForm(commission, null, model);
    }

    @GetMapping("/{modelId}")
    @OrganisationMember
    String show(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID modelId,
                Model model) {
        model.addAttribute("stepForm", StepForm.blank());
        model.addAttribute("linkForm", LinkForm.blank());
        return show(organisation, access.readable(organisation, commissionId), modelId, model);
    }

    @GetMapping("/{modelId}/edit")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String editForm(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID modelId,
                    Model model) {
        CommissionView commission = access.changeable(organisation, commissionId);
        LogicModel logic = models.view(organisation, commissionId, modelId);
        model.addAttribute("form", ModelForm.of(logic));
        return modelForm(commission, logic, model);
    }

    @PostMapping("/{modelId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String rename(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID modelId,
                  @Validated @ModelAttribute("form") ModelForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        CommissionView commission = access.changeable(organisation, commissionId);
        LogicModel logic = models.view(organisation, commissionId, modelId);
        if (form.version() == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
        if (!errors.hasErrors()) {
            try {
                LogicModel saved = models.rename(organisation, commissionId, modelId, form.version(),
                        form.toDraft().title(), form.toDraft().summary());
                redirect.addFlashAttribute("flash", "Your changes to " + saved.title() + " have been saved");
                return "redirect:" + LogicPaths.model(organisation.organisationId(), commissionId, modelId);
            } catch (ConflictException e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                errors.reject("conflict", e.getMessage());
            }
        }
        return modelForm(commission, logic, model);
    }

    @PostMapping("/{modelId}/remove")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String remove(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID modelId,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CommissionView commission = access.changeable(organisation, commissionId);
        try {
            LogicModel removed = models.remove(organisation, commissionId, modelId);
            redirect.addFlashAttribute("flash", "Logic model " + removed.title() + " has been removed");
            return "redirect:" + LogicPaths.list(organisation.organisationId(), commissionId);
        } catch (ConflictException e) {
            return refused(organisation, commission, modelId, e, HttpStatus.CONFLICT, model, response);
        }
    }

    @PostMapping("/{modelId}/copy")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String copy(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID modelId,
                Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CommissionView commission = access.changeable(organisation, commissionId);
        try {
            LogicModel copy = models.copyToDraft(organisation, commissionId, modelId);
            redirect.addFlashAttribute("flash", "Logic model " + copy.title() + " has been copied to "
                    + copy.versionLabel() + ", where it can change");
            return "redirect:" + LogicPaths.model(organisation.organisationId(), commissionId, copy.id());
        } catch (RuleViolation e) {
            return refused(organisation, commission, modelId, e, HttpStatus.BAD_REQUEST, model, response);
        }
    }

    @PostMapping("/{modelId}/steps")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String addStep(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID modelId,
                   @Validated @ModelAttribute("stepForm") StepForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        CommissionView commission = access.changeable(organisation, commissionId);
        model.addAttribute("linkForm", LinkForm.blank());
        if (!errors.hasErrors()) {
            try {
                LogicStep step = models.addStep(organisation, commissionId, modelId, form.toDraft());
                redirect.addFlashAttribute("flash", step.stage().singular() + " \"" + step.text()
                        + "\" has been added");
                return "redirect:" + LogicPaths.model(organisation.organisationId(), commissionId, modelId)
                        + "#add-step";
            } catch (RuleViolation e) {
                reject(errors, e);
            } catch (ConflictException e) {
                return refused(organisation, commission, modelId, e, HttpStatus.CONFLICT, model, response);
            }
        }
        return show(organisation, commission, modelId, model);
    }

    @PostMapping("/{modelId}/steps/{stepId}/remove")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String removeStep(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                      @PathVariable UUID modelId, @PathVariable UUID stepId, Model model,
                      RedirectAttributes redirect, HttpServletResponse response) {
        CommissionView commission = access.changeable(organisation, commissionId);
        try {
            models.removeStep(organisation, commissionId, modelId, stepId);
            redirect.addFlashAttribute("flash", "The step and its links have been removed");
            return "redirect:" + LogicPaths.model(organisation.organisationId(), commissionId, modelId);
        } catch (ConflictException e) {
            return refused(organisation, commission, modelId, e, HttpStatus.CONFLICT, model, response);
        }
    }

    @PostMapping("/{modelId}/links")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String addLink(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID modelId,
                   @Validated @ModelAttribute("linkForm") LinkForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        CommissionView commission = access.changeable(organisation, commissionId);
        model.addAttribute("stepForm", StepForm.blank());
        if (!errors.hasErrors()) {
            try {
                LogicLink link = models.addLink(organisation, commissionId, modelId, form.toDraft());
                redirect.addFlashAttribute("flash", "Link " + link.number() + " has been added");
                return "redirect:" + LogicPaths.model(organisation.organisationId(), commissionId, modelId)
                        + "#add-link";
            } catch (RuleViolation e) {
                reject(errors, e);
            } catch (ConflictException e) {
                return refused(organisation, commission, modelId, e, HttpStatus.CONFLICT, model, response);
            }
        }
        return show(organisation, commission, modelId, model);
    }

    @GetMapping("/{modelId}/links/{linkId}/edit")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String linkForm(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                    @PathVariable UUID modelId, @PathVariable UUID linkId, Model model) {
        CommissionView commission = access.changeable(organisation, commissionId);
        LogicModel logic = models.view(organisation, commissionId, modelId);
        LogicLink link = logic.link(linkId).orElseThrow(() -> new NotFoundException("Link"));
        model.addAttribute("linkForm", LinkForm.of(link));
        return linkPage(commission, logic, link, model);
    }

    @PostMapping("/{modelId}/links/{linkId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String changeLink(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                      @PathVariable UUID modelId, @PathVariable UUID linkId,
                      @Validated @ModelAttribute("linkForm") LinkForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect, HttpServletResponse response) {
        CommissionView commission = access.changeable(organisation, commissionId);
        LogicModel logic = models.view(organisation, commissionId, modelId);
        LogicLink link = logic.link(linkId).orElseThrow(() -> new NotFoundException("Link"));
        if (!errors.hasErrors()) {
            try {
                models.changeLink(organisation, commissionId, modelId, linkId, form.toDraft());
                redirect.addFlashAttribute("flash", "Your changes to link " + link.number() + " have been saved");
                return "redirect:" + LogicPaths.model(organisation.organisationId(), commissionId, modelId);
            } catch (RuleViolation e) {
                reject(errors, e);
            } catch (ConflictException e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                errors.reject("locked", e.getMessage());
            }
        }
        return linkPage(commission, logic, link, model);
    }

    @PostMapping("/{modelId}/links/{linkId}/remove")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String removeLink(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                      @PathVariable UUID modelId, @PathVariable UUID linkId, Model model,
                      RedirectAttributes redirect, HttpServletResponse response) {
        CommissionView commission = access.changeable(organisation, commissionId);
        try {
            models.removeLink(organisation, commissionId, modelId, linkId);
            redirect.addFlashAttribute("flash", "The link has been removed");
            return "redirect:" + LogicPaths.model(organisation.organisationId(), commissionId, modelId);
        } catch (ConflictException e) {
            return refused(organisation, commission, modelId, e, HttpStatus.CONFLICT, model, response);
        }
    }

    private String list(CurrentUser.Membership organisation, CommissionView commission, Model model) {
        model.addAttribute("commission", commission);
        model.addAttribute("models", models.list(organisation, commission.id()));
        List<ReviewRow> rows = review.rows(organisation, commission.id());
        model.addAttribute("tables", Arrays.stream(ReviewLevel.values())
                .map(l -> new LevelRows(l, rows.stream().filter(r -> r.level() == l).toList())).toList());
        model.addAttribute("levels", Arrays.stream(ReviewLevel.values())
                .map(l -> new Choice(l.name(), l.label(), null)).toList());
        model.addAttribute("canEdit", PlanningAccess.canChange(organisation, commission));
        model.addAttribute("base", LogicPaths.list(organisation.organisationId(), commission.id()));
        return "outcomes/logic/list";
    }

    private String show(CurrentUser.Membership organisation, CommissionView commission, UUID modelId, Model model) {
        LogicModel logic = models.view(organisation, commission.id(), modelId);
        boolean mayChange = PlanningAccess.canChange(organisation, commission);
        model.addAttribute("commission", commission);
        model.addAttribute("logic", logic);
        model.addAttribute("diagram", LogicDiagram.svg(logic));
        model.addAttribute("stages", Arrays.asList(Stage.values()));
        model.addAttribute("steps", logic.stepsById());
        model.addAttribute("canEdit", mayChange && !logic.locked());
        model.addAttribute("canCopy", mayChange && logic.locked());
        model.addAttribute("stageChoices", Arrays.stream(Stage.values())
                .map(s -> new Choice(s.name(), s.singular(), s.definition())).toList());
        model.addAttribute("fromChoices", stepChoices(logic, Stage.INPUT, Stage.ACTIVITY, Stage.OUTPUT));
        model.addAttribute("toChoices", stepChoices(logic, Stage.ACTIVITY, Stage.OUTPUT, Stage.OUTCOME));
        model.addAttribute("evidenceChoices", models.evidenceItems(commission).stream()
                .map(e -> new Choice(e.id().toString(), e.title(), null)).toList());
        model.addAttribute("base", LogicPaths.model(organisation.organisationId(), commission.id(), modelId));
        return "outcomes/logic/show";
    }

    private String refused(CurrentUser.Membership organisation, CommissionView commission, UUID modelId,
                           RuntimeException e, HttpStatus status, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("problem", e.getMessage());
        model.addAttribute("stepForm", StepForm.blank());
        model.addAttribute("linkForm", LinkForm.blank());
        return show(organisation, commission, modelId, model);
    }

    private String modelForm(CommissionView commission, LogicModel logic, Model model) {
        model.addAttribute("commission", commission);
        model.addAttribute("logic", logic);
        model.addAttribute("subjects", Arrays.stream(LogicSubject.values())
                .map(s -> new Choice(s.name(), s.label(), null)).toList());
        model.addAttribute("outcomes", models.outcomesToModel(commission).stream()
                .map(o -> new Choice(o.id().toString(), o.ownWords(), null)).toList());
        model.addAttribute("services", models.currentServices(commission).stream()
                .map(s -> new Choice(s.id().toString(), s.title(), null)).toList());
        return "outcomes/logic/form";
    }

    private String linkPage(CommissionView commission, LogicModel logic, LogicLink link, Model model) {
        model.addAttribute("commission", commission);
        model.addAttribute("logic", logic);
        model.addAttribute("link", link);
        model.addAttribute("steps", logic.stepsById());
        model.addAttribute("evidenceChoices", models.evidenceItems(commission).stream()
                .map(e -> new Choice(e.id().toString(), e.title(), null)).toList());
        return "outcomes/logic/link";
    }

    /** The steps a link can run from (or to), each named with its stage. */
    private static List<Choice> stepChoices(LogicModel logic, Stage... stages) {
        return Arrays.stream(stages).flatMap(stage -> logic.stepsIn(stage).stream())
                .map(s -> new Choice(s.id().toString(), s.stage().singular() + ": " + s.text(), null)).toList();
    }

    private static void reject(BindingResult errors, RuleViolation e) {
        if (e.field() == null) {
            errors.reject("rule", e.getMessage());
        } else {
            errors.rejectValue(e.field(), "rule", e.getMessage());
        }
    }
}
