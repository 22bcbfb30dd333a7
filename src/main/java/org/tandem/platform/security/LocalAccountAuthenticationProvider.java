package org.tandem.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.tandem.platform.people.Person;
import org.tandem.platform.people.PersonRepository;

/**
 * Checks an email address and password. The password is checked before anything about the account is revealed
 * (closed, unconfirmed), and unknown addresses cost as much time as known ones, so neither answers nor timings tell
 * an attacker which addresses have accounts.
 */
@Component
class LocalAccountAuthenticationProvider implements AuthenticationProvider {

    private final PersonRepository people;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final String decoyHash;

    LocalAccountAuthenticationProvider(PersonRepository people, PasswordEncoder passwords, SignInThrottle throttle,
                                       Clock clock) {
        this.people = people;
        this.passwords = passwords;
        this.throttle = throttle;
        this.clock = clock;
        this.decoyHash = passwords.encode("decoy password that never matches anything");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = String.valueOf(authentication.getPrincipal()).strip();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        Instant blockedUntil = throttle.blockedUntil(email);
        if (blockedUntil != null) {
            long minutes = Math.max(1, Duration.between(clock.instant(), blockedUntil).toMinutes() + 1);
            throw new LockedException("Too many failed attempts. Wait " + minutes + " minutes and try again.");
        }
        Person person = email.length() > 320 ? null : people.findByEmail(email).orElse(null);
        boolean matches;
        if (person != null && person.hasPassword()) {
            matches = passwords.matches(password, person.passwordHash());
        } else {
            passwords.matches(password, decoyHash); // spend the same time as a real check
            matches = false;
        }
        if (!matches) {
            if (throttle.recordFailure(email)) {
                throw new LockedException("Too many failed attempts. Wait " + throttle.blockMinutes()
                        + " minutes and try again.");
            }
            throw new BadCredentialsException("Email address or password is not right");
        }
        if (!person.active()) {
            throw new DisabledException("This account has been closed. Ask your organisation's administrator.");
        }
        if (!person.emailVerified()) {
            throw new EmailNotVerifiedException(person.email());
        }
        throttle.reset(email);
        LocalAccount account = new LocalAccount(person.id(), person.displayName(), person.email());
        return UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
