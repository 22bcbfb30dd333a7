package org.tandem.insight.evidence.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tandem.insight.evidence.items.EvidenceItem;
import org.tandem.insight.evidence.items.EvidenceItemRepository;
import org.tandem.insight.evidence.items.EvidenceItemService;
import org.tandem.insight.evidence.items.EvidenceMethod;
import org.tandem.insight.evidence.web.EvidenceDownloads;
import org.tandem.platform.ApiPage;
import org.tandem.platform.CurrentUser;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ReadVersion;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.files.FileRefused;

/**
 * Evidence items in the API, with the same rules as the pages: members of the lead and partner organisations read;
 * the lead's commissioners and officers change any item; its citizen co-producers add items and change their own.
 */
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/commissions/{commissionId}/evidence/items")
@Tag(name = "Needs evidence: what people told us",
        description = "Qualitative evidence with quotes, gatherers, consent, themes, needs and files")
class EvidenceItemsApi {

    private static final String CHANGERS = "lead organisation's commissioners and officers, or the citizen "
            + "co-producer who added it";

    private final EvidenceItemService items;

    EvidenceItemsApi(EvidenceItemService items) {
        this.items = items;
    }

    @GetMapping
    @OrganisationMember
    @Operation(operationId = "listEvidenceItems", summary = "The commission's evidence items, most recent first")
    ApiPage<EvidenceItemJson> list(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                                   @Parameter(description = "Part of the title, summary, a quote or a theme")
                                   @RequestParam(required = false) String q,
                                   @RequestParam(required = false) EvidenceMethod method,
                                   @RequestParam(required = false) UUID needId,
                                   @Parameter(description = "A theme, in lower case")
                                   @RequestParam(required = false) String tag,
                                   @RequestParam(required = false) EvidenceItemRepository.Sort sort,
                                   @Parameter(description = "From 1") @RequestParam(required = false) Integer page,
                                   @Parameter(description = "Up to 100; larger sizes give 100")
                                   @RequestParam(required = false) Integer size) {
        return ApiPage.of(items.list(organisation, commissionId, new EvidenceItemRepository.Filter(q, method, needId,
                tag), sort, PageRequest.of(page, size)), EvidenceItemJson::of);
    }

    @PostMapping
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.CITIZEN_CO_PRODUCER})
    @Operation(operationId = "createEvidenceItem", summary = "Add an evidence item with its quotes (lead "
            + "organisation's commissioners, officers and citizen co-producers)")
    @ApiResponse(responseCode = "201", description = "Added", headers = @Header(name = "Location",
            description = "The new item"))
    ResponseEntity<EvidenceItemJson> create(CurrentUser user, CurrentUser.Membership organisation,
                                            @PathVariable UUID commissionId,
                                            @Valid @RequestBody EvidenceItemRequest request) {
        EvidenceItem item = items.create(user, organisation, commissionId, request.draft(), request.quoteDrafts());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(item.id()).toUri();
        return ResponseEntity.created(location).body(EvidenceItemJson.of(item));
    }

    @GetMapping("/{itemId}")
    @OrganisationMember
    @Operation(operationId = "getEvidenceItem", summary = "An evidence item")
    EvidenceItemJson item(CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                          @PathVariable UUID itemId) {
        return EvidenceItemJson.of(items.view(organisation, commissionId, itemId));
    }

    @PutMapping("/{itemId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.CITIZEN_CO_PRODUCER})
    @Operation(operationId = "changeEvidenceItem", summary = "Change an evidence item (" + CHANGERS + ")",
            description = "Send every detail, the quotes as they should be, and the version you read. Files are "
                    + "kept.")
    @ApiResponse(responseCode = "200", description = "The item as saved")
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    EvidenceItemJson change(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                            @PathVariable UUID itemId, @Valid @RequestBody EvidenceItemRequest request) {
        ReadVersion.required(request.version());
        return EvidenceItemJson.of(items.update(user, organisation, commissionId, itemId, request.version(),
                request.draft(), request.quoteDrafts()));
    }

    @DeleteMapping("/{itemId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.CITIZEN_CO_PRODUCER})
    @Operation(operationId = "deleteEvidenceItem", summary = "Delete an evidence item, its quotes and files ("
            + CHANGERS + ")")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                                @PathVariable UUID itemId) {
        items.delete(user, organisation, commissionId, itemId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{itemId}/attachments")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.CITIZEN_CO_PRODUCER})
    @Operation(operationId = "addEvidenceAttachment", summary = "Keep a file with an evidence item (" + CHANGERS
            + ")", description = "Send the file's bytes as the body. Its kind is judged from its content, which "
            + "must agree with the file name's ending: PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG or "
            + "plain text, up to 10 MB.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "application/octet-stream",
                            schema = @Schema(type = "string", format = "binary"))))
    @ApiResponse(responseCode = "201", description = "Kept", headers = @Header(name = "Location",
            description = "Where to download it"))
    ResponseEntity<EvidenceItemJson.AttachmentJson> attach(CurrentUser user, CurrentUser.Membership organisation,
                                                           @PathVariable UUID commissionId,
                                                           @PathVariable UUID itemId,
                                                           @Parameter(description = "The file's name, such as "
                                                                   + "workshop-notes.docx")
                                                           @RequestParam(required = false) String fileName,
                                                           HttpServletRequest request) throws IOException {
        items.view(organisation, commissionId, itemId);
        if (fileName == null || fileName.isBlank()) {
            throw new RuleViolation("fileName", "Send the file's name, such as workshop-notes.docx");
        }
        EvidenceItem.Attachment attachment = items.attach(user, organisation, commissionId, itemId, fileName,
                request.getInputStream());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(attachment.id()).toUri();
        return ResponseEntity.created(location).body(EvidenceItemJson.AttachmentJson.of(attachment));
    }

    @GetMapping("/{itemId}/attachments/{attachmentId}")
    @OrganisationMember
    @Operation(operationId = "downloadEvidenceAttachment", summary = "Download a file kept with an evidence item")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment",
            content = @Content(mediaType = "application/octet-stream",
                    schema = @Schema(type = "string", format = "binary")))
    void download(CurrentUser.Membership organisation, @PathVariable UUID commissionId, @PathVariable UUID itemId,
                  @PathVariable UUID attachmentId, HttpServletResponse response) throws IOException {
        EvidenceDownloads.attachment(response, items.download(organisation, commissionId, itemId, attachmentId));
    }

    @DeleteMapping("/{itemId}/attachments/{attachmentId}")
    @RequiresRole({Role.COMMISSIONER, Role.COMMISSIONING_OFFICER, Role.CITIZEN_CO_PRODUCER})
    @Operation(operationId = "removeEvidenceAttachment", summary = "Remove a file from an evidence item ("
            + CHANGERS + ")")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> detach(CurrentUser user, CurrentUser.Membership organisation, @PathVariable UUID commissionId,
                                @PathVariable UUID itemId, @PathVariable UUID attachmentId) {
        items.detach(user, organisation, commissionId, itemId, attachmentId);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(FileRefused.class)
    ResponseEntity<ProblemDetail> refused(FileRefused e, HttpServletRequest request) {
        return ResponseEntity.badRequest().body(ImportProblemsJson.refused(e.getMessage(), "file",
                request.getRequestURI()));
    }
}
