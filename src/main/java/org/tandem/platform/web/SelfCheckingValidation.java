package org.tandem.platform.web;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.tandem.platform.SelfChecking;

/** Adds each {@link SelfChecking} form's own checks to Bean Validation, for every controller. */
@ControllerAdvice
class SelfCheckingValidation {

    private static final Validator SELF_CHECKS = new Validator() {
        @Override
        public boolean supports(Class<?> type) {
            return SelfChecking.class.isAssignableFrom(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            ((SelfChecking) target).check(errors);
        }
    };

    @InitBinder
    void addSelfChecks(WebDataBinder binder) {
        // Records are bound through their constructor, so at this point there may be a target type but no target yet.
        Class<?> type = binder.getTarget() != null ? binder.getTarget().getClass()
                : binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
        if (type != null && SelfChecking.class.isAssignableFrom(type)) {
            binder.addValidators(SELF_CHECKS);
        }
    }
}
