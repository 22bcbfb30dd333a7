package org.tandem.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationKind;
import org.tandem.platform.Role;
import org.tandem.platform.SignedIn;

@RestController
@Tag(name = "You", description = "The person the API acts for: whoever signed in, or whose API token was sent")
class MeApi {

    /** One organisation you belong to, with your roles there. */
    record MembershipJson(UUID organisationId, String name, OrganisationKind kind, List<Role> roles) {
    }

    record MeJson(UUID personId, String displayName, String email, List<MembershipJson> memberships) {
    }

    @GetMapping("/api/v1/me")
    @SignedIn
    @Operation(operationId = "me", summary = "You, and your roles in each organisation you belong to")
    MeJson me(CurrentUser user) {
        return new MeJson(user.personId(), user.displayName(), user.email(), user.memberships().stream()
                .map(m -> new MembershipJson(m.organisationId(), m.organisationName(), m.kind(),
                        m.roles().stream().sorted().toList()))
                .toList());
    }
}
