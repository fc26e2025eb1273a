package kz.etalon.account.directory;

import java.util.List;
import java.util.Optional;

/**
 * How Etalon asks the organisation's LDAP or Active Directory who a user is: where the server is
 * ({@code ldap://} or {@code ldaps://}), the service account it binds as to search, where and with which
 * filter ({@code {name}} stands for the name typed on the log-in page) to find the user, the attribute that
 * lists the user's groups, the groups that give a role (the first listed group the user is in decides), and
 * whom a user in none of them should ask.
 */
public record DirectorySettings(String url, String bindDn, String bindPassword, String base, String filter,
                                String groupAttribute, List<GroupRole> groups, String contact,
                                Optional<OidcSettings> oidc) {

    /** Where the name goes in the filter. */
    public static final String NAME = "{name}";

    /** Whether an {@code ldap:} section was given (a file may give only {@code oidc:}). */
    public boolean ldap() {
        return !url.isEmpty();
    }

    public DirectorySettings {
        groups = List.copyOf(groups);
    }
}
