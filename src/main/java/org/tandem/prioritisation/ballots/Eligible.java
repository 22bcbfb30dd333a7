package org.tandem.prioritisation.ballots;

import java.util.Locale;
import org.tandem.platform.RuleViolation;
import org.tandem.prioritisation.PbProcessView;

/**
 * Whether a signed-in voter's declaration meets the process's rules: old enough, and living in one of its wards or
 * postcodes (a postcode district such as MB1 covers MB1 4AA). The fields refused are {@code age}, {@code ward} and
 * {@code postcode}.
 */
final class Eligible {

    private Eligible() {
    }

    static void check(PbProcessView process, Declaration d) {
        if (process.minimumAge() != null) {
            String age = d.age() == null ? "" : d.age().strip();
            if (!age.matches("\\d{1,3}")) {
                throw new RuleViolation("age", "Enter your age in years, for example 15");
            }
            if (Integer.parseInt(age) < process.minimumAge()) {
                throw new RuleViolation("age", "Only people aged " + process.minimumAge() + " or over can vote in "
                        + process.title());
            }
        }
        boolean wards = !process.eligibleWards().isEmpty();
        boolean postcodes = !process.eligiblePostcodes().isEmpty();
        if (!wards && !postcodes) {
            return;
        }
        String ward = d.ward() == null ? "" : d.ward().strip();
        String postcode = d.postcode() == null ? "" : d.postcode().strip().toUpperCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
        if (wards && process.eligibleWards().contains(ward)) {
            return;
        }
        if (postcodes && !postcode.isEmpty()) {
            if (process.eligiblePostcodes().stream().anyMatch(p -> postcode.equals(p) || postcode.startsWith(p + " "))) {
                return;
            }
            throw new RuleViolation("postcode", "Only people living in " + where(process) + " can vote in "
                    + process.title());
        }
        if (!ward.isEmpty()) {
            throw new RuleViolation("ward", "Only people living in " + where(process) + " can vote in "
                    + process.title());
        }
        throw new RuleViolation(wards ? "ward" : "postcode", wards && postcodes
                ? "Choose the ward you live in, or enter your postcode"
                : wards ? "Choose the ward you live in" : "Enter your postcode, for example MB1 4AA");
    }

    private static String where(PbProcessView process) {
        String wards = String.join(", ", process.eligibleWards());
        String postcodes = String.join(", ", process.eligiblePostcodes());
        return wards.isEmpty() ? "postcodes " + postcodes : postcodes.isEmpty() ? wards
                : wards + " or postcodes " + postcodes;
    }
}
