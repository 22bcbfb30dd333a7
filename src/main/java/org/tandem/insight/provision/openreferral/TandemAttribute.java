package org.tandem.insight.provision.openreferral;

import java.util.Arrays;
import java.util.Optional;

/**
 * The baseline's facts that Open Referral UK has no field for, carried the way it allows: as attributes of the
 * service, each linking it to a taxonomy term. The attribute's {@code link_type} says which fact it is; the term's
 * {@code name} holds the value as a person reads it and {@code term} the value as Tandem reads it back.
 */
enum TandemAttribute {
    CLIENT_GROUP("client_group", "Tandem client groups", "Who the service is for"),
    NEED_ADDRESSED("need_addressed", "Needs assessment", "A need from the needs assessment that the service addresses"),
    OUTCOME_CLAIMED("outcome_claimed", "Outcomes claimed", "An outcome the provider says the service achieves"),
    CONTRACT_END_DATE("contract_end_date", "Tandem baseline", "The day the current contract or grant ends"),
    PEOPLE_REACHED_PER_YEAR("people_reached_per_year", "Tandem baseline",
            "How many different people use the service in a year"),
    OVERLAPS_AND_GAPS("overlaps_and_gaps", "Tandem baseline", "Overlaps with other services and gaps noted");

    private final String linkType;
    private final String taxonomy;
    private final String description;

    TandemAttribute(String linkType, String taxonomy, String description) {
        this.linkType = linkType;
        this.taxonomy = taxonomy;
        this.description = description;
    }

    String linkType() {
        return linkType;
    }

    String taxonomy() {
        return taxonomy;
    }

    String description() {
        return description;
    }

    /** Attributes of other kinds (another directory's eligibility terms, say) are not the baseline's: none. */
    static Optional<TandemAttribute> byLinkType(String linkType) {
        return Arrays.stream(values()).filter(a -> a.linkType.equals(linkType)).findFirst();
    }
}
