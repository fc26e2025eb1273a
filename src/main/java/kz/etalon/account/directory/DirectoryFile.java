package kz.etalon.account.directory;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import kz.etalon.account.Role;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads {@code .etalon/directory.yaml}: every mistake with its line, all of them at once, and the server
 * does not start until they are corrected (a half-read directory could give a role nobody meant).
 */
public final class DirectoryFile {

    private static final Set<String> TOP = Set.of("ldap", "groups", "contact", "oidc");
    private static final Set<String> LDAP = Set.of("url", "bind-dn", "bind-password", "bind-password-env", "base",
            "filter", "group-attribute");
    private static final Set<String> GROUP = Set.of("role", "city");
    private static final long MAX_BYTES = 256 * 1024;

    private final Path file;
    private final UnaryOperator<String> environment;
    private final Problems problems = new Problems();

    private DirectoryFile(Path file, UnaryOperator<String> environment) {
        this.file = file;
        this.environment = environment;
    }

    /** The directory file of a workspace, whether or not it exists. */
    public static Path defaultFile(Path workspaceHome) {
        return workspaceHome.resolve(".etalon").resolve("directory.yaml");
    }

    /** The settings in {@code file}, none when there is no such file, or an InputException listing every mistake. */
    public static Optional<DirectorySettings> read(Path file, UnaryOperator<String> environment) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        DirectoryFile reader = new DirectoryFile(file, environment);
        Optional<DirectorySettings> settings = reader.settings();
        reader.problems.throwIfErrors();
        return settings;
    }

    private Optional<DirectorySettings> settings() {
        Optional<Node> root = root();
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NodeTuple> top = fields(root.get(), "the directory file", TOP);
        Map<String, NodeTuple> ldap = top.containsKey("ldap") ? fields(top.get("ldap").getValueNode(), "`ldap`", LDAP)
                : top.containsKey("oidc") ? Map.of()
                : missing(root.get(), "ldap", "the directory's address and how to find a user in it (or `oidc:`)");
        String url = text(ldap, "url", root.get());
        String bindDn = text(ldap, "bind-dn", root.get());
        String password = password(ldap, root.get());
        String base = text(ldap, "base", root.get());
        String filter = text(ldap, "filter", root.get());
        String groupAttribute = optional(ldap, "group-attribute").orElse("memberOf");
        String contact = top.containsKey("contact") ? scalar(top.get("contact").getValueNode(), "contact") : "";
        if (contact.isBlank()) {
            problems.error(at(top.containsKey("contact") ? top.get("contact").getKeyNode() : root.get()),
                    "`contact:` is missing: write whom a user without access should ask, e.g. `contact: the IT desk, room 210`");
        }
        checkUrl(ldap, url);
        checkDn(ldap, "bind-dn", bindDn);
        checkDn(ldap, "base", base);
        checkFilter(ldap, filter);
        Optional<OidcSettings> oidc = Optional.ofNullable(top.get("oidc"))
                .map(section -> new OidcSection(this, environment).read(section, contact.strip()));
        List<GroupRole> groups = top.containsKey("groups") ? groups(top.get("groups").getValueNode()) : List.of();
        if (groups.isEmpty() && !ldap.isEmpty() && !problems.hasErrors()) {
            problems.error(at(root.get()), "`groups:` maps no group: add at least one, e.g."
                    + " `\"cn=etalon-admins,ou=groups,dc=gov,dc=kz\": {role: admin}`; nobody could log in otherwise");
        }
        return Optional.of(new DirectorySettings(url, bindDn, password, base, filter, groupAttribute, groups, contact.strip(), oidc));
    }

    private Optional<Node> root() {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                problems.error(Location.of(file), "the directory file is larger than 256 KiB; it needs a few lines");
                return Optional.empty();
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.error(Location.of(file), "cannot read the directory file (" + e.getMessage() + "); save it as UTF-8 text");
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).setMaxAliasesForCollections(10)
                .setAllowRecursiveKeys(false).build();
        try {
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty()) {
                problems.error(Location.of(file), "the directory file is empty; README (Running Etalon for an organisation) shows one");
            }
            return root;
        } catch (MarkedYamlEngineException e) {
            Location where = e.getProblemMark().or(e::getContextMark)
                    .map(mark -> new Location(file, mark.getLine() + 1, mark.getColumn() + 1)).orElse(Location.of(file));
            problems.error(where, "YAML syntax: " + String.valueOf(e.getProblem()).replaceAll("\\s+", " ")
                    + "; compare with the example in README (Running Etalon for an organisation)");
        } catch (YamlEngineException e) {
            problems.error(Location.of(file), "YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    Map<String, NodeTuple> fields(Node node, String what, Set<String> allowed) {
        Map<String, NodeTuple> fields = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            problems.error(at(node), what + " must be keys with values (" + String.join(", ", sorted(allowed)) + ")");
            return fields;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode(), "a key");
            if (allowed != null && !allowed.contains(key)) {
                problems.error(at(tuple.getKeyNode()), "unknown key `" + key + "` in " + what + "; the keys are "
                        + String.join(", ", sorted(allowed)));
            } else if (fields.putIfAbsent(key, tuple) != null) {
                problems.error(at(tuple.getKeyNode()), "`" + key + "` is given twice in " + what + "; keep one");
            }
        }
        return fields;
    }

    Problems problems() {
        return problems;
    }

    private Map<String, NodeTuple> missing(Node root, String key, String what) {
        problems.error(at(root), "`" + key + ":` is missing: " + what);
        return Map.of();
    }

    private String text(Map<String, NodeTuple> ldap, String key, Node root) {
        Optional<String> value = optional(ldap, key);
        if (value.isEmpty() && !ldap.isEmpty()) {
            problems.error(at(ldap.values().iterator().next().getKeyNode()), "`ldap:` has no `" + key + ":`; add it");
        }
        return value.orElse("");
    }

    Optional<String> optional(Map<String, NodeTuple> fields, String key) {
        return Optional.ofNullable(fields.get(key)).map(tuple -> scalar(tuple.getValueNode(), "`" + key + "`").strip())
                .filter(value -> !value.isEmpty());
    }

    private String password(Map<String, NodeTuple> ldap, Node root) {
        Optional<String> given = optional(ldap, "bind-password");
        Optional<String> variable = optional(ldap, "bind-password-env");
        if (given.isPresent() == variable.isPresent()) {
            if (!ldap.isEmpty()) {
                problems.error(at(ldap.values().iterator().next().getKeyNode()), "`ldap:` needs one of `bind-password-env:`"
                        + " (the name of an environment variable holding the service account's password, best) or"
                        + " `bind-password:`");
            }
            return "";
        }
        if (given.isPresent()) {
            return given.get();
        }
        String value = environment.apply(variable.get());
        if (value == null || value.isEmpty()) {
            problems.error(at(ldap.get("bind-password-env").getValueNode()), "the environment variable `" + variable.get()
                    + "` is not set; set it to the service account's password before ./etalon serve");
            return "";
        }
        return value;
    }

    private List<GroupRole> groups(Node node) {
        List<GroupRole> groups = new ArrayList<>();
        fields(node, "`groups`", null).forEach((name, tuple) -> {
            Optional<DN> group = dn(tuple.getKeyNode(), name);
            Map<String, NodeTuple> fields = fields(tuple.getValueNode(), "the group `" + name + "`", GROUP);
            Optional<String> roleText = optional(fields, "role");
            Optional<Role> role = roleText.flatMap(DirectoryFile::role);
            if (role.isEmpty()) {
                problems.error(at(tuple.getValueNode()), (roleText.isEmpty() ? "no `role:`" : "unknown role `" + roleText.get() + "`")
                        + " for the group `" + name + "`; the roles are " + Role.ids());
            }
            Optional<String> city = optional(fields, "city");
            if (group.isPresent() && role.isPresent()) {
                groups.add(new GroupRole(group.get(), role.get(), city));
            }
        });
        return groups;
    }

    static Optional<Role> role(String text) {
        return Arrays.stream(Role.values()).filter(role -> role.id().equalsIgnoreCase(text.strip())).findFirst();
    }

    private void checkUrl(Map<String, NodeTuple> ldap, String url) {
        if (url.isEmpty()) {
            return;
        }
        try {
            String scheme = new LDAPURL(url).getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("ldap") && !scheme.equals("ldaps")) {
                throw new LDAPException(com.unboundid.ldap.sdk.ResultCode.PARAM_ERROR, scheme);
            }
        } catch (LDAPException e) {
            problems.error(at(ldap.get("url").getValueNode()), "`" + url + "` is not an LDAP address; write it as"
                    + " ldaps://dc1.example.kz:636 (or ldap://...:389 inside a trusted network)");
        }
    }

    private void checkDn(Map<String, NodeTuple> ldap, String key, String text) {
        if (!text.isEmpty()) {
            dn(ldap.get(key).getValueNode(), text);
        }
    }

    private Optional<DN> dn(Node node, String text) {
        try {
            return Optional.of(new DN(text));
        } catch (LDAPException e) {
            problems.error(at(node), "`" + text + "` is not a distinguished name; write it as"
                    + " cn=etalon-admins,ou=groups,dc=gov,dc=kz");
            return Optional.empty();
        }
    }

    private void checkFilter(Map<String, NodeTuple> ldap, String filter) {
        if (filter.isEmpty()) {
            return;
        }
        try {
            if (!filter.contains(DirectorySettings.NAME)) {
                throw new LDAPException(com.unboundid.ldap.sdk.ResultCode.FILTER_ERROR, "no {name}");
            }
            Filter.create(filter.replace(DirectorySettings.NAME, "x"));
        } catch (LDAPException e) {
            problems.error(at(ldap.get("filter").getValueNode()), "the filter `" + filter + "` is not an LDAP filter with"
                    + " {name} for the name typed at log-in; write e.g. (sAMAccountName={name}) or (uid={name})");
        }
    }

    String scalar(Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        problems.error(at(node), what + " must be a single value");
        return "";
    }

    Location at(Node node) {
        return node.getStartMark().map(mark -> new Location(file, mark.getLine() + 1, mark.getColumn() + 1))
                .orElse(Location.of(file));
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().collect(Collectors.toList());
    }
}
