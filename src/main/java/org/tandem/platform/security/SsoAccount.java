package org.tandem.platform.security;

import java.io.Serial;
import java.util.UUID;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A person signed in through an OIDC identity provider, linked to their Tandem person. */
public class SsoAccount extends DefaultOidcUser implements TandemPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID personId;
    private final String displayName;

    SsoAccount(UUID personId, String displayName, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(LocalAccount.SIGNED_IN, idToken, userInfo);
        this.personId = personId;
        this.displayName = displayName;
    }

    @Override
    public UUID personId() {
        return personId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String getName() {
        return personId.toString();
    }
}
