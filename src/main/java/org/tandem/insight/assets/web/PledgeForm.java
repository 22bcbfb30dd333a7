package org.tandem.insight.assets.web;

import java.util.List;
import org.springframework.validation.Errors;
import org.tandem.insight.assets.AssetType;
import org.tandem.insight.assets.PledgeDraft;
import org.tandem.insight.assets.Postcode;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.FormValues;

/**
 * The public pledge form as a resident typed it. {@code agreements} holds the consent boxes ticked: CONTACT (needed),
 * LISTING and SHOW_CONTACT. {@code homepage} is a field people never see: only a robot fills it in.
 */
public record PledgeForm(String type, String name, String offers, String whoCanUse, String wardId, String postcode,
                         String whenAvailable, String yourName, String email, String phone, List<String> agreements,
                         String homepage) implements SelfChecking {

    static final String CONTACT = "CONTACT";
    static final String LISTING = "LISTING";
    static final String SHOW_CONTACT = "SHOW_CONTACT";
    static final int WHEN_MAX = 500;

    static PledgeForm blank() {
        return new PledgeForm(null, "", "", "", null, "", "", "", "", "", List.of(), "");
    }

    boolean looksLikeARobot() {
        return homepage != null && !homepage.isEmpty();
    }

    @Override
    public void check(Errors errors) {
        if (FormValues.enumValue(AssetType.class, type) == null) {
            errors.rejectValue("type", "required", "Select what kind of thing you are offering");
        }
        AssetChecks.required(name, "name", "Enter a short name for what you offer", "Name",
                AssetChecks.NAME_MAX, errors);
        AssetChecks.required(offers, "offers", "Tell us what you offer", "What you offer",
                AssetChecks.OFFERS_MAX, errors);
        AssetChecks.optional(whoCanUse, "whoCanUse", "Who it is for", AssetChecks.WHO_MAX, errors);
        AssetChecks.optional(whenAvailable, "whenAvailable", "When", WHEN_MAX, errors);
        String ward = Inputs.text(wardId);
        if (ward != null && FormValues.uuid(ward) == null) {
            errors.rejectValue("wardId", "invalid", "Select a ward from the list");
        }
        String typedPostcode = Inputs.text(postcode);
        if (typedPostcode != null && Postcode.normalise(typedPostcode) == null) {
            errors.rejectValue("postcode", "format", "Enter a real UK postcode, like MB5 2QT");
        }
        AssetChecks.required(yourName, "yourName", "Enter your name", "Your name", AssetChecks.CONTACT_NAME_MAX,
                errors);
        String typedEmail = Inputs.text(email);
        String typedPhone = Inputs.text(phone);
        if (typedEmail == null && typedPhone == null) {
            errors.rejectValue("email", "required", "Enter an email address or a phone number, so we can contact you");
        }
        if (typedEmail != null && ContactChecks.emailProblem(typedEmail) != null) {
            errors.rejectValue("email", "format", ContactChecks.emailProblem(typedEmail));
        }
        if (typedPhone != null && ContactChecks.phoneProblem(typedPhone) != null) {
            errors.rejectValue("phone", "format", ContactChecks.phoneProblem(typedPhone));
        }
        if (!agreed(CONTACT)) {
            errors.rejectValue("agreements", "required",
                    "Agree that we may contact you about your offer, so that we can check it with you");
        } else if (agreed(SHOW_CONTACT) && !agreed(LISTING)) {
            errors.rejectValue("agreements", "listing", "Your details can only be shown if your offer is listed: "
                    + "agree to the listing too, or untick showing your details");
        }
    }

    /** Only called once {@link #check} found nothing wrong. */
    PledgeDraft draft() {
        String typedPostcode = Inputs.text(postcode);
        return new PledgeDraft(FormValues.enumValue(AssetType.class, type), Inputs.text(name), Inputs.text(offers),
                Inputs.text(whoCanUse), FormValues.uuid(wardId),
                typedPostcode == null ? null : Postcode.normalise(typedPostcode), Inputs.text(whenAvailable),
                Inputs.text(yourName), Inputs.text(email), Inputs.text(phone), agreed(CONTACT), agreed(LISTING),
                agreed(SHOW_CONTACT));
    }

    private boolean agreed(String what) {
        return agreements != null && agreements.contains(what);
    }
}
