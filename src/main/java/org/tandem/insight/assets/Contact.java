package org.tandem.insight.assets;

/** How to get in touch with an asset; every part is optional and already checked. */
public record Contact(String name, String phone, String email, String website) {

    public static final Contact NONE = new Contact(null, null, null, null);

    public boolean isEmpty() {
        return name == null && phone == null && email == null && website == null;
    }

    /** The phone number as a tel: link wants it: digits and a leading plus only. */
    public String phoneLink() {
        return phone == null ? null : "tel:" + phone.replaceAll("[^+0-9]", "");
    }
}
