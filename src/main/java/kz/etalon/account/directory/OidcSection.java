package kz.etalon.account.directory;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import kz.etalon.account.Role;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** Reads the {@code oidc:} section of the directory file, its mistakes reported with the file's others. */
final class OidcSection {

    private static final Set<String> KEYS = Set.of("issuer", "client-id", "client-secret", "client-secret-env",
            "redirect-base", "name", "groups-claim", "groups");
    private static final Set<String> GROUP = Set.of("role", "city");

    private final DirectoryFile file;
    private final UnaryOperator<String> environment;

    OidcSection(DirectoryFile file, UnaryOperator<String> environment) {
        this.file = file;
        this.environment = environment;
    }

    OidcSettings read(NodeTuple section, String contact) {
        Map<String, NodeTuple> fields = file.fields(section.getValueNode(), "`oidc`", KEYS);
        Node at = section.getKeyNode();
        URI issuer = address(fields, "issuer", at, "https://login.gov.kz/realms/etalon");
        String clientId = required(fields, "client-id", at, "the client id the provider gave Etalon");
        String secret = secret(fields, at);
        URI redirectBase = address(fields, "redirect-base", at, "https://etalon.gov.kz (how browsers reach Etalon)");
        String name = file.optional(fields, "name").orElse("OpenID Connect");
        String claim = file.optional(fields, "groups-claim").orElse("groups");
        List<OidcSettings.Group> groups = fields.containsKey("groups") ? groups(fields.get("groups").getValueNode()) : List.of();
        if (groups.isEmpty()) {
            file.problems().error(file.at(at), "`oidc:` maps no group under `groups:`: add at least one, e.g."
                    + " `etalon-admins: {role: admin}`; nobody could sign in otherwise");
        }
        return new OidcSettings(issuer, clientId, secret, redirectBase, name, claim, groups, contact);
    }

    private String required(Map<String, NodeTuple> fields, String key, Node at, String what) {
        Optional<String> value = file.optional(fields, key);
        if (value.isEmpty()) {
            file.problems().error(file.at(at), "`oidc:` has no `" + key + ":`; add it (" + what + ")");
        }
        return value.orElse("");
    }

    private URI address(Map<String, NodeTuple> fields, String key, Node at, String example) {
        String text = required(fields, key, at, "e.g. " + example);
        if (text.isEmpty()) {
            return URI.create("http://invalid");
        }
        try {
            URI uri = new URI(text);
            String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        file.problems().error(file.at(fields.get(key).getValueNode()), "`" + text + "` is not a web address; write it as "
                + example);
        return URI.create("http://invalid");
    }

    private String secret(Map<String, NodeTuple> fields, Node at) {
        Optional<String> given = file.optional(fields, "client-secret");
        Optional<String> variable = file.optional(fields, "client-secret-env");
        if (given.isPresent() == variable.isPresent()) {
            file.problems().error(file.at(at), "`oidc:` needs one of `client-secret-env:` (the name of an environment"
                    + " variable holding the client secret, best) or `client-secret:`");
            return "";
        }
        if (given.isPresent()) {
            return given.get();
        }
        String value = environment.apply(variable.get());
        if (value == null || value.isEmpty()) {
            file.problems().error(file.at(fields.get("client-secret-env").getValueNode()), "the environment variable `"
                    + variable.get() + "` is not set; set it to the client secret before ./etalon serve");
            return "";
        }
        return value;
    }

    private List<OidcSettings.Group> groups(Node node) {
        List<OidcSettings.Group> groups = new ArrayList<>();
        file.fields(node, "`oidc: groups`", null).forEach((name, tuple) -> {
            Map<String, NodeTuple> fields = file.fields(tuple.getValueNode(), "the group `" + name + "`", GROUP);
            Optional<String> roleText = file.optional(fields, "role");
            Optional<Role> role = roleText.flatMap(DirectoryFile::role);
            if (role.isEmpty()) {
                file.problems().error(file.at(tuple.getValueNode()), (roleText.isEmpty() ? "no `role:`"
                        : "unknown role `" + roleText.get() + "`") + " for the group `" + name + "`; the roles are " + Role.ids());
            } else {
                groups.add(new OidcSettings.Group(name, role.get(), file.optional(fields, "city")));
            }
        });
        return groups;
    }
}
