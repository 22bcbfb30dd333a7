package org.tandem.outcomes.contributions.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.outcomes.OutcomeView;
import org.tandem.outcomes.OutcomesFrameworks;
import org.tandem.outcomes.contributions.internal.Contributing;
import org.tandem.outcomes.contributions.internal.Contributing.Target;
import org.tandem.outcomes.contributions.internal.Contribution;
import org.tandem.outcomes.contributions.internal.ContributionCalls;
import org.tandem.outcomes.contributions.internal.ContributionDecisions;
import org.tandem.outcomes.contributions.internal.ContributionKind;
import org.tandem.outcomes.contributions.internal.Trails;
import org.tandem.outcomes.contributions.internal.Workshops;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.FormValues;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.ReadVersion;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;

/**
 * A draft's contributions in the API, with the same rules as the pages: everyone in the organisation reads,
 * suggests, comments and endorses while it is open; commissioners open and close it and its public link;
 * commissioners and commissioning officers record workshops, merge, decline and moderate.
 */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/outcomes-frameworks/{frameworkId}/versions/{versionNumber}")
@Tag(name = "Co-producing outcomes", description = "Contributions to a draft outcomes framework: suggestions, "
        + "comments, endorsements and workshop outputs; merging them into outcomes, and each outcome's trail")
class ContributionsApi {

    private static final String CONFLICT = "#/components/responses/Conflict";

    private final VersionAt versions;
    private final ContributionCalls calls;
    private final Contributing contributing;
    private final ContributionDecisions decisions;
    private final Workshops workshops;
    private final Trails trails;
    private final OutcomesFrameworks outcomes;

    ContributionsApi(VersionAt versions, ContributionCalls calls, Contributing contributing,
                     ContributionDecisions decisions, Workshops workshops, Trails trails,
                     OutcomesFrameworks outcomes) {
        this.versions = versions;
        this.calls = calls;
        this.contributing = contributing;
        this.decisions = decisions;
        this.workshops = workshops;
        this.trails = trails;
        this.outcomes = outcomes;
    }

    @GetMapping("/contribution-call")
    @OrganisationMember
    @Operation(operationId = "getContributionCall", summary = "Whether the version is open for contributions")
    CallJson call(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                  @PathVariable int versionNumber) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        return CallJson.of(calls.call(found.organisationId(), found.versionId())
                .orElseThrow(() -> new NotFoundException("Call for contributions")));
    }

    @PutMapping("/contribution-call")
    @RequiresRole(Role.COMMISSIONER)
    @Operation(operationId = "openForContributions", summary = "Open a draft for contributions (commissioners)")
    @ApiResponse(responseCode = "200", description = "Open")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    CallJson open(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                  @PathVariable int versionNumber, @Valid @RequestBody ApiRequests.CallRequest request) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        return CallJson.of(calls.open(actor(user), found.organisationId(), found.versionId(), request.question()));
    }

    @DeleteMapping("/contribution-call")
    @RequiresRole(Role.COMMISSIONER)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "closeContributions", summary = "Close contributions (commissioners)")
    @ApiResponse(responseCode = "204", description = "Closed")
    void close(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
               @PathVariable int versionNumber) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        calls.close(actor(user), found.organisationId(), found.versionId());
    }

    @PutMapping("/contribution-call/public-link")
    @RequiresRole(Role.COMMISSIONER)
    @Operation(operationId = "setPublicContributionLink",
            summary = "Let anyone with a fresh, unguessable link contribute, or stop the link (commissioners)")
    @ApiResponse(responseCode = "200", description = "The call, with its public link while it has one")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    CallJson publicLink(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                        @PathVariable int versionNumber, @Valid @RequestBody ApiRequests.PublicLinkRequest request) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        if (request.open() == null) {
            throw new RuleViolation("open", "Send open: true or false");
        }
        if (request.open()) {
            return CallJson.of(calls.openPublicly(actor(user), found.organisationId(), found.versionId()));
        }
        calls.closePublicly(actor(user), found.organisationId(), found.versionId());
        return CallJson.of(calls.call(found.organisationId(), found.versionId()).orElseThrow());
    }

    @GetMapping("/contributions")
    @OrganisationMember
    @Operation(operationId = "listContributions", summary = "The version's contributions you may see, oldest first",
            description = "Shown contributions for everyone; held and hidden ones for moderators and their own "
                    + "contributors.")
    List<ContributionJson> list(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                                @PathVariable int versionNumber) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        Seen seen = Seen.by(user, organisation, contributing.ofVersion(found.organisationId(), found.versionId()));
        return seen.all().stream().filter(seen::canSee).map(c -> ContributionJson.of(c, seen.moderator())).toList();
    }

    @PostMapping("/contributions")
    @OrganisationMember
    @Operation(operationId = "contribute", summary = "Suggest an outcome or comment, in your own words")
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    ResponseEntity<ContributionJson> contribute(CurrentUser user, CurrentUser.Membership organisation,
                                                @PathVariable UUID frameworkId, @PathVariable int versionNumber,
                                                @Valid @RequestBody ApiRequests.ContributionRequest request) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        Contribution c = request.theKind() == ContributionKind.SUGGESTION
                ? contributing.suggest(actor(user), found.organisationId(), found.versionId(), request.words(),
                request.kindOfPerson())
                : contributing.comment(actor(user), found.organisationId(), found.versionId(),
                new Target(request.outcome(), request.contribution()), request.words(), request.kindOfPerson());
        return ResponseEntity.status(HttpStatus.CREATED).body(ContributionJson.of(c, Seen.isModerator(organisation)));
    }

    @GetMapping("/contributions/{contributionId}")
    @OrganisationMember
    @Operation(operationId = "getContribution", summary = "A contribution, with what was done with it")
    ContributionJson contribution(CurrentUser user, CurrentUser.Membership organisation,
                                  @PathVariable UUID frameworkId, @PathVariable int versionNumber,
                                  @PathVariable UUID contributionId) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        Contribution c = contributing.inVersion(found.organisationId(), found.versionId(), contributionId);
        Seen seen = Seen.by(user, organisation, List.of(c));
        if (!seen.canSee(c)) {
            throw new NotFoundException("Contribution");
        }
        return ContributionJson.of(c, seen.moderator());
    }

    @PostMapping("/contributions/{contributionId}/endorsements")
    @OrganisationMember
    @Operation(operationId = "endorseContribution", summary = "Endorse a suggestion: once per person")
    @ApiResponse(responseCode = "201", description = "Counted")
    @ApiResponse(responseCode = "200", description = "You had endorsed it already; counted once")
    ResponseEntity<Void> endorseContribution(CurrentUser user, CurrentUser.Membership organisation,
                                             @PathVariable UUID frameworkId, @PathVariable int versionNumber,
                                             @PathVariable UUID contributionId) {
        return endorse(user, organisation, frameworkId, versionNumber, Target.contribution(contributionId));
    }

    @PostMapping("/contributions/{contributionId}/merge")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "mergeContribution",
            summary = "Merge a contribution into a new or an existing outcome (commissioners and officers)")
    @ApiResponse(responseCode = "200", description = "The contribution, merged")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    ContributionJson merge(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                           @PathVariable int versionNumber, @PathVariable UUID contributionId,
                           @Valid @RequestBody ApiRequests.MergeRequest request) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        contributing.inVersion(found.organisationId(), found.versionId(), contributionId);
        int version = versionOf(request.version());
        Contribution c = switch (request.into() == null ? "" : request.into()) {
            case "NEW" -> decisions.mergeIntoNew(actor(user), found.organisationId(), contributionId, version,
                    request.ownWords(), request.professionalWording(), request.note());
            case "EXISTING" -> decisions.mergeIntoExisting(actor(user), found.organisationId(), contributionId,
                    version, FormValues.uuid(request.outcomeId()), request.note());
            default -> throw new RuleViolation("into", "Send into: NEW or EXISTING");
        };
        return ContributionJson.of(c, true);
    }

    @PostMapping("/contributions/{contributionId}/decline")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "declineContribution",
            summary = "Do not take a contribution into the framework, saying why (commissioners and officers)")
    @ApiResponse(responseCode = "200", description = "The contribution, declined")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    ContributionJson decline(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                             @PathVariable int versionNumber, @PathVariable UUID contributionId,
                             @Valid @RequestBody ApiRequests.DeclineRequest request) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        contributing.inVersion(found.organisationId(), found.versionId(), contributionId);
        return ContributionJson.of(decisions.decline(actor(user), found.organisationId(), contributionId,
                versionOf(request.version()), request.reason()), true);
    }

    @PostMapping("/contributions/{contributionId}/moderation")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "moderateContribution",
            summary = "Show a held contribution, or hide an abusive one with a reason (moderators)")
    @ApiResponse(responseCode = "200", description = "The contribution as moderated")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    ContributionJson moderate(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                              @PathVariable int versionNumber, @PathVariable UUID contributionId,
                              @Valid @RequestBody ApiRequests.ModerationRequest request) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        contributing.inVersion(found.organisationId(), found.versionId(), contributionId);
        int version = versionOf(request.version());
        Contribution c = switch (request.visibility() == null ? "" : request.visibility()) {
            case "SHOWN" -> decisions.show(actor(user), found.organisationId(), contributionId, version);
            case "HIDDEN" -> decisions.hide(actor(user), found.organisationId(), contributionId, version,
                    request.reason());
            default -> throw new RuleViolation("visibility", "Send visibility: SHOWN or HIDDEN");
        };
        return ContributionJson.of(c, true);
    }

    @PostMapping("/workshops")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "recordWorkshop", summary = "Record a workshop's outputs as contributions, and the "
            + "workshop in the co-production record (commissioners and officers)")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    WorkshopJson workshop(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                          @PathVariable int versionNumber, @Valid @RequestBody ApiRequests.WorkshopRequest request) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        return WorkshopJson.of(workshops.record(actor(user), found.organisationId(), found.versionId(),
                request.draft()));
    }

    @GetMapping("/outcomes/{outcomeId}/trail")
    @OrganisationMember
    @Operation(operationId = "getOutcomeTrail",
            summary = "The contributions that shaped an outcome, its comments and endorsements")
    TrailJson trail(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                    @PathVariable int versionNumber, @PathVariable UUID outcomeId) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        OutcomeView outcome = outcome(found, outcomeId);
        Seen seen = Seen.by(user, organisation, contributing.ofVersion(found.organisationId(), found.versionId()));
        return new TrailJson(outcome.id(), outcome.lineageId(), outcome.ownWords(),
                contributing.outcomeEndorsements(found.organisationId(), found.versionId())
                        .getOrDefault(outcome.id(), 0),
                trails.of(found.organisationId(), outcome).stream()
                        .map(c -> ContributionJson.of(c, seen.moderator())).toList(),
                seen.comments().getOrDefault(outcome.id(), List.of()).stream()
                        .map(c -> ContributionJson.of(c, seen.moderator())).toList());
    }

    @PostMapping("/outcomes/{outcomeId}/endorsements")
    @OrganisationMember
    @Operation(operationId = "endorseOutcome", summary = "Endorse an outcome of the draft: once per person")
    @ApiResponse(responseCode = "201", description = "Counted")
    @ApiResponse(responseCode = "200", description = "You had endorsed it already; counted once")
    ResponseEntity<Void> endorseOutcome(CurrentUser user, CurrentUser.Membership organisation,
                                        @PathVariable UUID frameworkId, @PathVariable int versionNumber,
                                        @PathVariable UUID outcomeId) {
        return endorse(user, organisation, frameworkId, versionNumber, Target.outcome(outcomeId));
    }

    private ResponseEntity<Void> endorse(CurrentUser user, CurrentUser.Membership organisation, UUID frameworkId,
                                         int versionNumber, Target item) {
        VersionAt.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        boolean added = contributing.endorse(user.personId(), found.organisationId(), found.versionId(), item);
        return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK).build();
    }

    private OutcomeView outcome(VersionAt.Found found, UUID outcomeId) {
        return outcomes.outcome(found.organisationId(), outcomeId)
                .filter(o -> o.versionId().equals(found.versionId()))
                .orElseThrow(() -> new NotFoundException("Outcome"));
    }

    private static int versionOf(Integer version) {
        ReadVersion.required(version);
        return version;
    }

    private static Actor actor(CurrentUser user) {
        return ContributionPages.actor(user);
    }
}
