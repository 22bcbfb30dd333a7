package org.tandem.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.platform.ApiPage;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.people.MembershipRepository;
import org.tandem.platform.people.PeopleAdministration;

@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/people")
@RequiresRole(Role.ADMINISTRATOR)
@Tag(name = "People", description = "An organisation's people and their roles (administrators)")
class PeopleApi {

    private final MembershipRepository memberships;
    private final PeopleAdministration people;

    PeopleApi(MembershipRepository memberships, PeopleAdministration people) {
        this.memberships = memberships;
        this.people = people;
    }

    @GetMapping
    @Operation(operationId = "listPeople", summary = "The organisation's people, with their roles")
    ApiPage<PersonJson> list(CurrentUser.Membership organisation,
                             @Parameter(description = "Part of the name or email address")
                             @RequestParam(required = false) String q,
                             @Parameter(description = "Only people holding this role")
                             @RequestParam(required = false) Role role,
                             @RequestParam(required = false) MembershipRepository.MemberSort sort,
                             @Parameter(description = "From 1") @RequestParam(required = false) Integer page,
                             @Parameter(description = "Up to 100; larger sizes give 100")
                             @RequestParam(required = false) Integer size) {
        return ApiPage.of(memberships.members(organisation.organisationId(), q, role, sort,
                PageRequest.of(page, size)), PersonJson::of);
    }

    @GetMapping("/{personId}")
    @Operation(operationId = "getPerson", summary = "One of the organisation's people")
    PersonJson person(CurrentUser.Membership organisation, @PathVariable UUID personId) {
        return PersonJson.of(people.member(organisation, personId));
    }

    @PutMapping("/{personId}/roles")
    @Operation(operationId = "changeRoles", summary = "Replace a person's roles in the organisation",
            description = "At least one role, each one the organisation has; the last administrator stays one.")
    PersonJson changeRoles(CurrentUser.Membership organisation, @PathVariable UUID personId,
                           @Valid @RequestBody RolesRequest request) {
        people.setRoles(organisation, personId, request.roles());
        return PersonJson.of(people.member(organisation, personId));
    }

    @DeleteMapping("/{personId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removePerson", summary = "Remove a person from the organisation",
            description = "Takes away all their roles here; their account stays. The last administrator cannot go.")
    void remove(CurrentUser.Membership organisation, @PathVariable UUID personId) {
        people.remove(organisation, personId);
    }
}
