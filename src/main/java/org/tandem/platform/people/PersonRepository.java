package org.tandem.platform.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.tandem.platform.Timestamps.instant;
import static org.tandem.platform.Timestamps.utc;

@Repository
public class PersonRepository {

    private static final String COLUMNS =
            "id, email, display_name, password_hash, email_verified_at, active, created_at, version";

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Person> findById(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from person where id = ?").param(id).query(PersonRepository::map)
                .optional();
    }

    public Optional<Person> findByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from person where email_key = ?").param(EmailAddress.key(email))
                .query(PersonRepository::map).optional();
    }

    public Optional<UUID> findByIdentity(String issuer, String subject) {
        return jdbc.sql("select person_id from person_identity where issuer = ? and subject = ?")
                .params(issuer, subject).query(UUID.class).optional();
    }

    public Person create(String email, String displayName, String passwordHash, Instant verifiedAt, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into person (id, email, email_key, display_name, password_hash, email_verified_at, active,
                                    created_at, updated_at, version)
                values (:id, :email, :key, :name, :hash, :verified, true, :now, :now, 0)
                """)
                .param("id", id).param("email", email.strip()).param("key", EmailAddress.key(email))
                .param("name", displayName.strip()).param("hash", passwordHash).param("verified", utc(verifiedAt))
                .param("now", utc(now))
                .update();
        return findById(id).orElseThrow();
    }

    public void linkIdentity(String issuer, String subject, UUID personId, Instant now) {
        jdbc.sql("insert into person_identity (issuer, subject, person_id, created_at) values (?, ?, ?, ?)")
                .params(issuer, subject, personId, utc(now)).update();
    }

    /** Optimistic: returns false when someone else changed the person since {@code version} was read. */
    public boolean updateDetails(UUID id, int version, String displayName, Instant now) {
        return jdbc.sql("""
                update person set display_name = :name, updated_at = :now, version = version + 1
                where id = :id and version = :version""")
                .param("name", displayName.strip()).param("now", utc(now)).param("id", id).param("version", version)
                .update() == 1;
    }

    public void updatePassword(UUID id, String passwordHash, Instant now) {
        jdbc.sql("update person set password_hash = ?, updated_at = ?, version = version + 1 where id = ?")
                .params(passwordHash, utc(now), id).update();
    }

    public void markEmailVerified(UUID id, Instant now) {
        jdbc.sql("""
                update person set email_verified_at = coalesce(email_verified_at, ?), updated_at = ?,
                                  version = version + 1 where id = ?""")
                .params(utc(now), utc(now), id).update();
    }

    public void setActive(UUID id, boolean active, Instant now) {
        jdbc.sql("update person set active = ?, updated_at = ?, version = version + 1 where id = ?")
                .params(active, utc(now), id).update();
    }

    static Person map(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
                rs.getString("password_hash"), instant(rs, "email_verified_at"), rs.getBoolean("active"),
                instant(rs, "created_at"), rs.getInt("version"));
    }

}
