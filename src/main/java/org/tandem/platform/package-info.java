/**
 * The platform every part of the cycle stands on: organisations (the tenants), people and their roles,
 * sign-in, authorisation, the audit log, notifications and the web shell.
 *
 * <p>Other modules use only the types in this package: {@link org.tandem.platform.CurrentUser},
 * {@link org.tandem.platform.Role}, the access annotations, {@link org.tandem.platform.AuditLog},
 * {@link org.tandem.platform.Organisations} and the small value types.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.tandem.platform;
