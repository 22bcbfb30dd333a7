package org.tandem.insight.wards.web;

import java.util.UUID;
import org.tandem.insight.wards.Ward;
import org.tandem.insight.wards.WardVersion;

/** A ward of the organisation; send {@code version} back when renaming it. */
record WardJson(UUID id, String code, String name, int version) {

    static WardJson of(WardVersion w) {
        return new WardJson(w.ward().id(), w.ward().code(), w.ward().name(), w.version());
    }

    static WardJson of(Ward w, int version) {
        return new WardJson(w.id(), w.code(), w.name(), version);
    }
}
