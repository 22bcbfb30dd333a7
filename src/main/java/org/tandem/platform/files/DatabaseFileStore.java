package org.tandem.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.NotFoundException;

import static org.tandem.platform.Timestamps.instant;
import static org.tandem.platform.Timestamps.utc;

/**
 * Files kept in the database, in chunks of 256 KB: written as they are read from the upload and read back one chunk
 * at a time, so neither needs the whole file in memory, on H2 and PostgreSQL alike. The default store
 * ({@code tandem.files.store=database}); an object store can take its place by configuration.
 */
@Component
@ConditionalOnProperty(name = "tandem.files.store", havingValue = "database", matchIfMissing = true)
class DatabaseFileStore implements FileStore {

    static final int CHUNK = 256 * 1024;
    private static final String PENDING_TYPE = "application/octet-stream";

    private final JdbcClient jdbc;
    private final Clock clock;

    DatabaseFileStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public StoredFile save(UUID organisationId, String fileName, InputStream content, FilePolicy policy) {
        String name = SafeFileName.of(fileName);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into stored_file (id, organisation_id, name, content_type, size_bytes, sha256, chunk_count,
                                         stored_at)
                values (?, ?, ?, ?, 0, '', 0, ?)""")
                .params(id, organisationId, name, PENDING_TYPE, utc(now)).update();
        MessageDigest sha = sha256();
        long total = 0;
        int chunks = 0;
        byte[] buffer = new byte[CHUNK];
        try {
            int n;
            do {
                n = content.readNBytes(buffer, 0, CHUNK);
                total += n;
                if (total > policy.maxBytes()) {
                    throw new FileRefused(name + " is larger than " + policy.maxSize()
                            + ", the most Tandem accepts here");
                }
                if (n > 0) {
                    sha.update(buffer, 0, n);
                    jdbc.sql("insert into stored_file_chunk (file_id, position, data) values (?, ?, ?)")
                            .params(id, chunks++, n == CHUNK ? buffer : Arrays.copyOf(buffer, n)).update();
                }
            } while (n == CHUNK);
        } catch (IOException e) {
            throw new FileRefused(name + " could not be read to the end. Try uploading it again.");
        }
        if (total == 0) {
            throw new FileRefused(name + " is empty");
        }
        FileKind kind = kindOf(id, total, name, policy);
        String digest = HexFormat.of().formatHex(sha.digest());
        jdbc.sql("""
                update stored_file set content_type = ?, size_bytes = ?, sha256 = ?, chunk_count = ? where id = ?""")
                .params(kind.mediaType(), total, digest, chunks, id).update();
        return new StoredFile(id, organisationId, name, kind, total, digest, now);
    }

    @Override
    public Optional<StoredFile> find(UUID organisationId, UUID fileId) {
        return jdbc.sql("""
                        select id, organisation_id, name, content_type, size_bytes, sha256, stored_at from stored_file
                        where organisation_id = ? and id = ? and content_type <> ?""")
                .params(organisationId, fileId, PENDING_TYPE)
                .query((rs, n) -> new StoredFile(rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class), rs.getString("name"),
                        kindByMediaType(rs.getString("content_type")), rs.getLong("size_bytes"),
                        rs.getString("sha256"), instant(rs, "stored_at")))
                .optional();
    }

    @Override
    public InputStream open(UUID organisationId, UUID fileId) {
        StoredFile file = find(organisationId, fileId).orElseThrow(() -> new NotFoundException("File"));
        return new ChunkStream(file.id(), 0);
    }

    @Override
    @Transactional
    public boolean delete(UUID organisationId, UUID fileId) {
        return jdbc.sql("delete from stored_file where organisation_id = ? and id = ?")
                .params(organisationId, fileId).update() == 1;
    }

    /** The kind the content shows, if the policy allows it and the name agrees; otherwise the upload is refused. */
    private FileKind kindOf(UUID id, long size, String name, FilePolicy policy) {
        Optional<FileKind> sniffed;
        try {
            sniffed = FileSniffer.sniff(size, offset -> new ChunkStream(id, offset));
        } catch (IOException | UncheckedIOException e) {
            sniffed = Optional.empty();
        }
        if (sniffed.isEmpty() || !policy.allowed().contains(sniffed.get())) {
            throw new FileRefused(name + " is not a kind of file Tandem accepts here"
                    + sniffed.map(k -> " (it is a " + k.label() + ")").orElse("")
                    + ". Upload " + allowedKinds(policy));
        }
        FileKind kind = sniffed.get();
        if (!kind.fitsName(name)) {
            String extension = SafeFileName.extension(name);
            throw new FileRefused(name + " is a " + kind.label() + " but its name "
                    + (extension.isEmpty() ? "has no ending" : "ends in ." + extension)
                    + ". Rename it to end in ." + kind.extensions().getFirst() + " and upload it again");
        }
        return kind;
    }

    private static String allowedKinds(FilePolicy policy) {
        return policy.allowed().stream().sorted(Comparator.naturalOrder())
                .map(k -> k.label() + " (." + String.join(", .", k.extensions()) + ")")
                .collect(Collectors.joining(", "));
    }

    private static FileKind kindByMediaType(String mediaType) {
        return Arrays.stream(FileKind.values()).filter(k -> k.mediaType().equals(mediaType)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown stored media type " + mediaType));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a stored file from an offset, fetching one chunk at a time. */
    private final class ChunkStream extends InputStream {
        private final UUID fileId;
        private int nextChunk;
        private byte[] current = new byte[0];
        private int at;
        private boolean finished;

        ChunkStream(UUID fileId, long offset) {
            this.fileId = fileId;
            this.nextChunk = (int) (offset / CHUNK);
            if (load()) {
                at = (int) Math.min(current.length, offset % CHUNK);
            }
        }

        private boolean load() {
            Optional<byte[]> data = jdbc.sql("select data from stored_file_chunk where file_id = ? and position = ?")
                    .params(fileId, nextChunk).query(byte[].class).optional();
            if (data.isEmpty()) {
                finished = true;
                return false;
            }
            current = data.get();
            at = 0;
            nextChunk++;
            return true;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            while (at >= current.length) {
                if (finished || !load()) {
                    return -1;
                }
            }
            int n = Math.min(length, current.length - at);
            System.arraycopy(current, at, into, offset, n);
            at += n;
            return n;
        }
    }
}
