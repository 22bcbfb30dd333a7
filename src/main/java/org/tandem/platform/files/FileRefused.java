package org.tandem.platform.files;

/** An upload was not kept: too big, empty, or not a kind of file that is allowed. The message is for the uploader. */
public class FileRefused extends RuntimeException {

    public FileRefused(String message) {
        super(message);
    }
}
