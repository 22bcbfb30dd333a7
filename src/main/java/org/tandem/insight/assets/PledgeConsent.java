package org.tandem.insight.assets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a resident agreed to when they made a pledge, in the words they were shown, and when. Being contacted about
 * the pledge is required (an officer must be able to check it); being listed in the public directory, and having
 * their own name and contact details shown there, are separate choices.
 *
 * @param wording the sentences the resident ticked, exactly as the form showed them
 * @param version which version of the form's wording they saw
 */
public record PledgeConsent(boolean contact, boolean listing, boolean showContact, String wording, String version,
                            Instant at) {

    /** Change this whenever the sentences below change, so each record says which wording it was given. */
    public static final String VERSION = "pledge-1";

    public static String contactSentence(String organisationName) {
        return organisationName + " may contact me about my offer, using the details I have given.";
    }

    public static String listingSentence(String organisationName) {
        return organisationName + " may list my offer in its public directory of community assets once it has "
                + "been checked: what it is, what it offers, who can use it, where and when.";
    }

    public static String showContactSentence(String organisationName) {
        return organisationName + " may show my name, email address and phone number with my offer in the "
                + "directory, so that people can get in touch with me.";
    }

    /** The consent as given now, with the wording of each sentence the resident agreed to. */
    public static PledgeConsent given(String organisationName, boolean contact, boolean listing, boolean showContact,
                                      Instant at) {
        List<String> sentences = new ArrayList<>();
        if (contact) {
            sentences.add(contactSentence(organisationName));
        }
        if (listing) {
            sentences.add(listingSentence(organisationName));
        }
        if (showContact) {
            sentences.add(showContactSentence(organisationName));
        }
        return new PledgeConsent(contact, listing, showContact, String.join("\n", sentences), VERSION, at);
    }
}
