package org.tandem.outcomes.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.outcomes.FrameworkVersionView;
import org.tandem.outcomes.FrameworkView;
import org.tandem.outcomes.IndicatorView;
import org.tandem.outcomes.internal.Balance;
import org.tandem.outcomes.internal.FrameworkService;
import org.tandem.outcomes.internal.OutcomeEditing;
import org.tandem.outcomes.internal.VersionDiff;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.ReadVersion;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;

/**
 * Outcomes frameworks in the API, with the same rules as the pages: everyone in the organisation reads;
 * commissioners and commissioning officers start frameworks, draft versions and change a draft's outcomes and
 * indicators. Nothing in a version in review or agreed changes: such requests get 409.
 */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}")
@Tag(name = "Outcomes frameworks", description = "A commission's outcomes and indicators, in versions agreed by a "
        + "co-production group; their balance across the well-being model, and what changed between versions")
class FrameworksApi {

    private static final String CONFLICT = "#/components/responses/Conflict";
    private static final String VERSION = "/outcomes-frameworks/{frameworkId}/versions/{versionNumber}";

    private final FrameworkService frameworks;
    private final OutcomeEditing editing;
    private final DraftVersions versions;
    private final VersionAnswers answers;

    FrameworksApi(FrameworkService frameworks, OutcomeEditing editing, DraftVersions versions,
                  VersionAnswers answers) {
        this.frameworks = frameworks;
        this.editing = editing;
        this.versions = versions;
        this.answers = answers;
    }

    @GetMapping("/outcomes-frameworks")
    @OrganisationMember
    @Operation(operationId = "listOutcomesFrameworks", summary = "The organisation's frameworks and templates")
    List<OutcomesJson.Framework> list(CurrentUser.Membership organisation) {
        return frameworks.all(organisation.organisationId()).stream().map(OutcomesJson.Framework::of).toList();
    }

    @PostMapping("/outcomes-frameworks")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createOutcomesTemplate",
            summary = "Create an organisation-wide template (commissioners and commissioning officers)")
    @ApiResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location",
            description = "The new template"))
    ResponseEntity<OutcomesJson.Framework> createTemplate(CurrentUser user, CurrentUser.Membership organisation,
                                                          @RequestBody TemplateRequest request) {
        FrameworkView template = frameworks.createTemplate(Actors.of(user), organisation.organisationId(),
                request.title(), request.purpose(), request.copyFrameworkId(), request.copyNumber());
        return created(organisation, template);
    }

    @GetMapping("/commissions/{commissionId}/outcomes-framework")
    @OrganisationMember
    @Operation(operationId = "getCommissionOutcomesFramework", summary = "The commission's outcomes framework")
    OutcomesJson.Framework ofCommission(CurrentUser.Membership organisation, @PathVariable UUID commissionId) {
        frameworks.ledCommission(organisation.organisationId(), commissionId);
        return frameworks.forCommission(organisation.organisationId(), commissionId).map(OutcomesJson.Framework::of)
                .orElseThrow(() -> new NotFoundException("Framework"));
    }

    @PostMapping("/commissions/{commissionId}/outcomes-framework")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "startCommissionOutcomesFramework",
            summary = "Start the commission's framework, blank or from a template (commissioners and officers)")
    @ApiResponse(responseCode = "201", description = "Started", headers = @Header(name = "Location",
            description = "The new framework"))
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    ResponseEntity<OutcomesJson.Framework> start(CurrentUser user, CurrentUser.Membership organisation,
                                                 @PathVariable UUID commissionId,
                                                 @RequestBody FrameworkStartRequest request) {
        return created(organisation, frameworks.start(Actors.of(user), organisation.organisationId(), commissionId,
                request.templateId()));
    }

    @GetMapping("/outcomes-frameworks/{frameworkId}")
    @OrganisationMember
    @Operation(operationId = "getOutcomesFramework", summary = "A framework or template, with its versions")
    OutcomesJson.Framework framework(CurrentUser.Membership organisation, @PathVariable UUID frameworkId) {
        return OutcomesJson.Framework.of(frameworks.framework(organisation.organisationId(), frameworkId));
    }

    @PostMapping("/outcomes-frameworks/{frameworkId}/versions")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "draftOutcomesFrameworkVersion",
            summary = "Start a new draft copied from the newest version, to change an agreed framework")
    @ApiResponse(responseCode = "201", description = "The new draft")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    OutcomesJson.Version redraft(CurrentUser user, CurrentUser.Membership organisation,
                                 @PathVariable UUID frameworkId, @RequestBody NewDraftRequest request) {
        FrameworkVersionView draft = frameworks.newDraft(Actors.of(user), organisation.organisationId(), frameworkId,
                request.note());
        return answers.of(organisation.organisationId(), draft);
    }

    @GetMapping(VERSION)
    @OrganisationMember
    @Operation(operationId = "getOutcomesFrameworkVersion",
            summary = "A version: its outcomes and indicators in order, the guidance it departs from, its reviews")
    OutcomesJson.Version version(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                                 @PathVariable int versionNumber) {
        return answers.of(organisation.organisationId(), frameworkId, versionNumber);
    }

    @GetMapping(VERSION + "/balance")
    @OrganisationMember
    @Operation(operationId = "getOutcomesFrameworkBalance", summary = "A version's balance across the dynamic model "
            + "of well-being, the five ways, the triple bottom line and prevention levels, with its gaps")
    OutcomesJson.BalanceJson balance(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                                     @PathVariable int versionNumber) {
        DraftVersions.Found found = versions.find(organisation.organisationId(), frameworkId, versionNumber);
        return OutcomesJson.BalanceJson.of(Balance.of(frameworks.outcomes(organisation.organisationId(),
                found.versionId())));
    }

    @GetMapping("/outcomes-frameworks/{frameworkId}/diff")
    @OrganisationMember
    @Operation(operationId = "diffOutcomesFrameworkVersions",
            summary = "What changed between two versions, outcome by outcome and field by field",
            description = "Without from and to, compares the newest version with the one before it.")
    OutcomesJson.Diff diff(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                           @Parameter(description = "The older version's number") @RequestParam(required = false)
                           Integer from,
                           @Parameter(description = "The newer version's number") @RequestParam(required = false)
                           Integer to) {
        UUID org = organisation.organisationId();
        DraftVersions.Compared compared = versions.compared(org, frameworkId, from, to);
        return OutcomesJson.Diff.of(compared.older().number(), compared.newer().number(), VersionDiff.between(
                frameworks.outcomes(org, compared.older().id()), frameworks.outcomes(org, compared.newer().id())));
    }

    @PostMapping(VERSION + "/outcomes")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addOutcome", summary = "Add an outcome at the end of a draft")
    @ApiResponse(responseCode = "201", description = "The outcome as saved")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    OutcomesJson.Outcome addOutcome(CurrentUser user, CurrentUser.Membership organisation,
                                    @PathVariable UUID frameworkId, @PathVariable int versionNumber,
                                    @RequestBody OutcomeRequest request) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        return OutcomesJson.Outcome.of(editing.add(Actors.of(user), organisation.organisationId(), found.versionId(),
                request.draft()));
    }

    @PutMapping(VERSION + "/outcomes/{outcomeId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "changeOutcome", summary = "Change an outcome of a draft",
            description = "Send every field and the version you read.")
    @ApiResponse(responseCode = "200", description = "The outcome as saved")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    OutcomesJson.Outcome changeOutcome(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                                       @PathVariable int versionNumber, @PathVariable UUID outcomeId,
                                       @RequestBody OutcomeRequest request) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        return OutcomesJson.Outcome.of(editing.update(organisation.organisationId(), found.versionId(), outcomeId,
                requireVersion(request.version()), request.draft()));
    }

    @DeleteMapping(VERSION + "/outcomes/{outcomeId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeOutcome", summary = "Remove an outcome, with its indicators, from a draft")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    void removeOutcome(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                       @PathVariable int versionNumber, @PathVariable UUID outcomeId) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        editing.delete(organisation.organisationId(), found.versionId(), outcomeId);
    }

    @PostMapping(VERSION + "/outcomes/{outcomeId}/move")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "moveOutcome", summary = "Move an outcome one place up or down in a draft")
    @ApiResponse(responseCode = "200", description = "The version, in its new order")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    OutcomesJson.Version moveOutcome(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                                     @PathVariable int versionNumber, @PathVariable UUID outcomeId,
                                     @RequestBody OutcomeMoveRequest request) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        editing.move(organisation.organisationId(), found.versionId(), outcomeId, request.up());
        return answers.of(organisation.organisationId(), found.version());
    }

    @PostMapping(VERSION + "/outcomes/{outcomeId}/indicators")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addIndicator", summary = "Add an indicator to an outcome of a draft")
    @ApiResponse(responseCode = "201", description = "The indicator as saved")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    OutcomesJson.Indicator addIndicator(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                                        @PathVariable int versionNumber, @PathVariable UUID outcomeId,
                                        @RequestBody IndicatorRequest request) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        return OutcomesJson.Indicator.of(editing.addIndicator(organisation.organisationId(), found.versionId(),
                outcomeId, request.draft()));
    }

    @PutMapping(VERSION + "/indicators/{indicatorId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "changeIndicator", summary = "Change an indicator of a draft",
            description = "Send every field and the version you read.")
    @ApiResponse(responseCode = "200", description = "The indicator as saved")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    OutcomesJson.Indicator changeIndicator(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                                           @PathVariable int versionNumber, @PathVariable UUID indicatorId,
                                           @RequestBody IndicatorRequest request) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        IndicatorView saved = editing.updateIndicator(organisation.organisationId(), found.versionId(), indicatorId,
                requireVersion(request.version()), request.draft());
        return OutcomesJson.Indicator.of(saved);
    }

    @DeleteMapping(VERSION + "/indicators/{indicatorId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeIndicator", summary = "Remove an indicator from a draft")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    void removeIndicator(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                         @PathVariable int versionNumber, @PathVariable UUID indicatorId) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        editing.deleteIndicator(organisation.organisationId(), found.versionId(), indicatorId);
    }

    @PostMapping(VERSION + "/indicators/{indicatorId}/move")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "moveIndicator", summary = "Move an indicator one place up or down within its outcome")
    @ApiResponse(responseCode = "200", description = "The version, in its new order")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    OutcomesJson.Version moveIndicator(CurrentUser.Membership organisation, @PathVariable UUID frameworkId,
                                       @PathVariable int versionNumber, @PathVariable UUID indicatorId,
                                       @RequestBody OutcomeMoveRequest request) {
        DraftVersions.Found found = versions.draft(organisation.organisationId(), frameworkId, versionNumber);
        editing.moveIndicator(organisation.organisationId(), found.versionId(), indicatorId, request.up());
        return answers.of(organisation.organisationId(), found.version());
    }

    private static int requireVersion(Integer version) {
        ReadVersion.required(version);
        return version;
    }

    private static ResponseEntity<OutcomesJson.Framework> created(CurrentUser.Membership organisation,
                                                                 FrameworkView framework) {
        URI location = URI.create("/api/v1/organisations/" + organisation.organisationId() + "/outcomes-frameworks/"
                + framework.id());
        return ResponseEntity.created(location).body(OutcomesJson.Framework.of(framework));
    }
}
