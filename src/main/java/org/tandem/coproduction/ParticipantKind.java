package org.tandem.coproduction;

/**
 * Who took part, by kind. Dorset's matrix (seed 003) asks whether professionals, "users and communities", or both
 * planned and delivered a service: {@link #isProfessional()} and {@link #isUserOrCommunity()} say which side each
 * kind is on. Elected members are on neither: they govern the commission rather than plan or deliver the service.
 */
public enum ParticipantKind {
    PROFESSIONAL("Commissioners and professionals", true, false),
    PROVIDER("Providers", true, false),
    PERSON_USING_SERVICES("People using services", false, true),
    CARER("Carers", false, true),
    COMMUNITY_MEMBER("Community members", false, true),
    ELECTED_MEMBER("Elected members", false, false);

    private final String label;
    private final boolean professional;
    private final boolean userOrCommunity;

    ParticipantKind(String label, boolean professional, boolean userOrCommunity) {
        this.label = label;
        this.professional = professional;
        this.userOrCommunity = userOrCommunity;
    }

    public String label() {
        return label;
    }

    public boolean isProfessional() {
        return professional;
    }

    public boolean isUserOrCommunity() {
        return userOrCommunity;
    }
}
