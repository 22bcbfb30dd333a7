package org.tandem.platform.security;

import java.io.Serializable;
import java.util.UUID;

/**
 * Whoever signed in, however they signed in (password or single sign-on). Stored in the shared session table,
 * hence serialisable. The principal name Spring Security sees is the person id, so a person's sessions can be
 * found and ended on every node.
 */
public interface TandemPrincipal extends Serializable {

    UUID personId();

    String displayName();
}
