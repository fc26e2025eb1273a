package kz.etalon.account.directory;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.JVMDefaultTrustManager;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.etalon.account.Account;

/**
 * Checks a name and password against the organisation's LDAP or Active Directory: binds as the service
 * account, finds the one entry the filter names, binds as that entry with the password, and gives the role
 * of the first configured group the entry is a member of. A new connection per log-in: log-ins are rare,
 * and nothing is held open to a server that may restart.
 */
public final class LdapDirectory {

    private static final int TIMEOUT_MILLIS = 10_000;
    /** Longer than any real name; a longer one is refused before the directory is asked. */
    private static final int MAX_NAME = 256;

    /** What the directory says about a log-in. */
    public sealed interface Answer {
        /** The password is right and a group gives a role: the account for the session. */
        record Granted(Account account) implements Answer {
        }

        /** The password is right, but the user is in no configured group; {@code name} as the directory knows it. */
        record NoGroup(String name) implements Answer {
        }

        /** No such user, or a wrong password; {@code known} when the directory has the user. */
        record Refused(boolean known) implements Answer {
        }

        /** The directory could not be asked (down, a wrong service password, a timeout): {@code why} for the log. */
        record Unavailable(String why) implements Answer {
        }
    }

    private final DirectorySettings settings;
    private final LDAPURL url;

    public LdapDirectory(DirectorySettings settings) {
        this.settings = settings;
        try {
            this.url = new LDAPURL(settings.url());
        } catch (LDAPException e) {
            throw new IllegalArgumentException("not an LDAP address: " + settings.url(), e);
        }
    }

    public DirectorySettings settings() {
        return settings;
    }

    public Answer check(String name, char[] password) {
        // an empty password would be an anonymous bind, which most servers accept: never a log-in
        if (name.isEmpty() || name.length() > MAX_NAME || password.length == 0) {
            return new Answer.Refused(false);
        }
        try (LDAPConnection connection = connect()) {
            connection.bind(settings.bindDn(), settings.bindPassword());
            Filter filter = Filter.create(settings.filter().replace(DirectorySettings.NAME, Filter.encodeValue(name)));
            SearchResult found = connection.search(settings.base(), SearchScope.SUB, filter, settings.groupAttribute());
            if (found.getEntryCount() != 1) {
                return new Answer.Refused(false);
            }
            SearchResultEntry entry = found.getSearchEntries().get(0);
            try {
                connection.bind(entry.getDN(), new String(password));
            } catch (LDAPException e) {
                if (e.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
                    return new Answer.Refused(true);
                }
                throw e;
            }
            return role(name, groups(entry));
        } catch (LDAPException e) {
            return new Answer.Unavailable(e.getResultCode() + ": " + e.getMessage());
        }
    }

    private List<DN> groups(SearchResultEntry entry) throws LDAPException {
        List<DN> groups = new ArrayList<>();
        String[] values = entry.getAttributeValues(settings.groupAttribute());
        for (String value : values == null ? new String[0] : values) {
            groups.add(new DN(value));
        }
        return groups;
    }

    private Answer role(String name, List<DN> memberOf) {
        Optional<GroupRole> first = settings.groups().stream().filter(group -> memberOf.contains(group.group())).findFirst();
        return first.<Answer>map(group -> new Answer.Granted(new Account(name, group.role(), group.city())))
                .orElseGet(() -> new Answer.NoGroup(name));
    }

    private LDAPConnection connect() throws LDAPException {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis(TIMEOUT_MILLIS);
        options.setResponseTimeoutMillis(TIMEOUT_MILLIS);
        if (!url.getScheme().equalsIgnoreCase("ldaps")) {
            return new LDAPConnection(options, url.getHost(), url.getPort());
        }
        try {
            // the JVM's trust store: a ministry's own CA is added there (docs/security.md says how)
            SSLUtil ssl = new SSLUtil(JVMDefaultTrustManager.getInstance());
            options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
            return new LDAPConnection(ssl.createSSLSocketFactory(), options, url.getHost(), url.getPort());
        } catch (GeneralSecurityException e) {
            throw new LDAPException(ResultCode.CONNECT_ERROR, "cannot set up TLS: " + e.getMessage(), e);
        }
    }
}
