package org.tandem.prioritisation.process.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tandem.platform.ApiPage;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.FormValues;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ReadVersion;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.ResultPage;
import org.tandem.platform.Role;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.ProposalStatus;
import org.tandem.prioritisation.ProposalView;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProposalOutcomes;
import org.tandem.prioritisation.process.ProposalRepository;
import org.tandem.prioritisation.process.ProposalService;
import org.tandem.prioritisation.process.web.ProposalRequests.AssessmentRequest;
import org.tandem.prioritisation.process.web.ProposalRequests.DecisionRequest;
import org.tandem.prioritisation.process.web.ProposalRequests.OutcomeLinksRequest;
import org.tandem.prioritisation.process.web.ProposalRequests.ProposalRequest;

/**
 * Proposals of a participatory-budgeting process in the API, with the same rules as the pages: everyone in the
 * organisation puts proposals forward during proposal collection and reads them; commissioners, commissioning
 * officers and finance officers assess and cost them; commissioners and commissioning officers decide on them.
 */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/pb-processes/{processId}/proposals")
@Tag(name = "Participatory budgeting")
class ProposalsApi {

    private final ProcessService processes;
    private final ProposalService proposals;
    private final ProposalOutcomes outcomes;

    ProposalsApi(ProcessService processes, ProposalService proposals, ProposalOutcomes outcomes) {
        this.processes = processes;
        this.proposals = proposals;
        this.outcomes = outcomes;
    }

    @GetMapping
    @OrganisationMember
    @Operation(operationId = "listPbProposals", summary = "The process's proposals, in number order unless sorted")
    ApiPage<ProposalJson> list(CurrentUser.Membership organisation, @PathVariable UUID processId,
                               @Parameter(description = "Words in the title, description or location")
                               @RequestParam(required = false) String q,
                               @Parameter(schema = @Schema(
                                       implementation = ProposalStatus.class))
                               @RequestParam(required = false) String status,
                               @RequestParam(required = false) String ward,
                               @Parameter(schema = @Schema(
                                       implementation = ProposalRepository.Sort.class))
                               @RequestParam(required = false) String sort,
                               @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size) {
        UUID org = organisation.organisationId();
        PbProcessView process = processes.view(org, processId);
        ResultPage<ProposalView> found = proposals.list(org, processId, new ProposalRepository.Filter(q,
                        FormValues.enumValue(ProposalStatus.class, status), ward),
                FormValues.enumValue(ProposalRepository.Sort.class, sort), PageRequest.of(page, size));
        Map<UUID, List<UUID>> addressed = outcomes.addressedIds(process,
                found.items().stream().map(ProposalView::id).toList());
        boolean withEmail = decides(organisation);
        return ApiPage.of(found, p -> ProposalJson.of(p, addressed.getOrDefault(p.id(), List.of()), withEmail));
    }

    @GetMapping("/{proposalId}")
    @OrganisationMember
    @Operation(operationId = "getPbProposal", summary = "A proposal")
    ProposalJson proposal(CurrentUser.Membership organisation, @PathVariable UUID processId,
                          @PathVariable UUID proposalId) {
        return json(organisation, processId, proposals.view(organisation.organisationId(), processId, proposalId));
    }

    @PostMapping
    @OrganisationMember
    @Operation(operationId = "submitPbProposal", summary = "Put a proposal forward, during proposal collection",
            description = "The proposer is the signed-in person, who is emailed when officers decide on it.")
    @ApiResponse(responseCode = "201", description = "Put forward", headers = @Header(name = "Location",
            description = "The new proposal"))
    ResponseEntity<ProposalJson> submit(CurrentUser user, CurrentUser.Membership organisation,
                                        @PathVariable UUID processId, @RequestBody ProposalRequest request) {
        ProposalView created = proposals.submit(new Actor(user.personId(), user.displayName()),
                organisation.organisationId(), processId,
                new ProposalService.Proposer(user.personId(), user.displayName(), user.email()), request.draft());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(json(organisation, processId, created));
    }

    @PostMapping("/{proposalId}/assessment")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.FINANCE_OFFICER})
    @Operation(operationId = "assessPbProposal", summary = "Say whether a proposal can be done and set its final "
            + "cost (commissioners, commissioning officers and finance officers)")
    @ApiResponse(responseCode = "200", description = "The proposal as assessed")
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    ProposalJson assess(CurrentUser.Membership organisation, @PathVariable UUID processId,
                        @PathVariable UUID proposalId, @RequestBody AssessmentRequest request) {
        return json(organisation, processId, proposals.assess(organisation.organisationId(), processId, proposalId,
                ReadVersion.required(request.version()), request.feasibilityValue(), request.feasibilityNote(),
                request.finalCostValue(), request.costReason()));
    }

    @PostMapping("/{proposalId}/decision")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "decidePbProposal", summary = "Accept, reject or merge a proposal (commissioners and "
            + "commissioning officers)", description = "The proposer is emailed the decision and its reason.")
    @ApiResponse(responseCode = "200", description = "The proposal as decided")
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    ProposalJson decide(CurrentUser.Membership organisation, @PathVariable UUID processId,
                        @PathVariable UUID proposalId, @RequestBody DecisionRequest request) {
        return json(organisation, processId, proposals.decide(organisation.organisationId(), processId, proposalId,
                ReadVersion.required(request.version()), request.decision()));
    }

    @PutMapping("/{proposalId}/outcomes")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "linkPbProposalOutcomes", summary = "Set the outcomes a proposal helps with "
            + "(commissioners and commissioning officers), before the vote")
    ProposalJson linkOutcomes(CurrentUser.Membership organisation, @PathVariable UUID processId,
                              @PathVariable UUID proposalId, @RequestBody OutcomeLinksRequest request) {
        UUID org = organisation.organisationId();
        proposals.changeOutcomes(org, processId, proposalId, OutcomeChoices.ids(request.outcomeIds()));
        return json(organisation, processId, proposals.view(org, processId, proposalId));
    }

    private ProposalJson json(CurrentUser.Membership organisation, UUID processId, ProposalView proposal) {
        PbProcessView process = processes.view(organisation.organisationId(), processId);
        return ProposalJson.of(proposal, outcomes.addressedIds(process, List.of(proposal.id()))
                .getOrDefault(proposal.id(), List.of()), decides(organisation));
    }

    private static boolean decides(CurrentUser.Membership organisation) {
        return organisation.has(Role.COMMISSIONER, Role.COMMISSIONING_OFFICER);
    }
}
