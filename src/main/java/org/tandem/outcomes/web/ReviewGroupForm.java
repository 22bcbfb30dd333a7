package org.tandem.outcomes.web;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.validation.Errors;
import org.tandem.outcomes.internal.ReviewGroup;
import org.tandem.platform.FormValues;
import org.tandem.platform.SelfChecking;

/** A review group as typed: its name, what it is for, and its members chosen from the organisation's people. */
public record ReviewGroupForm(String name, String purpose, List<String> memberIds, Integer version)
        implements SelfChecking {

    public ReviewGroupForm {
        memberIds = memberIds == null ? List.of() : memberIds;
    }

    static ReviewGroupForm blank() {
        return new ReviewGroupForm("", "", List.of(), null);
    }

    static ReviewGroupForm of(ReviewGroup group) {
        return new ReviewGroupForm(group.name(), group.purpose(),
                group.members().stream().map(m -> m.personId().toString()).toList(), group.version());
    }

    @Override
    public void check(Errors errors) {
        if (memberIds.stream().anyMatch(id -> FormValues.uuid(id) == null)) {
            errors.rejectValue("memberIds", "invalid", "Choose people from the list");
        }
    }

    List<UUID> members() {
        return memberIds.stream().map(FormValues::uuid).filter(Objects::nonNull).toList();
    }
}
