package org.tandem.insight.assets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import org.tandem.insight.assets.AssetFilter;
import org.tandem.insight.assets.AssetService;
import org.tandem.insight.assets.AssetType;
import org.tandem.insight.assets.CommunityAsset;
import org.tandem.insight.assets.PledgeService;
import org.tandem.insight.needs.Need;
import org.tandem.insight.wards.Ward;
import org.tandem.platform.Choice;
import org.tandem.platform.ConflictException;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/**
 * The organisation's asset map: the list, an asset's page, adding, changing, publishing and removing. Every member
 * reads it; commissioners and commissioning officers change it.
 */
@Controller
@RequestMapping("/o/{organisationId}/assets")
class AssetPages {

    static final int PAGE_SIZE = 25;

    private final AssetService assets;
    private final PledgeService pledges;

    AssetPages(AssetService assets, PledgeService pledges) {
        this.assets = assets;
        this.pledges = pledges;
    }

    static boolean canEdit(CurrentUser.Membership organisation) {
        return organisation.has(Role.COMMISSIONER, Role.COMMISSIONING_OFFICER);
    }

    @GetMapping
    @OrganisationMember
    String list(CurrentUser.Membership organisation, @ModelAttribute AssetListQuery query,
                @RequestParam(required = false) String page, Model model) {
        UUID org = organisation.organisationId();
        List<Ward> wards = assets.wardsOf(org);
        List<Need> needs = assets.needsOf(org);
        AssetFilter filter = query.filter(wards, needs);
        model.addAttribute("results", assets.list(org, filter, query.order(),
                PageRequest.of(Inputs.page(page), PAGE_SIZE)));
        query.describe(filter, "/o/" + org + "/assets", wards, needs, model);
        model.addAttribute("canEdit", canEdit(organisation));
        model.addAttribute("waitingPledges", canEdit(organisation) ? pledges.waiting(org) : 0);
        return "insight/assets/list";
    }

    @GetMapping("/wards")
    @OrganisationMember
    String byWard(CurrentUser.Membership organisation, Model model) {
        model.addAttribute("lines", assets.byWard(organisation.organisationId(), false));
        model.addAttribute("types", Arrays.asList(AssetType.values()));
        model.addAttribute("listPath", "/o/" + organisation.organisationId() + "/assets");
        return "insight/assets/wards";
    }

    @GetMapping("/new")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String addForm(CurrentUser.Membership organisation, Model model) {
        model.addAttribute("form", AssetForm.blank());
        return form(organisation, null, model);
    }

    @PostMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String add(CurrentUser user, CurrentUser.Membership organisation,
               @Validated @ModelAttribute("form") AssetForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(organisation, null, model);
        }
        try {
            CommunityAsset created = assets.create(user, organisation.organisationId(),
                    AssetChecks.draft(form, form.openingTimes(null)));
            redirect.addFlashAttribute("flash", created.name() + " has been added to the asset map. "
                    + "It is not in the public directory until you publish it.");
            return "redirect:" + path(organisation, created.id());
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return form(organisation, null, model);
        }
    }

    @GetMapping("/{assetId}")
    @OrganisationMember
    String show(CurrentUser.Membership organisation, @PathVariable UUID assetId, Model model) {
        model.addAttribute("asset", assets.view(organisation.organisationId(), assetId));
        model.addAttribute("pledge", pledges.pledgeOf(organisation.organisationId(), assetId).orElse(null));
        model.addAttribute("canEdit", canEdit(organisation));
        return "insight/assets/show";
    }

    @GetMapping("/{assetId}/edit")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String editForm(CurrentUser.Membership organisation, @PathVariable UUID assetId, Model model) {
        CommunityAsset asset = assets.view(organisation.organisationId(), assetId);
        model.addAttribute("form", AssetForm.of(asset));
        return form(organisation, asset, model);
    }

    @PostMapping("/{assetId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String edit(CurrentUser.Membership organisation, @PathVariable UUID assetId,
                @Validated @ModelAttribute("form") AssetForm form, BindingResult errors, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        CommunityAsset asset = assets.view(organisation.organisationId(), assetId);
        if (form.version() == null) {
            errors.reject("version", "The form was incomplete. Reload the page and try again.");
        }
        if (errors.hasErrors()) {
            return form(organisation, asset, model);
        }
        try {
            CommunityAsset saved = assets.update(organisation.organisationId(), assetId, form.version(),
                    AssetChecks.draft(form, form.openingTimes(null)));
            redirect.addFlashAttribute("flash", "Your changes to " + saved.name() + " have been saved");
            return "redirect:" + path(organisation, assetId);
        } catch (RuleViolation e) {
            errors.rejectValue(e.field(), "rule", e.getMessage());
            return form(organisation, asset, model);
        } catch (ConflictException e) {
            // Keep what they typed so they can compare it with the latest version and save again.
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.reject("conflict", e.getMessage());
            return form(organisation, asset, model);
        }
    }

    @PostMapping("/{assetId}/publication")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String publish(CurrentUser.Membership organisation, @PathVariable UUID assetId,
                   @RequestParam(required = false) String published, @RequestParam(required = false) Integer version,
                   Model model, RedirectAttributes redirect, HttpServletResponse response) {
        boolean publish = "true".equals(published);
        try {
            if (version == null) {
                throw new ConflictException("The form was incomplete. Reload the page and try again.");
            }
            CommunityAsset saved = assets.publish(organisation.organisationId(), assetId, version, publish);
            redirect.addFlashAttribute("flash", saved.name() + (publish ? " is now in the public directory"
                    : " has been taken out of the public directory"));
            return "redirect:" + path(organisation, assetId);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("publicationError", e.getMessage());
            return show(organisation, assetId, model);
        }
    }

    @GetMapping("/{assetId}/remove")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String removeForm(CurrentUser.Membership organisation, @PathVariable UUID assetId, Model model) {
        model.addAttribute("asset", assets.view(organisation.organisationId(), assetId));
        model.addAttribute("backLink", path(organisation, assetId));
        return "insight/assets/remove";
    }

    @PostMapping("/{assetId}/remove")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    String remove(CurrentUser.Membership organisation, @PathVariable UUID assetId, RedirectAttributes redirect) {
        CommunityAsset asset = assets.view(organisation.organisationId(), assetId);
        assets.remove(organisation.organisationId(), assetId);
        redirect.addFlashAttribute("flash", asset.name() + " has been removed from the asset map");
        return "redirect:/o/" + organisation.organisationId() + "/assets";
    }

    private String form(CurrentUser.Membership organisation, CommunityAsset asset, Model model) {
        UUID org = organisation.organisationId();
        model.addAttribute("asset", asset);
        model.addAttribute("types", Arrays.stream(AssetType.values())
                .map(t -> new Choice(t.name(), t.label(), t.description())).toList());
        model.addAttribute("wards", assets.wardsOf(org).stream()
                .map(w -> new Choice(w.id().toString(), w.name(), null)).toList());
        model.addAttribute("needs", assets.needsOf(org).stream()
                .map(n -> new Choice(n.id().toString(), n.title(), n.priority().label() + " priority")).toList());
        model.addAttribute("days", Arrays.stream(DayOfWeek.values())
                .map(d -> new Choice(AssetForm.field(d), d.getDisplayName(TextStyle.FULL,
                        Locale.UK), null)).toList());
        model.addAttribute("backLink", asset == null ? "/o/" + org + "/assets" : path(organisation, asset.id()));
        return "insight/assets/form";
    }

    private static String path(CurrentUser.Membership organisation, UUID assetId) {
        return "/o/" + organisation.organisationId() + "/assets/" + assetId;
    }
}
