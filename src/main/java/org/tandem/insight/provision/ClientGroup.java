package org.tandem.insight.provision;

/**
 * Who a service is for. One list for every kind of public service, so that totals by client group mean the same in
 * every organisation's baseline.
 */
public enum ClientGroup {
    CHILDREN_AND_YOUNG_PEOPLE("Children and young people"),
    YOUNG_CARERS("Young carers"),
    FAMILIES("Families"),
    ADULTS("Adults"),
    OLDER_PEOPLE("Older people"),
    CARERS("Adult carers"),
    DISABLED_PEOPLE("Disabled people and people with learning disabilities"),
    MENTAL_HEALTH("People with mental health needs"),
    WHOLE_COMMUNITY("Everyone in the community");

    private final String label;

    ClientGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
