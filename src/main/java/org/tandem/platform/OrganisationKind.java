package org.tandem.platform;

/** What sort of organisation a tenant is (SPEC §1). */
public enum OrganisationKind {
    COMMISSIONING_BODY("Commissioning body", "A council, NHS body, police and crime commissioner or combined authority"),
    PROVIDER("Provider", "A charity, social enterprise, company or community group that delivers services"),
    PARTNERSHIP("Partnership", "Several organisations commissioning together, one of them leading");

    private final String label;
    private final String description;

    OrganisationKind(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
