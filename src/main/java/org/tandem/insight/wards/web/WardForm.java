package org.tandem.insight.wards.web;

import org.springframework.validation.Errors;
import org.tandem.insight.wards.WardRules;
import org.tandem.platform.SelfChecking;

/** A ward's code and name as typed. */
public record WardForm(String code, String name, Integer version) implements SelfChecking {

    static WardForm blank() {
        return new WardForm("", "", null);
    }

    @Override
    public void check(Errors errors) {
        WardRules.check(code, name, (field, message) -> errors.rejectValue(field, "invalid", message));
    }
}
