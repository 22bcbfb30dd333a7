package org.tandem.insight.needs.web;

import java.util.List;
import java.util.UUID;
import org.tandem.insight.needs.Need;
import org.tandem.insight.needs.Priority;

/** A need in the API, with the wards it is felt in (none means across the whole area). */
record NeedJson(UUID id, String title, String description, Priority priority, List<WardJson> wards, int version) {

    record WardJson(UUID id, String code, String name) {
    }

    static NeedJson of(Need n) {
        return new NeedJson(n.id(), n.title(), n.description(), n.priority(),
                n.wards().stream().map(w -> new WardJson(w.id(), w.code(), w.name())).toList(), n.version());
    }
}
