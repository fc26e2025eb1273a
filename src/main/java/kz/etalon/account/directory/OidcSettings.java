package kz.etalon.account.directory;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import kz.etalon.account.Role;

/**
 * How Etalon signs users in through the organisation's OpenID Connect provider: the issuer (its
 * {@code .well-known/openid-configuration} is read from there), the client Etalon is registered as, the
 * address browsers reach Etalon at (the provider sends them back to {@code <redirect-base>/login/oidc/callback}),
 * the name on the button, the claim of the ID token listing the user's groups, the groups that give a role
 * (the first listed group the user is in decides), and whom a user in none of them should ask.
 */
public record OidcSettings(URI issuer, String clientId, String clientSecret, URI redirectBase, String name,
                           String groupsClaim, List<Group> groups, String contact) {

    /** What membership of one group named in the groups claim gives: a role and, for a city's staff, their city. */
    public record Group(String name, Role role, Optional<String> city) {
    }

    public OidcSettings {
        groups = List.copyOf(groups);
    }

    /** Where the provider sends the browser back with the code. */
    public URI callback() {
        String base = redirectBase.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/login/oidc/callback");
    }
}
