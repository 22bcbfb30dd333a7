package org.tandem.platform.organisations.web;

import java.util.UUID;
import org.springframework.validation.Errors;
import org.tandem.platform.SelfChecking;
import org.tandem.platform.FormValues;

/** The organisation chosen to join a partnership. */
public record MemberForm(String memberId) implements SelfChecking {

    static MemberForm blank() {
        return new MemberForm(null);
    }

    @Override
    public void check(Errors errors) {
        if (memberOrganisation() == null) {
            errors.rejectValue("memberId", "required", "Select an organisation to add");
        }
    }

    UUID memberOrganisation() {
        return FormValues.uuid(memberId);
    }
}
