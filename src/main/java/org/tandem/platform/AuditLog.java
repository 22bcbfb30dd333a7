package org.tandem.platform;

/**
 * The append-only, hash-chained record of who changed what. Write to it in the same transaction as the change,
 * so a change is never stored without its audit event (or the other way round).
 */
public interface AuditLog {

    /** Records the entry as done by the signed-in person (or by Tandem itself when nobody is signed in). */
    void record(AuditEntry entry);

    /** Records the entry as done by a named actor, for work done outside a web request (command line, demo data). */
    void recordAs(Actor actor, AuditEntry entry);

    /** Who did something: a person, or Tandem itself (actorId null). */
    record Actor(java.util.UUID actorId, String name) {
        public static final Actor TANDEM = new Actor(null, "Tandem");
    }
}
