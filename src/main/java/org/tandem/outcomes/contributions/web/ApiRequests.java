package org.tandem.outcomes.contributions.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tandem.coproduction.ParticipantKind;
import org.tandem.outcomes.contributions.internal.ContributionKind;
import org.tandem.outcomes.contributions.internal.ContributionRules;
import org.tandem.outcomes.contributions.internal.WorkshopDraft;
import org.tandem.outcomes.contributions.internal.WorkshopMethod;
import org.tandem.platform.FormValues;
import org.tandem.platform.RuleViolation;

/**
 * What API clients send about contributions. Values stay text until read, so a wrong one is reported against its
 * property with the same words as the pages, rather than refusing the whole request.
 */
final class ApiRequests {

    private ApiRequests() {
    }

    record CallRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ContributionRules.QUESTION_MAX,
            example = "What would a good week look like for you?") String question) {
    }

    record PublicLinkRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
            description = "true to let anyone with the link contribute; false to stop the link") Boolean open) {
    }

    record ContributionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = ContributionKind.class) String kind,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ContributionRules.COMMENT_MAX,
                    description = "Plain text, in the contributor's own words") String words,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = ParticipantKind.class)
            String speakingAs,
            @Schema(format = "uuid", description = "For a comment on an outcome of the version") String outcomeId,
            @Schema(format = "uuid", description = "For a comment on a contribution") String contributionId) {

        ContributionKind theKind() {
            return required(ContributionKind.class, kind, "kind", "Send the kind: SUGGESTION or COMMENT");
        }

        ParticipantKind kindOfPerson() {
            return FormValues.enumValue(ParticipantKind.class, speakingAs);
        }

        UUID outcome() {
            return uuid(outcomeId, "outcomeId");
        }

        UUID contribution() {
            return uuid(contributionId, "contributionId");
        }
    }

    record MergeRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"NEW", "EXISTING"}) String into,
            @Schema(format = "uuid", description = "For EXISTING: the outcome of the version it shapes")
            String outcomeId,
            @Schema(description = "For NEW: the outcome's own words; the contribution's when left out") String ownWords,
            @Schema(description = "For NEW: a professional wording") String professionalWording,
            @Schema(maxLength = ContributionRules.REASON_MAX, description = "A note the contributor reads") String note,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The contribution's version you read")
            Integer version) {
    }

    record DeclineRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ContributionRules.REASON_MAX,
                    description = "Why: the contributor reads it") String reason,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {
    }

    record ModerationRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"SHOWN", "HIDDEN"})
            String visibility,
            @Schema(maxLength = ContributionRules.REASON_MAX, description = "Needed to hide") String reason,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {
    }

    record WorkshopRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = WorkshopMethod.class) String method,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date", example = "2026-11-18")
            String heldOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ContributionRules.TITLE_MAX) String title,
            @Schema(maxLength = ContributionRules.NOTES_MAX) String notes,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "How many took part, by kind",
                    example = "{\"PERSON_USING_SERVICES\": 22, \"PROFESSIONAL\": 3}") Map<String, Integer> participants,
            @ArraySchema(arraySchema = @Schema(description = "People of the organisation named as taking part"),
                    schema = @Schema(format = "uuid")) List<String> namedPersonIds,
            @ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Each output in the participants' own words"),
                    schema = @Schema(maxLength = ContributionRules.SUGGESTION_MAX)) List<String> outputs) {

        WorkshopDraft draft() {
            Map<ParticipantKind, Integer> counts = new EnumMap<>(ParticipantKind.class);
            if (participants != null) {
                participants.forEach((kind, n) -> {
                    ParticipantKind k = FormValues.enumValue(ParticipantKind.class, kind);
                    if (k == null) {
                        throw new RuleViolation("participants", "Unknown kind of participant: "
                                + ContributionRules.summary(String.valueOf(kind), 40));
                    }
                    counts.put(k, n);
                });
            }
            LocalDate date;
            try {
                date = heldOn == null ? null : LocalDate.parse(heldOn);
            } catch (DateTimeParseException e) {
                throw new RuleViolation("heldOn", "Send the date as YYYY-MM-DD, like 2026-11-18");
            }
            List<UUID> named = namedPersonIds == null ? List.of() : namedPersonIds.stream()
                    .map(id -> uuid(id, "namedPersonIds")).toList();
            return new WorkshopDraft(FormValues.enumValue(WorkshopMethod.class, method), date, title, notes, counts,
                    named, outputs);
        }
    }

    private static <E extends Enum<E>> E required(Class<E> type, String value, String field, String message) {
        E e = FormValues.enumValue(type, value);
        if (e == null) {
            throw new RuleViolation(field, message);
        }
        return e;
    }

    private static UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        UUID id = FormValues.uuid(value);
        if (id == null) {
            throw new RuleViolation(field, "Send " + field + " as a UUID");
        }
        return id;
    }
}
