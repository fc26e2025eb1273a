package kz.etalon.account.directory;

import com.unboundid.ldap.sdk.DN;
import java.util.Optional;
import kz.etalon.account.Role;

/** What membership of one directory group gives in Etalon: a role and, for a city's staff, their city. */
public record GroupRole(DN group, Role role, Optional<String> city) {
}
