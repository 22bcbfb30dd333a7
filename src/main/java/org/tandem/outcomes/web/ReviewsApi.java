package org.tandem.outcomes.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.outcomes.FrameworkVersionView;
import org.tandem.outcomes.internal.FrameworkReviews;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.ReadVersion;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/**
 * Agreeing framework versions in the API: commissioners send a draft to a review group or take it back; each
 * member of the group agrees or objects with a comment; commissioners keep the review groups.
 */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}")
@Tag(name = "Outcomes frameworks")
class ReviewsApi {

    private static final String CONFLICT = "#/components/responses/Conflict";
    private static final String VERSION = "/outcomes-frameworks/{frameworkId}/versions/{versionNumber}";

    private final FrameworkReviews reviews;
    private final VersionAnswers answers;

    ReviewsApi(FrameworkReviews reviews, VersionAnswers answers) {
        this.reviews = reviews;
        this.answers = answers;
    }

    @PostMapping(VERSION + "/transitions")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "moveOutcomesFrameworkVersion",
            summary = "Send a draft to a review group, or take a version back from review")
    @ApiResponse(responseCode = "200", description = "The version after the step")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    OutcomesJson.Version transition(CurrentUser user, CurrentUser.Membership organisation,
                                    @PathVariable UUID frameworkId, @PathVariable int versionNumber,
                                    @RequestBody VersionTransitionRequest request) {
        if (request.transition() == null) {
            throw new RuleViolation("transition", "Say which step to take: SEND_FOR_REVIEW or WITHDRAW");
        }
        UUID org = organisation.organisationId();
        FrameworkVersionView after = request.transition() == VersionTransitionRequest.Transition.WITHDRAW
                ? reviews.withdraw(org, frameworkId, versionNumber)
                : reviews.send(Actors.of(user), org, frameworkId, versionNumber, request.groupId());
        return answers.of(org, after);
    }

    @PostMapping(VERSION + "/reviews")
    @OrganisationMember
    @Operation(operationId = "reviewOutcomesFrameworkVersion",
            summary = "Agree or object to a version in review (its review group's members)",
            description = "When every member has agreed, the version is agreed and locked.")
    @ApiResponse(responseCode = "200", description = "The version after the decision")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    OutcomesJson.Version review(CurrentUser user, CurrentUser.Membership organisation,
                                @PathVariable UUID frameworkId, @PathVariable int versionNumber,
                                @RequestBody ReviewDecisionRequest request) {
        reviews.decide(Actors.of(user), organisation.organisationId(), frameworkId, versionNumber,
                request.decision(), request.comment());
        return answers.of(organisation.organisationId(), frameworkId, versionNumber);
    }

    @GetMapping("/outcomes-review-groups")
    @OrganisationMember
    @Operation(operationId = "listOutcomesReviewGroups", summary = "The organisation's review groups")
    List<OutcomesJson.Group> groups(CurrentUser.Membership organisation) {
        return reviews.groups(organisation.organisationId()).stream().map(OutcomesJson.Group::of).toList();
    }

    @PostMapping("/outcomes-review-groups")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createOutcomesReviewGroup", summary = "Set up a review group")
    @ApiResponse(responseCode = "201", description = "The group as saved")
    OutcomesJson.Group createGroup(CurrentUser user, CurrentUser.Membership organisation,
                                   @RequestBody ReviewGroupRequest request) {
        return OutcomesJson.Group.of(reviews.createGroup(Actors.of(user), organisation.organisationId(),
                request.name(), request.purpose(), request.memberIds()));
    }

    @PutMapping("/outcomes-review-groups/{groupId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "changeOutcomesReviewGroup", summary = "Change a review group",
            description = "Send every field and the version you read.")
    @ApiResponse(responseCode = "200", description = "The group as saved")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    OutcomesJson.Group changeGroup(CurrentUser.Membership organisation, @PathVariable UUID groupId,
                                   @RequestBody ReviewGroupRequest request) {
        ReadVersion.required(request.version());
        return OutcomesJson.Group.of(reviews.updateGroup(organisation.organisationId(), groupId, request.version(),
                request.name(), request.purpose(), request.memberIds()));
    }
}
