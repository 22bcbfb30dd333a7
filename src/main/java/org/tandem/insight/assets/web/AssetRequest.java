package org.tandem.insight.assets.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.validation.Errors;
import org.springframework.validation.SimpleErrors;
import org.tandem.insight.assets.AssetDraft;
import org.tandem.insight.assets.AssetType;
import org.tandem.insight.assets.OpeningTimes;
import org.tandem.platform.SelfChecking;

/**
 * An asset's details as an API client sends them, checked by the same {@link AssetChecks} as the form. Values stay
 * text until checked, so that a wrong one is reported against its property rather than refusing the request.
 */
record AssetRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = AssetType.class) String type,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = AssetChecks.NAME_MAX) String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = AssetChecks.OFFERS_MAX) String offers,
        @Schema(maxLength = AssetChecks.WHO_MAX) String whoCanUse,
        @Schema(maxLength = AssetChecks.CONTACT_NAME_MAX) String contactName,
        @Schema(example = "01632 960 001") String phone,
        @Schema(format = "email") String email,
        @Schema(example = "https://www.example.org", description = "http or https; https:// is added when missing")
        String website,
        @Schema(maxLength = AssetChecks.ADDRESS_MAX) String address,
        @Schema(example = "MB5 2QT", description = "A UK postcode; stored upper case with one space") String postcode,
        @Schema(format = "uuid", description = "One of the organisation's wards") String wardId,
        List<OpeningSessionJson> openingTimes,
        @Schema(maxLength = OpeningTimes.NOTES_MAX, example = "Term time only") String openingNotes,
        @Schema(example = "52.486243", description = "WGS 84 degrees; send with longitude, or neither") String latitude,
        @Schema(example = "-1.890401", description = "WGS 84 degrees; send with latitude, or neither")
        String longitude,
        @ArraySchema(arraySchema = @Schema(description = "Needs of the organisation's needs assessment it helps with"),
                schema = @Schema(format = "uuid")) List<String> needIds,
        @Schema(description = "When changing an asset: the version you read") Integer version)
        implements AssetFields, SelfChecking {

    @Override
    public void check(Errors errors) {
        AssetChecks.check(this, errors);
        OpeningSessionJson.read(openingTimes, errors);
    }

    /** Only called once {@link #check} found nothing wrong. */
    AssetDraft draft() {
        return AssetChecks.draft(this, new OpeningTimes(OpeningSessionJson.read(openingTimes, new SimpleErrors(this)),
                Inputs.text(openingNotes)));
    }
}
