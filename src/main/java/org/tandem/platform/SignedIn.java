package org.tandem.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Access rule: any signed-in person may use this route; it belongs to no organisation (their own account, the directory).
 * Every route that is not public carries exactly one access rule: this, {@link OrganisationMember} or {@link RequiresRole}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SignedIn {
}
