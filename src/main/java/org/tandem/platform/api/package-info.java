/**
 * The platform's part of the REST API under {@code /api/v1}: you, the organisation directory, an organisation's
 * details, its people and its invitations. Same services and the same access rules as the pages; only the shape of
 * the answers differs.
 */
package org.tandem.platform.api;
