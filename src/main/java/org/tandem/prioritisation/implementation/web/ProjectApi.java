package org.tandem.prioritisation.implementation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tandem.platform.ApiPage;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.FormValues;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.prioritisation.implementation.ProjectRepository;
import org.tandem.prioritisation.implementation.ProjectStage;
import org.tandem.prioritisation.implementation.ProjectTracking;
import org.tandem.prioritisation.implementation.ProjectUpdate;

/** The funded projects of a process in the API, with the same rules as the pages. */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/pb-processes/{processId}/projects")
@Tag(name = "Participatory budgeting", description = "Processes in which residents propose and vote on how a budget "
        + "is spent: budget, areas, phases, who may take part, and the proposals")
class ProjectApi {

    private final ProjectTracking tracking;

    ProjectApi(ProjectTracking tracking) {
        this.tracking = tracking;
    }

    @GetMapping
    @OrganisationMember
    @Operation(operationId = "listPbProjects", summary = "The projects the published results fund, by number",
            description = "Without their updates; ask for one project to see its history.")
    ApiPage<ProjectJson> list(CurrentUser.Membership organisation, @PathVariable UUID processId,
                              @Parameter(description = "Only projects at this stage")
                              @RequestParam(required = false) ProjectStage stage,
                              @Parameter(description = "Only projects of this area of the fund")
                              @RequestParam(required = false) String districtId,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        return ApiPage.of(tracking.list(organisation.organisationId(), processId,
                        new ProjectRepository.Filter(stage, FormValues.uuid(districtId)), ProjectRepository.Sort.NUMBER,
                        PageRequest.of(page, size)),
                p -> ProjectJson.of(p, null, null, true));
    }

    @GetMapping("/{projectId}")
    @OrganisationMember
    @Operation(operationId = "getPbProject", summary = "A funded project with all its updates, hidden ones too")
    ProjectJson project(CurrentUser.Membership organisation, @PathVariable UUID processId,
                        @PathVariable UUID projectId) {
        var page = tracking.page(organisation.organisationId(), processId, projectId);
        URI photos = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/organisations/{org}/pb-processes/{process}/projects/{project}/photos/")
                .buildAndExpand(organisation.organisationId(), processId, projectId).toUri();
        return ProjectJson.of(page.project(), page.updates(), photos.toString(), true);
    }

    @GetMapping("/{projectId}/photos/{photoId}")
    @OrganisationMember
    @Operation(operationId = "getPbProjectPhoto", summary = "A photo of an update, hidden updates' photos too",
            description = "The bytes as uploaded, with their media type (JPEG, PNG or WebP).")
    @ApiResponse(responseCode = "200", description = "The photo", content = {
            @Content(mediaType = "image/jpeg"), @Content(mediaType = "image/png"),
            @Content(mediaType = "image/webp")})
    void photo(CurrentUser.Membership organisation, @PathVariable UUID processId, @PathVariable UUID projectId,
               @PathVariable UUID photoId, HttpServletResponse response) throws IOException {
        PhotoResponses.send(response, tracking.photo(organisation.organisationId(), processId, projectId, photoId),
                "private, no-store");
    }

    @PostMapping("/{projectId}/updates")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "postPbProjectUpdate", summary = "Post a dated update on a funded project "
            + "(commissioners and commissioning officers)", description = "Send the version you read. Completed "
            + "means 100% complete; going on hold, stopping funding, going back a stage or lowering the percentage or "
            + "the amount spent needs the reason in the note.")
    @ApiResponse(responseCode = "201", description = "Posted", headers = @Header(name = "Location",
            description = "The project"))
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    ResponseEntity<ProjectJson> post(CurrentUser user, CurrentUser.Membership organisation,
                                     @PathVariable UUID processId, @PathVariable UUID projectId,
                                     @RequestBody ProjectUpdateRequest request) {
        tracking.view(organisation.organisationId(), processId, projectId);
        return posted(user, organisation, processId, projectId, request, List.of());
    }

    /**
     * The same update with photos, as a multipart request: the update as JSON in the part {@code update}, the
     * photos in {@code photo1} to {@code photo3}, each with its alt text in {@code alt1} to {@code alt3} (the
     * names the page uses, so a refusal names the same field).
     * Parts are optional to Spring so that a request from another organisation or role is refused as such first.
     */
    @PostMapping("/{projectId}/updates/with-photos")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER})
    @Operation(operationId = "postPbProjectUpdateWithPhotos", summary = "Post a dated update with up to "
            + ProjectTracking.MAX_PHOTOS + " photos (commissioners and commissioning officers)", description = "A "
            + "multipart request: the update, as in postPbProjectUpdate, as JSON in the part named update; JPEG, PNG "
            + "or WebP photos of up to 5 MB in photo1 to photo3, each with a description for people who cannot see "
            + "it in alt1 to alt3. Nothing is kept when anything is refused.")
    @ApiResponse(responseCode = "201", description = "Posted", headers = @Header(name = "Location",
            description = "The project"))
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    ResponseEntity<ProjectJson> postWithPhotos(CurrentUser user, CurrentUser.Membership organisation,
                                               @PathVariable UUID processId, @PathVariable UUID projectId,
                                               @RequestPart(name = "update", required = false)
                                               ProjectUpdateRequest update,
                                               @RequestPart(name = "photo1", required = false) MultipartFile photo1,
                                               @RequestPart(name = "photo2", required = false) MultipartFile photo2,
                                               @RequestPart(name = "photo3", required = false) MultipartFile photo3,
                                               @RequestParam(name = "alt1", required = false) String alt1,
                                               @RequestParam(name = "alt2", required = false) String alt2,
                                               @RequestParam(name = "alt3", required = false) String alt3)
            throws IOException {
        tracking.view(organisation.organisationId(), processId, projectId);
        if (update == null) {
            throw new RuleViolation("update", "Send the update as JSON in a part named update, with the version you "
                    + "read");
        }
        List<MultipartFile> files = Arrays.asList(photo1, photo2, photo3);
        List<String> altTexts = Arrays.asList(alt1, alt2, alt3);
        List<InputStream> opened = new ArrayList<>();
        try {
            List<ProjectTracking.PhotoUpload> photos = new ArrayList<>();
            for (int slot = 0; slot < files.size(); slot++) {
                MultipartFile file = files.get(slot);
                if (file != null && !file.isEmpty()) {
                    InputStream content = file.getInputStream();
                    opened.add(content);
                    photos.add(new ProjectTracking.PhotoUpload(slot + 1, file.getOriginalFilename(), content,
                            altTexts.get(slot)));
                }
            }
            return posted(user, organisation, processId, projectId, update, photos);
        } finally {
            for (InputStream content : opened) {
                content.close();
            }
        }
    }

    private ResponseEntity<ProjectJson> posted(CurrentUser user, CurrentUser.Membership organisation, UUID processId,
                                               UUID projectId, ProjectUpdateRequest request,
                                               List<ProjectTracking.PhotoUpload> photos) {
        UUID org = organisation.organisationId();
        if (request.version() == null) {
            throw new RuleViolation("version", "Send the version you read, so that updates posted since then are "
                    + "not overlooked");
        }
        ProjectUpdate posted = tracking.post(new Actor(user.personId(), user.displayName()), org, processId,
                projectId, request.version(), request.day(), request.change(), photos);
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/organisations/{org}/pb-processes/{process}/projects/{project}")
                .buildAndExpand(org, processId, posted.projectId()).toUri();
        return ResponseEntity.created(location).body(project(organisation, processId, projectId));
    }
}
