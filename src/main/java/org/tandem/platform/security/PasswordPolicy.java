package org.tandem.platform.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * NCSC password guidance: long passwords, no composition rules (no "one capital, one symbol"), and refuse the
 * passwords attackers try first. A password is refused when it, or its core with digits and symbols trimmed from
 * the ends ("Password2024!" becomes "password"), is on the list of common passwords, or when it is built from the
 * person's own name or email address.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Null when the password may be used; otherwise the message to show next to the field. */
    public String problemWith(String password, String email, String displayName) {
        if (password == null || password.isEmpty()) {
            return "Enter a password";
        }
        if (password.length() < MIN_LENGTH) {
            return "Password must be " + MIN_LENGTH + " characters or more";
        }
        if (password.length() > MAX_LENGTH) {
            return "Password must be " + MAX_LENGTH + " characters or fewer";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(core(lower)) || hasTooFewDistinctCharacters(lower)) {
            return "This password is too common. Try three random words joined together, like 'bicycle-lantern-orchard'";
        }
        if (containsPersonal(lower, email, displayName)) {
            return "Your password must not contain your name or email address";
        }
        return null;
    }

    private static String core(String lower) {
        return lower.replaceAll("^[^a-z]+", "").replaceAll("[^a-z]+$", "");
    }

    private static boolean hasTooFewDistinctCharacters(String lower) {
        return lower.chars().distinct().count() <= 2;
    }

    private static boolean containsPersonal(String lower, String email, String displayName) {
        if (email != null && email.contains("@")) {
            String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            if (local.length() >= 4 && lower.contains(local)) {
                return true;
            }
        }
        if (displayName != null) {
            String squashed = displayName.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            return squashed.length() >= 6 && lower.replaceAll("[^a-z]", "").contains(squashed);
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new IllegalStateException("The common-passwords list is missing from the application", e);
        }
        return Set.copyOf(words);
    }
}
