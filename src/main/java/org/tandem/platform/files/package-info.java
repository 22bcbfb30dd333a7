/**
 * Files people upload (evidence attachments now; bids and photos later), behind one {@link
 * org.tandem.platform.files.FileStore}: kept in the database by default, so a single server needs nothing else, and
 * meant to move to an S3-compatible object store by configuration (ARCHITECTURE.md, "Scale"). Every file belongs to
 * an organisation, is size-limited while it is read, and its type is decided by its content, never by its name.
 */
@org.springframework.modulith.NamedInterface("files")
package org.tandem.platform.files;
