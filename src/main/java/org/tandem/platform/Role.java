package org.tandem.platform;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person may do in one organisation. A person can hold several roles in several organisations (SPEC §1).
 */
public enum Role {
    ADMINISTRATOR("Administrator", "Manages the organisation's details, people and roles, and reads the audit log"),
    COMMISSIONER("Commissioner", "Leads commissions and takes the decisions that move them through the cycle"),
    COMMISSIONING_OFFICER("Commissioning officer", "Runs the day-to-day work of commissions"),
    FINANCE_OFFICER("Finance officer", "Looks after budgets, payments and financial checks"),
    PROVIDER_USER("Provider user", "Works for a provider: registers, bids, reports on contracts"),
    CITIZEN_CO_PRODUCER("Citizen co-producer", "A resident or person with lived experience who shapes commissions as an equal partner"),
    PANEL_MEMBER("Panel member", "Sits on an evaluation or quality-assessment panel"),
    SCRUTINY_MEMBER("Scrutiny member", "An elected member or member of the public who scrutinises commissioning");

    private static final Set<Role> PROVIDER_ROLES = EnumSet.of(ADMINISTRATOR, PROVIDER_USER);

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The role as it reads inside a sentence: "an administrator", "a panel member". */
    public String withArticle() {
        String noun = label.toLowerCase(java.util.Locale.ROOT);
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    /** Providers have staff who bid and report; the commissioning roles belong to commissioning bodies and partnerships. */
    public boolean fitsOrganisation(OrganisationKind kind) {
        return kind == OrganisationKind.PROVIDER ? PROVIDER_ROLES.contains(this) : this != PROVIDER_USER;
    }

    public static Set<Role> rolesFor(OrganisationKind kind) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : values()) {
            if (role.fitsOrganisation(kind)) {
                roles.add(role);
            }
        }
        return roles;
    }
}
