package org.tandem.insight.evidence.risks;

/**
 * Whose risk it is. Loeffler and Bovaird (seed 002) warn that public-sector risk assessments look only at the
 * commissioning organisation's risks; a co-produced register asks about the risks to service users and communities
 * as well.
 */
public enum RiskBearer {
    PEOPLE_USING_SERVICES("People using services"),
    CARERS_AND_FAMILIES("Carers and families"),
    COMMUNITIES("Communities"),
    PROVIDERS("Providers"),
    STAFF_AND_VOLUNTEERS("Staff and volunteers"),
    COMMISSIONERS("The council, the NHS board and other commissioners");

    private final String label;

    RiskBearer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
