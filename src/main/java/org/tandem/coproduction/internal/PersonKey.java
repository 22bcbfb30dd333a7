package org.tandem.coproduction.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/**
 * How one person is recognised across activities. A person of the organisation is known by their id; a typed name
 * by its letters and digits alone, in lower case and without accents, so "Jordan  Reid", "jordan reid" and
 * "Jórdan Reid." are the same person.
 */
final class PersonKey {

    private PersonKey() {
    }

    static String of(UUID personId) {
        return "person:" + personId;
    }

    /** The key of a typed name, or null when it has no letters or digits to go by. */
    static String of(String name) {
        String letters = normalised(name);
        return letters == null ? null : "name:" + letters;
    }

    static String normalised(String name) {
        if (name == null) {
            return null;
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return plain.isEmpty() ? null : plain;
    }
}
