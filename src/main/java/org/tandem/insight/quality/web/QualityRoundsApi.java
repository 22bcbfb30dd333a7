package org.tandem.insight.quality.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tandem.insight.quality.QualityArea;
import org.tandem.insight.quality.QualityRound;
import org.tandem.insight.quality.QualityRounds;
import org.tandem.insight.quality.RoundRepository;
import org.tandem.insight.quality.RoundStatus;
import org.tandem.insight.quality.Viewer;
import org.tandem.platform.ApiPage;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ReadVersion;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;

/**
 * Assessment rounds, their quality areas and the services they visit, with the same rules as the pages:
 * commissioners and commissioning officers manage rounds; assessors read the rounds their visits are in.
 */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/commissions/{commissionId}/quality-rounds")
@Tag(name = "Quality assessment", description = "Co-produced quality assessment of current services: rounds, "
        + "quality areas and their rating guide, visits by assessor teams, red/amber/green ratings, recommendations, "
        + "decisions and providers' responses")
class QualityRoundsApi {

    static final String CONFLICT = "#/components/responses/Conflict";

    private final QualityRounds rounds;

    QualityRoundsApi(QualityRounds rounds) {
        this.rounds = rounds;
    }

    @GetMapping
    @OrganisationMember
    @Operation(operationId = "listQualityRounds", summary = "The commission's assessment rounds you can see",
            description = "Managers see every round; anyone else sees the rounds they have a visit in.")
    ApiPage<QualityRoundJson> list(CurrentUser user, CurrentUser.Membership organisation,
                                   @PathVariable UUID commissionId,
                                   @Parameter(description = "Part of the title or purpose")
                                   @RequestParam(required = false) String q,
                                   @RequestParam(required = false) RoundStatus status,
                                   @RequestParam(required = false) RoundRepository.Sort sort,
                                   @Parameter(description = "From 1") @RequestParam(required = false) Integer page,
                                   @Parameter(description = "Up to 100; larger sizes give 100")
                                   @RequestParam(required = false) Integer size) {
        return ApiPage.of(rounds.list(Viewer.of(user, organisation), commissionId,
                new RoundRepository.Filter(q, status, null), sort, PageRequest.of(page, size)),
                listing -> QualityRoundJson.of(listing.round()));
    }

    @PostMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createQualityRound", summary = "Set up an assessment round (commissioners and officers)",
            description = "It starts as a draft, with Tandem's nine-area template unless startFromTemplate is false.")
    @ApiResponse(responseCode = "201", description = "Set up", headers = @Header(name = "Location",
            description = "The new round"))
    ResponseEntity<QualityRoundJson> create(CurrentUser user, CurrentUser.Membership organisation,
                                            @PathVariable UUID commissionId,
                                            @Valid @RequestBody QualityRoundRequest request) {
        QualityRound round = rounds.create(Viewer.of(user, organisation), commissionId, request.draft(),
                request.fromTemplate());
        return ResponseEntity.created(here("/{id}", round.id())).body(QualityRoundJson.of(round));
    }

    @GetMapping("/{roundId}")
    @OrganisationMember
    @Operation(operationId = "getQualityRound", summary = "An assessment round")
    QualityRoundJson round(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                           @PathVariable UUID roundId) {
        return QualityRoundJson.of(rounds.round(Viewer.of(user, organisation), commissionId, roundId));
    }

    @PutMapping("/{roundId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "changeQualityRound", summary = "Change a round's details and rule",
            description = "In Draft or Visiting. Send every detail and the version you read.")
    @ApiResponse(responseCode = "200", description = "The round as saved")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    QualityRoundJson change(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                            @PathVariable UUID roundId, @Valid @RequestBody QualityRoundRequest request) {
        ReadVersion.required(request.version());
        return QualityRoundJson.of(rounds.update(Viewer.of(user, organisation), commissionId, roundId,
                request.version(), request.draft()));
    }

    @PostMapping("/{roundId}/transitions")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "takeQualityRoundStep", summary = "Take the round's next step",
            description = "START_VISITING from Draft, START_MODERATION from Visiting, SHARE_RESULTS from "
                    + "Moderation and review, CLOSE from Results shared. Sharing and closing are for commissioners.")
    @ApiResponse(responseCode = "200", description = "The round as it is now")
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    QualityRoundJson step(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                          @PathVariable UUID roundId, @Valid @RequestBody RoundStepRequest request) {
        return QualityRoundJson.of(rounds.take(Viewer.of(user, organisation), commissionId, roundId,
                request.version(), request.transition()));
    }

    @GetMapping("/{roundId}/areas")
    @OrganisationMember
    @Operation(operationId = "listQualityAreas", summary = "The round's quality areas and rating guide, in order")
    ApiPage<QualityAreaJson> areas(CurrentUser user, CurrentUser.Membership organisation,
                                   @PathVariable UUID commissionId, @PathVariable UUID roundId,
                                   @Parameter(description = "From 1") @RequestParam(required = false) Integer page,
                                   @Parameter(description = "Up to 100; larger sizes give 100")
                                   @RequestParam(required = false) Integer size) {
        QualityRound round = rounds.round(Viewer.of(user, organisation), commissionId, roundId);
        return ApiPage.of(numbered(rounds.areas(round)), PageRequest.of(page, size), a -> a);
    }

    @PostMapping("/{roundId}/areas")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addQualityArea", summary = "Add a quality area at the end of the list (in Draft)")
    @ApiResponse(responseCode = "201", description = "Added", headers = @Header(name = "Location",
            description = "The round's areas"))
    ResponseEntity<QualityAreaJson> addArea(CurrentUser user, CurrentUser.Membership organisation,
                                            @PathVariable UUID commissionId, @PathVariable UUID roundId,
                                            @Valid @RequestBody QualityAreaRequest request) {
        Viewer viewer = Viewer.of(user, organisation);
        QualityArea area = rounds.addArea(viewer, commissionId, roundId, request.draft());
        return ResponseEntity.created(here("")).body(area(viewer, commissionId, roundId, area.id()));
    }

    @PutMapping("/{roundId}/areas/{areaId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "changeQualityArea", summary = "Rename a quality area or rewrite its guide (in Draft)")
    QualityAreaJson changeArea(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                               @PathVariable UUID roundId, @PathVariable UUID areaId,
                               @Valid @RequestBody QualityAreaRequest request) {
        Viewer viewer = Viewer.of(user, organisation);
        rounds.changeArea(viewer, commissionId, roundId, areaId, request.draft());
        return area(viewer, commissionId, roundId, areaId);
    }

    @PostMapping("/{roundId}/areas/{areaId}/move")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "moveQualityArea", summary = "Move a quality area one place up or down (in Draft)")
    QualityAreaJson moveArea(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                             @PathVariable UUID roundId, @PathVariable UUID areaId,
                             @Valid @RequestBody AreaMoveRequest request) {
        Viewer viewer = Viewer.of(user, organisation);
        rounds.moveArea(viewer, commissionId, roundId, areaId, request.up());
        return area(viewer, commissionId, roundId, areaId);
    }

    @DeleteMapping("/{roundId}/areas/{areaId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeQualityArea", summary = "Remove a quality area (in Draft)")
    @ApiResponse(responseCode = "204", description = "Removed")
    void removeArea(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                    @PathVariable UUID roundId, @PathVariable UUID areaId) {
        rounds.removeArea(Viewer.of(user, organisation), commissionId, roundId, areaId);
    }

    @GetMapping("/{roundId}/services")
    @OrganisationMember
    @Operation(operationId = "listQualityRoundServices", summary = "The services the round visits",
            description = "An assessor sees only the services their visits are to.")
    ApiPage<QualityRoundServiceJson> services(CurrentUser user, CurrentUser.Membership organisation,
                                       @PathVariable UUID commissionId, @PathVariable UUID roundId,
                                       @Parameter(description = "From 1") @RequestParam(required = false) Integer page,
                                       @Parameter(description = "Up to 100; larger sizes give 100")
                                       @RequestParam(required = false) Integer size) {
        Viewer viewer = Viewer.of(user, organisation);
        return ApiPage.of(rounds.services(viewer, rounds.round(viewer, commissionId, roundId)),
                PageRequest.of(page, size), QualityRoundServiceJson::of);
    }

    @PutMapping("/{roundId}/services/{serviceId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "addQualityRoundService",
            summary = "Visit one of the organisation's current services in the round (in Draft or Visiting)")
    QualityRoundServiceJson addService(CurrentUser user, CurrentUser.Membership organisation,
                                @PathVariable UUID commissionId, @PathVariable UUID roundId,
                                @PathVariable UUID serviceId) {
        return QualityRoundServiceJson.of(rounds.addService(Viewer.of(user, organisation), commissionId, roundId,
                serviceId));
    }

    @DeleteMapping("/{roundId}/services/{serviceId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeQualityRoundService", summary = "Stop visiting a service (in Draft)")
    @ApiResponse(responseCode = "204", description = "Removed")
    void removeService(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                       @PathVariable UUID roundId, @PathVariable UUID serviceId) {
        rounds.removeService(Viewer.of(user, organisation), commissionId, roundId, serviceId);
    }

    private QualityAreaJson area(Viewer viewer, UUID commissionId, UUID roundId, UUID areaId) {
        return numbered(rounds.areas(rounds.managed(viewer, commissionId, roundId))).stream()
                .filter(a -> a.id().equals(areaId)).findFirst().orElseThrow();
    }

    private static List<QualityAreaJson> numbered(List<QualityArea> areas) {
        List<QualityAreaJson> numbered = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            numbered.add(QualityAreaJson.of(areas.get(i), i + 1));
        }
        return numbered;
    }

    private static URI here(String path, Object... values) {
        return ServletUriComponentsBuilder.fromCurrentRequestUri().path(path).buildAndExpand(values).toUri();
    }
}
