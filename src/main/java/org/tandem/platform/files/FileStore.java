package org.tandem.platform.files;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * Where uploaded files are kept. Every call names the organisation the file belongs to, and a file of another
 * organisation is never found. Call {@link #save} inside the transaction that records what the file is for, so a
 * refused or failed upload leaves nothing behind.
 */
public interface FileStore {

    /**
     * Reads the upload as a stream and keeps it, once its size and its type (judged from its content) pass the
     * policy; otherwise throws {@link FileRefused} with a message for the person who uploaded it.
     */
    StoredFile save(UUID organisationId, String fileName, InputStream content, FilePolicy policy);

    Optional<StoredFile> find(UUID organisationId, UUID fileId);

    /** The file's bytes as a stream, read a piece at a time; the caller closes it. */
    InputStream open(UUID organisationId, UUID fileId);

    /** True when there was such a file and it is gone. */
    boolean delete(UUID organisationId, UUID fileId);
}
