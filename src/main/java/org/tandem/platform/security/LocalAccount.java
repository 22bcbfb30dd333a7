package org.tandem.platform.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A person signed in with email and password. Carries no roles: roles belong to organisations and are read from the
 * database on every request.
 */
public record LocalAccount(UUID personId, String displayName, String email) implements TandemPrincipal, UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    static final List<GrantedAuthority> SIGNED_IN = List.of(new SimpleGrantedAuthority("PERSON"));

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return SIGNED_IN;
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return personId.toString();
    }
}
