package org.tandem.prioritisation.implementation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tandem.prioritisation.implementation.FundedProject;
import org.tandem.prioritisation.implementation.ProjectStage;
import org.tandem.prioritisation.implementation.ProjectUpdate;

/**
 * A funded project in the API. Amounts are strings of pounds and pence, so no client turns them into floating point.
 * {@code updates} are newest first; the public API leaves out hidden ones and who posted each.
 */
record ProjectJson(UUID id, int number, String title, UUID districtId, String allocated, String spent,
                   ProjectStage stage, String stageReason, int percentComplete, LocalDate expectedCompletion,
                   String leadOfficer, String deliveredBy, int version, List<UpdateJson> updates) {

    record UpdateJson(UUID id, LocalDate happenedOn, String note, ProjectStage stageBefore, ProjectStage stageAfter,
                      int percentBefore, int percentAfter, String spentBefore, String spentAfter,
                      ProjectUpdate.Source source, String postedBy, Instant postedAt, Boolean hidden,
                      String hiddenReason, List<PhotoJson> photos) {
    }

    record PhotoJson(String url, String altText, String contentType) {
    }

    static ProjectJson of(FundedProject p, List<ProjectUpdate> updates, String photoBase, boolean officers) {
        return new ProjectJson(p.id(), p.number(), p.title(), p.districtId(), p.allocated().plain(),
                p.spent().plain(), p.stage(), p.stageReason(), p.percentComplete(), p.expectedCompletion(),
                p.leadOfficer(), p.deliveredBy(), p.version(), updates == null ? null : updates.stream()
                .map(u -> new UpdateJson(u.id(), u.happenedOn(), u.note(), u.stageBefore(), u.stageAfter(),
                        u.percentBefore(), u.percentAfter(), u.spentBefore().plain(), u.spentAfter().plain(),
                        u.source(), officers ? u.postedByName() : null, u.postedAt(), officers ? u.hidden() : null,
                        officers ? u.hiddenReason() : null, u.photos().stream()
                        .map(ph -> new PhotoJson(photoBase + ph.id(), ph.altText(), ph.contentType())).toList()))
                .toList());
    }
}
