package kz.etalon.account.directory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.InetAddress;

/**
 * A real LDAP server on 127.0.0.1 (UnboundID's in-memory one) as a ministry's directory: a service account,
 * {@code dana} in the admins' group, {@code aibek} in Aktau's analysts, {@code nurlan} in a group Etalon does
 * not map. Each password is "secret-" and the name.
 */
public final class TestDirectory implements AutoCloseable {

    public static final String BASE = "dc=gov,dc=kz";
    public static final String ADMINS = "cn=etalon-admins,ou=groups,dc=gov,dc=kz";
    public static final String AKTAU = "cn=aktau-analysts,ou=groups,dc=gov,dc=kz";
    public static final String SERVICE = "cn=etalon,ou=services,dc=gov,dc=kz";
    public static final String SERVICE_PASSWORD = "service-secret";
    public static final String CONTACT = "the IT desk of the ministry, room 210";

    private final InMemoryDirectoryServer server;

    public TestDirectory() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
        config.setSchema(null); // memberOf is written directly, as Active Directory shows it
        server = new InMemoryDirectoryServer(config);
        server.add("dn: " + BASE, "objectClass: domain", "dc: gov");
        for (String unit : new String[] {"people", "groups", "services"}) {
            server.add("dn: ou=" + unit + "," + BASE, "objectClass: organizationalUnit", "ou: " + unit);
        }
        server.add("dn: " + SERVICE, "objectClass: person", "cn: etalon", "sn: service", "userPassword: " + SERVICE_PASSWORD);
        person("dana", ADMINS);
        person("aibek", AKTAU);
        person("nurlan", "cn=accounting,ou=groups,dc=gov,dc=kz");
        server.startListening();
    }

    private void person(String uid, String group) throws Exception {
        server.add("dn: uid=" + uid + ",ou=people," + BASE, "objectClass: inetOrgPerson", "uid: " + uid, "cn: " + uid,
                "sn: " + uid, "userPassword: " + password(uid), "memberOf: " + group);
    }

    public static String password(String uid) {
        return "secret-" + uid;
    }

    public String url() {
        return "ldap://127.0.0.1:" + server.getListenPort();
    }

    /** A directory file for this server: admins are admins, Aktau's analysts analysts of Aktau. */
    public String settingsYaml() {
        return "ldap:\n"
                + "  url: " + url() + "\n"
                + "  bind-dn: \"" + SERVICE + "\"\n"
                + "  bind-password: " + SERVICE_PASSWORD + "\n"
                + "  base: \"ou=people," + BASE + "\"\n"
                + "  filter: \"(uid={name})\"\n"
                + "groups:\n"
                + "  \"" + ADMINS + "\": {role: admin}\n"
                + "  \"" + AKTAU + "\": {role: analyst, city: Aktau}\n"
                + "contact: " + CONTACT + "\n";
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
