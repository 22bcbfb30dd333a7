package org.tandem.platform.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that chains audit events. Each event's hash covers every stored field and the previous event's hash, so
 * changing, removing or reordering any event breaks every link after it.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(AuditEvent e) {
        MessageDigest digest = sha256();
        feed(digest, e.prevHash());
        feed(digest, Long.toString(e.seq()));
        feed(digest, e.occurredAt().toString());
        feed(digest, e.actorId() == null ? null : e.actorId().toString());
        feed(digest, e.actorName());
        feed(digest, e.organisationId() == null ? null : e.organisationId().toString());
        feed(digest, e.action());
        feed(digest, e.entityType());
        feed(digest, e.entityId());
        feed(digest, e.summary());
        feed(digest, e.beforeState());
        feed(digest, e.afterState());
        feed(digest, e.remoteAddress());
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Length-prefixed, so ("ab","c") and ("a","bc") hash differently; null is distinct from "". */
    private static void feed(MessageDigest digest, String value) {
        if (value == null) {
            digest.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
