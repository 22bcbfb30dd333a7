package org.tandem.platform.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.tandem.platform.OrganisationMember;
import org.tandem.platform.RequiresRole;
import org.tandem.platform.Role;
import org.tandem.platform.SignedIn;

/** The access rule a route declares on its handler method (or, failing that, its controller class). */
public sealed interface AccessRule {

    /** Any signed-in person. */
    record AnySignedIn() implements AccessRule {
    }

    /** Anyone with a role in the route's organisation. */
    record AnyMember() implements AccessRule {
    }

    /** Only these roles in the route's organisation. */
    record Roles(Set<Role> roles) implements AccessRule {
    }

    /** The handler declares nothing, or more than one rule: refused for everyone, and caught by the route test. */
    record Undeclared(String why) implements AccessRule {
    }

    static AccessRule of(HandlerMethod handler) {
        AccessRule onMethod = declared(handler.getMethod());
        return onMethod != null ? onMethod : orUndeclared(declared(handler.getBeanType()));
    }

    private static AccessRule orUndeclared(AccessRule rule) {
        return rule != null ? rule : new Undeclared("no access rule declared");
    }

    private static AccessRule declared(java.lang.reflect.AnnotatedElement element) {
        boolean signedIn = AnnotatedElementUtils.hasAnnotation(element, SignedIn.class);
        boolean member = AnnotatedElementUtils.hasAnnotation(element, OrganisationMember.class);
        RequiresRole roles = AnnotatedElementUtils.findMergedAnnotation(element, RequiresRole.class);
        int count = (signedIn ? 1 : 0) + (member ? 1 : 0) + (roles != null ? 1 : 0);
        if (count > 1) {
            return new Undeclared("more than one access rule declared");
        }
        if (signedIn) {
            return new AnySignedIn();
        }
        if (member) {
            return new AnyMember();
        }
        if (roles != null) {
            return roles.value().length == 0
                    ? new Undeclared("@RequiresRole names no role")
                    : new Roles(EnumSet.copyOf(Set.of(roles.value())));
        }
        return null;
    }
}
