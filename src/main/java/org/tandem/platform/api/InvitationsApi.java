package org.tandem.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tandem.platform.ApiPage;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.people.Invitation;
import org.tandem.platform.people.Invitations;

@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/invitations")
@RequiresRole({Role.ADMINISTRATOR, Role.COMMISSIONER, Role.PROVIDER_USER})
@Tag(name = "Invitations", description = "Inviting people to join the organisation. Administrators invite to any "
        + "role; commissioners invite citizens, panel members and scrutiny members; provider users invite colleagues.")
class InvitationsApi {

    private final Invitations invitations;
    private final Clock clock;

    InvitationsApi(Invitations invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    @GetMapping
    @Operation(operationId = "listInvitations",
            summary = "Invitations not yet accepted or revoked, newest first (expired ones included)")
    ApiPage<InvitationJson> list(CurrentUser.Membership organisation,
                                 @Parameter(description = "From 1") @RequestParam(required = false) Integer page,
                                 @Parameter(description = "Up to 100; larger sizes give 100")
                                 @RequestParam(required = false) Integer size) {
        return ApiPage.of(invitations.outstanding(organisation.organisationId()), PageRequest.of(page, size),
                i -> InvitationJson.of(i, clock.instant()));
    }

    @GetMapping("/{invitationId}")
    @Operation(operationId = "getInvitation", summary = "An invitation not yet accepted or revoked")
    InvitationJson invitation(CurrentUser.Membership organisation, @PathVariable UUID invitationId) {
        return InvitationJson.of(outstanding(organisation, invitationId), clock.instant());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "invite",
            summary = "Invite someone by email", description = "They get an email with a link that works for 14 days.")
    @ApiResponse(responseCode = "201", description = "Invited", headers = @Header(name = "Location",
            description = "The new invitation"))
    ResponseEntity<InvitationJson> invite(CurrentUser user, CurrentUser.Membership organisation,
                                          @Valid @RequestBody InvitationRequest request) {
        Invitation invitation = invitations.invite(user, organisation, request.email(), request.role());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(invitation.id()).toUri();
        return ResponseEntity.created(location).body(InvitationJson.of(invitation, clock.instant()));
    }

    /** Withdrawing is for those who could have sent it: a commissioner cannot cancel an administrator's invitation. */
    @DeleteMapping("/{invitationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "revokeInvitation",
            summary = "Revoke a pending invitation", description = "Only invitations to roles you may invite to.")
    @ApiResponse(responseCode = "409", ref = ApiDescription.CONFLICT)
    void revoke(CurrentUser.Membership organisation, @PathVariable UUID invitationId) {
        Invitation invitation = outstanding(organisation, invitationId);
        if (!Invitations.invitableBy(organisation).contains(invitation.role())) {
            throw new AccessDeniedException("You cannot withdraw an invitation to be a "
                    + invitation.role().label().toLowerCase());
        }
        invitations.revoke(organisation, invitationId);
    }

    private Invitation outstanding(CurrentUser.Membership organisation, UUID invitationId) {
        return invitations.outstanding(organisation.organisationId()).stream()
                .filter(i -> i.id().equals(invitationId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Invitation"));
    }
}
