package org.tandem.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.SignedIn;
import org.tandem.platform.security.CurrentUsers;

/** The public front door and the statements every public service publishes. */
@Controller
class FrontDoorController {

    private final CurrentUsers currentUsers;

    FrontDoorController(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @GetMapping("/")
    String landing(HttpServletRequest request) {
        return currentUsers.current(request).isPresent() ? "redirect:/home" : "platform/landing";
    }

    /** Signed-in people land in the organisation they work in; people with none yet are told what happens next. */
    @GetMapping("/home")
    @SignedIn
    String home(CurrentUser user) {
        if (user.memberships().isEmpty()) {
            return "platform/no-organisation";
        }
        return "redirect:/o/" + user.memberships().getFirst().organisationId();
    }

    @GetMapping("/signed-out")
    String signedOut() {
        return "platform/signed-out";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "platform/accessibility";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "platform/privacy";
    }
}
