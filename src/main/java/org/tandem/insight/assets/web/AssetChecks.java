package org.tandem.insight.assets.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.validation.Errors;
import org.tandem.insight.assets.AssetDraft;
import org.tandem.insight.assets.AssetType;
import org.tandem.insight.assets.Contact;
import org.tandem.insight.assets.Location;
import org.tandem.insight.assets.OpeningTimes;
import org.tandem.insight.assets.Postcode;
import org.tandem.platform.FormValues;

/** The checks an asset's details must pass, shared by the web form and the API. */
final class AssetChecks {

    static final int NAME_MAX = 200;
    static final int OFFERS_MAX = 4000;
    static final int WHO_MAX = 1000;
    static final int CONTACT_NAME_MAX = 200;
    static final int ADDRESS_MAX = 500;

    private AssetChecks() {
    }

    static void check(AssetFields f, Errors errors) {
        if (FormValues.enumValue(AssetType.class, f.type()) == null) {
            errors.rejectValue("type", "required", "Select the type of asset");
        }
        required(f.name(), "name", "Enter the name of the asset", "Name", NAME_MAX, errors);
        required(f.offers(), "offers", "Enter what the asset offers", "What it offers", OFFERS_MAX, errors);
        optional(f.whoCanUse(), "whoCanUse", "Who can use it", WHO_MAX, errors);
        optional(f.contactName(), "contactName", "Contact name", CONTACT_NAME_MAX, errors);
        optional(f.address(), "address", "Address", ADDRESS_MAX, errors);
        optional(f.openingNotes(), "openingNotes", "Notes about opening times", OpeningTimes.NOTES_MAX, errors);
        String phone = Inputs.text(f.phone());
        if (phone != null && ContactChecks.phoneProblem(phone) != null) {
            errors.rejectValue("phone", "format", ContactChecks.phoneProblem(phone));
        }
        String email = Inputs.text(f.email());
        if (email != null && ContactChecks.emailProblem(email) != null) {
            errors.rejectValue("email", "format", ContactChecks.emailProblem(email));
        }
        String website = Inputs.text(f.website());
        if (website != null && ContactChecks.websiteProblem(website) != null) {
            errors.rejectValue("website", "format", ContactChecks.websiteProblem(website));
        }
        String postcode = Inputs.text(f.postcode());
        if (postcode != null && Postcode.normalise(postcode) == null) {
            errors.rejectValue("postcode", "format", "Enter a real UK postcode, like MB5 2QT");
        }
        String ward = Inputs.text(f.wardId());
        if (ward != null && FormValues.uuid(ward) == null) {
            errors.rejectValue("wardId", "invalid", "Select a ward from the list");
        }
        if (f.needIds() != null && f.needIds().stream().anyMatch(id -> FormValues.uuid(id) == null)) {
            errors.rejectValue("needIds", "invalid", "Select needs from the list");
        }
        checkLocation(f.latitude(), f.longitude(), errors);
    }

    /** Only called once {@link #check} found nothing wrong. */
    static AssetDraft draft(AssetFields f, OpeningTimes openingTimes) {
        Set<UUID> needs = new HashSet<>();
        if (f.needIds() != null) {
            f.needIds().forEach(id -> needs.add(FormValues.uuid(id)));
        }
        String website = Inputs.text(f.website());
        String postcode = Inputs.text(f.postcode());
        String latitude = Inputs.text(f.latitude());
        return new AssetDraft(FormValues.enumValue(AssetType.class, f.type()), Inputs.text(f.name()),
                Inputs.text(f.offers()),
                Inputs.text(f.whoCanUse()),
                new Contact(Inputs.text(f.contactName()), Inputs.text(f.phone()), Inputs.text(f.email()),
                        website == null ? null : ContactChecks.website(website)),
                Inputs.text(f.address()), postcode == null ? null : Postcode.normalise(postcode),
                FormValues.uuid(f.wardId()), openingTimes,
                latitude == null ? null : new Location(degrees(latitude), degrees(Inputs.text(f.longitude()))), needs);
    }

    private static void checkLocation(String latitude, String longitude, Errors errors) {
        String lat = Inputs.text(latitude);
        String lon = Inputs.text(longitude);
        if (lat == null && lon == null) {
            return;
        }
        if (lat == null) {
            errors.rejectValue("latitude", "required", "Enter the latitude as well as the longitude, or neither");
            return;
        }
        if (lon == null) {
            errors.rejectValue("longitude", "required", "Enter the longitude as well as the latitude, or neither");
            return;
        }
        BigDecimal latDegrees = degreesOrNull(lat);
        if (latDegrees == null || latDegrees.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
            errors.rejectValue("latitude", "format", "Latitude must be a number of degrees between -90 and 90, "
                    + "like 52.486243");
        }
        BigDecimal lonDegrees = degreesOrNull(lon);
        if (lonDegrees == null || lonDegrees.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            errors.rejectValue("longitude", "format", "Longitude must be a number of degrees between -180 and 180, "
                    + "like -1.890401");
        }
    }

    private static BigDecimal degreesOrNull(String text) {
        if (text.length() > 20 || !text.matches("-?\\d{1,3}(\\.\\d+)?")) {
            return null;
        }
        return degrees(text);
    }

    /** Six decimal places is about 10 cm: more precision than any community asset needs. */
    private static BigDecimal degrees(String text) {
        return new BigDecimal(text).setScale(6, RoundingMode.HALF_UP);
    }

    static void required(String value, String field, String whenMissing, String label, int max, Errors errors) {
        if (Inputs.text(value) == null) {
            errors.rejectValue(field, "required", whenMissing);
        } else {
            optional(value, field, label, max, errors);
        }
    }

    static void optional(String value, String field, String label, int max, Errors errors) {
        String text = Inputs.text(value);
        if (text != null && text.length() > max) {
            errors.rejectValue(field, "size", label + " must be " + max + " characters or fewer");
        }
    }
}
