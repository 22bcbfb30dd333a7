package org.tandem.platform.people.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
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
import org.tandem.platform.CurrentUser;
import org.tandem.platform.SignedIn;
import org.tandem.platform.people.ApiTokens;

/** Your personal API tokens: the list, creating one (its secret is shown once) and revoking one. */
@Controller
@RequestMapping("/account/api-tokens")
@SignedIn
class ApiTokenPages {

    private final ApiTokens tokens;
    private final Clock clock;

    ApiTokenPages(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        model.addAttribute("form", ApiTokenForm.blank());
        return page(user, model);
    }

    /**
     * Shows the new secret straight away instead of redirecting: a redirect would have to keep the secret in the
     * session until the next page, and Tandem never stores a token's secret anywhere.
     */
    @PostMapping
    String create(CurrentUser user, @Validated @ModelAttribute("form") ApiTokenForm form, BindingResult errors,
                  Model model, HttpServletResponse response) {
        if (errors.hasErrors()) {
            return page(user, model);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("issued", tokens.create(user.personId(), form.name(), form.days()));
        return "platform/account/api-tokens-created";
    }

    @PostMapping("/{tokenId}/revoke")
    String revoke(CurrentUser user, @PathVariable UUID tokenId, RedirectAttributes redirect) {
        ApiTokens.ApiToken revoked = tokens.revoke(user.personId(), tokenId);
        redirect.addFlashAttribute("flash", "The token " + revoked.name() + " has been revoked. "
                + "Programs using it can no longer call Tandem.");
        return "redirect:/account/api-tokens";
    }

    private String page(CurrentUser user, Model model) {
        model.addAttribute("tokens", tokens.of(user.personId()));
        model.addAttribute("now", clock.instant());
        return "platform/account/api-tokens";
    }
}
