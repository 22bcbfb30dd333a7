package org.tandem.platform;

import java.util.Map;
import java.util.UUID;

/**
 * Published once the demo organisations and people exist, so each module can add its part of the demo story
 * (a fictional council's youth-services commission) in the same transaction.
 *
 * @param organisations demo organisations by short name: council, icb, partnership, riverside, kickstart
 * @param people        demo people by short name: admin, commissioner, officer, finance, citizen, panel, scrutiny,
 *                      provider, provider2, partner
 */
public record DemoCast(Map<String, UUID> organisations, Map<String, AuditLog.Actor> people) {

    public UUID organisation(String key) {
        UUID id = organisations.get(key);
        if (id == null) {
            throw new IllegalArgumentException("No demo organisation " + key);
        }
        return id;
    }

    public AuditLog.Actor person(String key) {
        AuditLog.Actor actor = people.get(key);
        if (actor == null) {
            throw new IllegalArgumentException("No demo person " + key);
        }
        return actor;
    }
}
