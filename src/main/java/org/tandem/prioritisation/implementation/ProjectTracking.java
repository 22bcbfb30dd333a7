package org.tandem.prioritisation.implementation;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.AuditEntry;
import org.tandem.platform.AuditLog;
import org.tandem.platform.AuditLog.Actor;
import org.tandem.platform.ConflictException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.PageRequest;
import org.tandem.platform.ResultPage;
import org.tandem.platform.RuleViolation;
import org.tandem.platform.Timestamps;
import org.tandem.platform.files.FileKind;
import org.tandem.platform.files.FilePolicy;
import org.tandem.platform.files.FileRefused;
import org.tandem.platform.files.FileStore;
import org.tandem.platform.files.StoredFile;
import org.tandem.prioritisation.PbProcessView;
import org.tandem.prioritisation.ResultsPublished;
import org.tandem.prioritisation.process.ProcessService;
import org.tandem.prioritisation.process.ProposalService;

/**
 * Following the projects a published count funds until they are delivered. Tracking starts when results are
 * published; a recount that is published later changes what is tracked without losing any progress. Officers post
 * dated updates, with photos, that move the stage and the percentage; updates are never edited, only hidden with a
 * reason. Every change is audited.
 */
@Service
public class ProjectTracking {

    /** Photos from a phone: JPEG, PNG or WebP, judged by their content, up to 5 MB each. */
    public static final FilePolicy PHOTOS = new FilePolicy(5L * 1024 * 1024,
            Set.of(FileKind.JPEG, FileKind.PNG, FileKind.WEBP));
    public static final int MAX_PHOTOS = 3;
    static final int ALT_MAX = 300;

    /**
     * A photo as uploaded into a numbered slot of the form, with the words that describe it for people who cannot
     * see it.
     */
    public record PhotoUpload(int slot, String fileName, InputStream content, String altText) {
    }

    /** A photo's bytes for sending, with its media type. */
    public record PhotoDownload(ProjectUpdate.Photo photo, InputStream content) {
    }

    /** A project with everything its page shows. */
    public record ProjectPage(PbProcessView process, FundedProject project, List<ProjectUpdate> updates,
                              Instant resultsPublishedAt) {
    }

    private final ProjectRepository projects;
    private final ProcessService processes;
    private final ProposalService proposals;
    private final FileStore files;
    private final AuditLog audit;
    private final Clock clock;

    ProjectTracking(ProjectRepository projects, ProcessService processes, ProposalService proposals,
                    FileStore files, AuditLog audit, Clock clock) {
        this.projects = projects;
        this.processes = processes;
        this.proposals = proposals;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** Published results start (or, after a recount, adjust) the tracking of the process's funded projects. */
    @ApplicationModuleListener
    void on(ResultsPublished published) {
        track(published);
    }

    /**
     * Idempotent: a project already tracked keeps its progress (its allocation follows the latest count), a project
     * the count no longer funds is marked so with the reason, and one it funds again returns to the stage it had.
     */
    @Transactional
    public void track(ResultsPublished published) {
        UUID org = published.organisationId();
        PbProcessView process = processes.view(org, published.processId());
        Instant now = clock.instant();
        projects.markPublished(org, process.id(), published.publishedAt(), now);
        Map<UUID, FundedProject> tracked = new LinkedHashMap<>();
        projects.all(org, process.id()).forEach(p -> tracked.put(p.proposalId(), p));
        String day = Timestamps.longDate(LocalDate.ofInstant(published.publishedAt(), Timestamps.LONDON));
        for (ResultsPublished.FundedProposal funded : published.funded()) {
            FundedProject existing = tracked.remove(funded.proposalId());
            if (existing == null) {
                start(process, funded, now);
                continue;
            }
            if (!existing.title().equals(funded.title()) || existing.allocated().compareTo(funded.amount()) != 0) {
                projects.recounted(existing, funded.title(), funded.amount(), now);
                audit.record(AuditEntry.of(org, "prioritisation.project-recounted", "pb-project", existing.id(),
                        "Project " + existing.number() + " " + funded.title() + " now has " + funded.amount()
                                + " from the count published on " + day)
                        .before(Map.of("allocated", existing.allocated().plain(), "title", existing.title()))
                        .after(Map.of("allocated", funded.amount().plain(), "title", funded.title())));
                existing = view(org, process.id(), existing.id());
            }
            if (existing.stage() == ProjectStage.NO_LONGER_FUNDED && existing.stageBeforeDrop() != null) {
                ProjectStage back = existing.stageBeforeDrop();
                moveByCount(existing, back, "Funded again by the count published on " + day, null, now);
            }
        }
        for (FundedProject dropped : tracked.values()) {
            if (dropped.stage() != ProjectStage.NO_LONGER_FUNDED) {
                moveByCount(dropped, ProjectStage.NO_LONGER_FUNDED, "The count published on " + day
                        + " no longer funds this project", dropped.stage(), now);
            }
        }
    }

    private void start(PbProcessView process, ResultsPublished.FundedProposal funded, Instant now) {
        UUID district = proposals.view(process.organisationId(), process.id(), funded.proposalId()).districtId();
        FundedProject project = new FundedProject(UUID.randomUUID(), process.organisationId(), process.id(),
                funded.proposalId(), funded.number(), funded.title(), district, funded.amount(),
                org.tandem.platform.Money.ZERO, ProjectStage.NOT_STARTED, null, null, 0, null, null, null, now, now,
                0);
        projects.insert(project);
        audit.record(AuditEntry.of(process.organisationId(), "prioritisation.project-tracked", "pb-project",
                project.id(), "Project " + funded.number() + " " + funded.title() + " of " + process.title()
                        + " funded with " + funded.amount() + ": its progress is now tracked")
                .after(Map.of("proposal", funded.proposalId().toString(), "allocated", funded.amount().plain())));
    }

    private void moveByCount(FundedProject project, ProjectStage to, String why, ProjectStage stageBeforeDrop,
                             Instant now) {
        int percent = to == ProjectStage.COMPLETED ? 100 : project.percentComplete();
        ProjectRules.Checked after = new ProjectRules.Checked(to, percent, project.spent(),
                project.expectedCompletion(), why, to.aside() ? why : null);
        projects.progress(project, project.version(), after, stageBeforeDrop, now);
        projects.insertUpdate(project.organisationId(), new ProjectRepository.NewUpdate(UUID.randomUUID(),
                project.id(), LocalDate.ofInstant(now, Timestamps.LONDON), why, project, after,
                ProjectUpdate.Source.COUNT, null, "Tandem"), now);
        audit.record(AuditEntry.of(project.organisationId(), "prioritisation.project-recounted", "pb-project",
                project.id(), "Project " + project.number() + " " + project.title() + ": " + why)
                .before(Map.of("stage", project.stage().name())).after(Map.of("stage", to.name())));
    }

    /** When the process's results were published, if they have been: tracking starts then. */
    public Optional<Instant> resultsPublishedAt(UUID organisationId, UUID processId) {
        return projects.publishedAt(organisationId, processId);
    }

    public ResultPage<FundedProject> list(UUID organisationId, UUID processId, ProjectRepository.Filter filter,
                                          ProjectRepository.Sort sort, PageRequest page) {
        processes.view(organisationId, processId);
        return projects.page(organisationId, processId, filter, sort, page);
    }

    public List<FundedProject> all(UUID organisationId, UUID processId) {
        processes.view(organisationId, processId);
        return projects.all(organisationId, processId);
    }

    public Map<ProjectStage, Long> stageCounts(UUID organisationId, UUID processId) {
        return projects.stageCounts(organisationId, processId);
    }

    public FundedProject view(UUID organisationId, UUID processId, UUID projectId) {
        return projects.find(organisationId, processId, projectId)
                .orElseThrow(() -> new NotFoundException("Funded project"));
    }

    /** The officers' page: every update, hidden ones too. */
    public ProjectPage page(UUID organisationId, UUID processId, UUID projectId) {
        PbProcessView process = processes.view(organisationId, processId);
        FundedProject project = view(organisationId, processId, projectId);
        return new ProjectPage(process, project, projects.updates(organisationId, projectId, true),
                projects.publishedAt(organisationId, processId).orElse(null));
    }

    /** A process whose results are published, for the public pages; anything else is not found. */
    public PbProcessView publicProcess(UUID organisationId, UUID processId) {
        PbProcessView process = processes.published(organisationId, processId);
        if (projects.publishedAt(organisationId, processId).isEmpty()) {
            throw new NotFoundException("Participatory budgeting process");
        }
        return process;
    }

    public List<FundedProject> publicProjects(UUID organisationId, UUID processId) {
        publicProcess(organisationId, processId);
        return projects.all(organisationId, processId);
    }

    /** The public page of a project: updates nobody hid. */
    public ProjectPage publicPage(UUID organisationId, UUID processId, UUID projectId) {
        PbProcessView process = publicProcess(organisationId, processId);
        FundedProject project = view(organisationId, processId, projectId);
        return new ProjectPage(process, project, projects.updates(organisationId, projectId, false),
                projects.publishedAt(organisationId, processId).orElse(null));
    }

    /**
     * Posts a dated update; the photos are kept only if every one passes (kind, size, alt text), so a refused update
     * leaves nothing behind.
     */
    @Transactional
    public ProjectUpdate post(Actor by, UUID organisationId, UUID processId, UUID projectId, int version,
                              LocalDate happenedOn, ProgressChange change, List<PhotoUpload> photos) {
        FundedProject project = view(organisationId, processId, projectId);
        LocalDate today = processes.today();
        LocalDate on = happenedOn == null ? today : happenedOn;
        if (on.isAfter(today)) {
            throw new RuleViolation("happenedOn", "The date of the update cannot be in the future");
        }
        ProjectRules.Checked checked = ProjectRules.check(project, change);
        checkPhotos(photos);
        Instant now = clock.instant();
        if (!projects.progress(project, version, checked, keptDrop(project, checked), now)) {
            throw new ConflictException("Someone else updated this project while you were writing. Reload the page "
                    + "to see their update, then post yours again.");
        }
        UUID id = UUID.randomUUID();
        projects.insertUpdate(organisationId, new ProjectRepository.NewUpdate(id, projectId, on, checked.note(),
                project, checked, ProjectUpdate.Source.OFFICER, by.actorId(), by.name()), now);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            PhotoUpload upload = photos.get(i);
            StoredFile file;
            try {
                file = files.save(organisationId, upload.fileName(), upload.content(), PHOTOS);
            } catch (FileRefused e) {
                throw new RuleViolation("photo" + upload.slot(), e.getMessage());
            }
            projects.insertPhoto(organisationId, id, new ProjectUpdate.Photo(UUID.randomUUID(), file.id(),
                    upload.altText().strip(), file.kind().mediaType(), file.sizeBytes()), i);
            kept.add(file.name() + " (" + file.sha256() + ")");
        }
        audit.recordAs(by, AuditEntry.of(organisationId, "prioritisation.project-updated", "pb-project", projectId,
                "Project " + project.number() + " " + project.title() + " updated: " + checked.stage().label() + ", "
                        + checked.percentComplete() + "% complete, " + checked.spent() + " spent")
                .before(progress(project)).after(Map.of("stage", checked.stage().name(), "percent",
                        checked.percentComplete(), "spent", checked.spent().plain(), "note",
                        checked.note() == null ? "" : checked.note(), "photos", kept, "update", id.toString())));
        return projects.updates(organisationId, projectId, true).stream().filter(u -> u.id().equals(id))
                .findFirst().orElseThrow();
    }

    /** Updates posted from a spreadsheet: checked already, one per changed row. */
    void postFromSpreadsheet(Actor by, FundedProject project, ProjectRules.Checked checked, Instant now) {
        if (!projects.progress(project, project.version(), checked, keptDrop(project, checked), now)) {
            throw new ConflictException("Someone else updated project " + project.number() + " while the file was "
                    + "read. Upload it again.");
        }
        projects.insertUpdate(project.organisationId(), new ProjectRepository.NewUpdate(UUID.randomUUID(),
                project.id(), LocalDate.ofInstant(now, Timestamps.LONDON), checked.note(), project, checked,
                ProjectUpdate.Source.SPREADSHEET, by.actorId(), by.name()), now);
        audit.recordAs(by, AuditEntry.of(project.organisationId(), "prioritisation.project-updated", "pb-project",
                project.id(), "Project " + project.number() + " " + project.title() + " updated from a spreadsheet: "
                        + checked.stage().label() + ", " + checked.percentComplete() + "% complete")
                .before(progress(project)).after(Map.of("stage", checked.stage().name(), "percent",
                        checked.percentComplete(), "spent", checked.spent().plain(), "note",
                        checked.note() == null ? "" : checked.note())));
    }

    /** A note on a project the count dropped keeps the stage it goes back to if a later count funds it again. */
    private static ProjectStage keptDrop(FundedProject project, ProjectRules.Checked checked) {
        return checked.stage() == ProjectStage.NO_LONGER_FUNDED ? project.stageBeforeDrop() : null;
    }

    private static void checkPhotos(List<PhotoUpload> photos) {
        if (photos.size() > MAX_PHOTOS) {
            throw new RuleViolation("photo1", "Add up to " + MAX_PHOTOS + " photos to one update");
        }
        for (PhotoUpload photo : photos) {
            String alt = photo.altText() == null ? "" : photo.altText().strip();
            if (alt.isEmpty()) {
                throw new RuleViolation("alt" + photo.slot(), "Describe photo " + photo.slot() + " for people who "
                        + "cannot see it, for example: New floodlights shining on the skate park at dusk");
            }
            if (alt.length() > ALT_MAX) {
                throw new RuleViolation("alt" + photo.slot(), "Keep the description of photo " + photo.slot()
                        + " to " + ALT_MAX + " characters or fewer");
            }
        }
    }

    /** Hides an update from the public with a reason; it stays in the officers' history and the audit log. */
    @Transactional
    public void hide(UUID organisationId, UUID processId, UUID projectId, UUID updateId, String byName,
                     String reason) {
        FundedProject project = view(organisationId, processId, projectId);
        String why = ProjectRules.optional(reason, "reason", ProjectRules.NOTE_MAX);
        if (why == null) {
            throw new RuleViolation("reason", "Say why the update is being hidden: the reason is kept in the "
                    + "audit log");
        }
        ProjectUpdate update = projects.updates(organisationId, projectId, true).stream()
                .filter(u -> u.id().equals(updateId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Update"));
        if (!projects.hide(organisationId, projectId, updateId, byName, why, clock.instant())) {
            throw new ConflictException("This update has already been hidden");
        }
        audit.record(AuditEntry.of(organisationId, "prioritisation.project-update-hidden", "pb-project", projectId,
                "An update of " + Timestamps.longDate(update.happenedOn()) + " on project " + project.number() + " "
                        + project.title() + " hidden from the public")
                .before(Map.of("update", updateId.toString(), "note", update.note() == null ? "" : update.note()))
                .after(Map.of("hidden", true, "reason", why)));
    }

    /** The lead officer and who delivers the project: free text, both optional. */
    @Transactional
    public FundedProject changeDetails(UUID organisationId, UUID processId, UUID projectId, int version,
                                       String leadOfficer, String deliveredBy) {
        FundedProject before = view(organisationId, processId, projectId);
        String lead = ProjectRules.optional(leadOfficer, "leadOfficer", ProjectRules.NAME_MAX);
        String delivery = ProjectRules.optional(deliveredBy, "deliveredBy", ProjectRules.NAME_MAX);
        if (!projects.details(before, version, lead, delivery, clock.instant())) {
            throw new ConflictException("Someone else changed this project while you were editing. Reload the page "
                    + "to see their changes, then make yours again.");
        }
        FundedProject after = view(organisationId, processId, projectId);
        audit.record(AuditEntry.of(organisationId, "prioritisation.project-details-changed", "pb-project", projectId,
                "Who leads and delivers project " + after.number() + " " + after.title() + " changed")
                .before(Map.of("leadOfficer", String.valueOf(before.leadOfficer()), "deliveredBy",
                        String.valueOf(before.deliveredBy())))
                .after(Map.of("leadOfficer", String.valueOf(lead), "deliveredBy", String.valueOf(delivery))));
        return after;
    }

    /** A photo for officers: any update's. */
    public PhotoDownload photo(UUID organisationId, UUID processId, UUID projectId, UUID photoId) {
        view(organisationId, processId, projectId);
        ProjectRepository.PhotoFile found = projects.photo(organisationId, projectId, photoId)
                .orElseThrow(() -> new NotFoundException("Photo"));
        return new PhotoDownload(found.photo(), files.open(organisationId, found.photo().fileId()));
    }

    /** A photo for everyone: only of a published process, and never one of a hidden update. */
    public PhotoDownload publicPhoto(UUID organisationId, UUID processId, UUID projectId, UUID photoId) {
        publicProcess(organisationId, processId);
        view(organisationId, processId, projectId);
        ProjectRepository.PhotoFile found = projects.photo(organisationId, projectId, photoId)
                .filter(p -> !p.hidden()).orElseThrow(() -> new NotFoundException("Photo"));
        return new PhotoDownload(found.photo(), files.open(organisationId, found.photo().fileId()));
    }

    Map<UUID, String> latestNotes(UUID organisationId, UUID processId) {
        return projects.latestNotes(organisationId, processId);
    }

    private static Map<String, Object> progress(FundedProject p) {
        return Map.of("stage", p.stage().name(), "percent", p.percentComplete(), "spent", p.spent().plain(),
                "expectedCompletion", String.valueOf(p.expectedCompletion()));
    }
}
