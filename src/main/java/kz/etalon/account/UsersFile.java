package kz.etalon.account;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import kz.etalon.problem.TextBytes;

/**
 * The text of a users file: one user a line, {@code name:role:city:hash} (the city empty for none), and
 * after the hash an optional fifth field of flags ({@code :disabled,change-password}, see {@link Flags});
 * a line without flags is written with four fields, as files were before there were flags. Comments
 * ({@code #}) and blank lines are kept as they are when a user is added, changed or removed. Names are
 * compared without case, so {@code Aigul} and {@code aigul} are one user.
 */
final class UsersFile {

    static final int MAX_NAME = 64;
    static final int MAX_CITY = 100;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{N}._-]+");
    private static final String HEADER = "# Etalon's users: name:role:city:password hash, one a line (city empty for none)."
            + " Change them with ./etalon user add, passwd, remove.";

    /** A line of the file: a user, or text kept as it is (a comment, a blank line). */
    record Line(Optional<StoredUser> user, String text) {
    }

    record StoredUser(Account account, String hash, Flags flags) {

        StoredUser(Account account, String hash) {
            this(account, hash, Flags.NONE);
        }

        String line() {
            String line = account.name() + ":" + account.role().id() + ":" + account.city().orElse("") + ":" + hash;
            return flags.equals(Flags.NONE) ? line : line + ":" + flags.text();
        }
    }

    private final List<Line> lines;

    private UsersFile(List<Line> lines) {
        this.lines = lines;
    }

    static UsersFile empty() {
        return new UsersFile(new ArrayList<>(List.of(new Line(Optional.empty(), HEADER))));
    }

    /** The file's users, or every problem with its line (the whole file is refused, never half of it). */
    static UsersFile parse(Path file, byte[] bytes) {
        Problems problems = new Problems();
        Optional<String> decoded = TextBytes.utf8(bytes);
        if (decoded.isEmpty()) {
            problems.error(new Location(file, TextBytes.firstNonUtf8Line(bytes), 0),
                    "the users file is not UTF-8 text; save it as UTF-8 or make it anew with ./etalon user add");
            problems.throwIfErrors();
        }
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String[] texts = decoded.get().split("\r?\n", -1);
        int count = texts.length > 0 && texts[texts.length - 1].isEmpty() ? texts.length - 1 : texts.length;
        for (int i = 0; i < count; i++) {
            String text = texts[i];
            Location where = new Location(file, i + 1, 0);
            if (text.isBlank() || text.strip().startsWith("#")) {
                lines.add(new Line(Optional.empty(), text));
                continue;
            }
            Optional<StoredUser> user = user(text, where, problems);
            if (user.isPresent()) {
                Integer first = seen.putIfAbsent(key(user.get().account().name()), i + 1);
                if (first != null) {
                    problems.error(where, "user `" + user.get().account().name() + "` is already on line " + first
                            + "; each name may appear once: remove one of the lines");
                }
            }
            lines.add(new Line(user, text));
        }
        problems.throwIfErrors();
        return new UsersFile(lines);
    }

    private static Optional<StoredUser> user(String text, Location where, Problems problems) {
        String[] fields = text.split(":", -1);
        if (fields.length != 4 && fields.length != 5) {
            problems.error(where, "expected name:role:city:hash[:flags] (4 or 5 fields separated by `:`), found " + fields.length
                    + " field" + (fields.length == 1 ? "" : "s") + "; make the user anew with ./etalon user add");
            return Optional.empty();
        }
        List<String> wrong = new ArrayList<>();
        String name = normalized(fields[0]);
        nameProblem(name).ifPresent(wrong::add);
        Optional<Role> role = Role.lookup(fields[1]);
        if (role.isEmpty()) {
            wrong.add("unknown role `" + fields[1].strip() + "`; the roles are " + Role.ids());
        }
        Optional<String> city = fields[2].isBlank() ? Optional.empty() : Optional.of(normalized(fields[2]));
        city.flatMap(UsersFile::cityProblem).ifPresent(wrong::add);
        String hash = fields[3].strip();
        if (!PasswordHash.isWellFormed(hash)) {
            wrong.add("the password hash is not an Argon2id hash ($argon2id$v=19$m=...,t=...,p=...$salt$hash);"
                    + " set the password anew with ./etalon user passwd " + name);
        }
        Optional<Flags> flags = fields.length == 5 ? Flags.parse(fields[4]) : Optional.of(Flags.NONE);
        if (flags.isEmpty()) {
            wrong.add("unknown flags `" + fields[4].strip() + "`; the flags are " + Flags.DISABLED + " and "
                    + Flags.CHANGE_PASSWORD + ", separated by `,`");
        }
        wrong.forEach(why -> problems.error(where, why));
        return wrong.isEmpty() ? Optional.of(new StoredUser(new Account(name, role.get(), city), hash, flags.get()))
                : Optional.empty();
    }

    /** Why {@code name} cannot be a user's name, or empty when it can. */
    static Optional<String> nameProblem(String name) {
        int length = name.codePointCount(0, name.length());
        if (length < 1 || length > MAX_NAME || !NAME.matcher(name).matches()) {
            return Optional.of("the user name `" + name + "` is not allowed: 1 to " + MAX_NAME
                    + " letters, digits, `.`, `_` or `-` (in any script), no spaces");
        }
        return Optional.empty();
    }

    /** Why {@code city} cannot be a user's city, or empty when it can. */
    static Optional<String> cityProblem(String city) {
        int length = city.codePointCount(0, city.length());
        if (length < 1 || length > MAX_CITY || city.contains(":") || city.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("the city `" + city + "` is not allowed: 1 to " + MAX_CITY
                    + " characters, spaces allowed, no `:` and no control characters");
        }
        return Optional.empty();
    }

    /** One spelling for one name: stripped, composed (NFC), as a keyboard on any system types it. */
    static String normalized(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    /** The name as names are compared: without case. */
    static String key(String name) {
        return normalized(name).toLowerCase(Locale.ROOT);
    }

    List<StoredUser> users() {
        return lines.stream().flatMap(line -> line.user().stream()).toList();
    }

    Optional<StoredUser> find(String name) {
        String key = key(name);
        return users().stream().filter(user -> key(user.account().name()).equals(key)).findFirst();
    }

    void add(StoredUser user) {
        lines.add(new Line(Optional.of(user), user.line()));
    }

    /** Replaces the line of the user named as {@code user} is (which must be there). */
    void replace(StoredUser user) {
        String key = key(user.account().name());
        lines.replaceAll(line -> line.user().filter(old -> key(old.account().name()).equals(key)).isPresent()
                ? new Line(Optional.of(user), user.line()) : line);
    }

    void remove(String name) {
        String key = key(name);
        lines.removeIf(line -> line.user().filter(old -> key(old.account().name()).equals(key)).isPresent());
    }

    String text() {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line.text()).append('\n'));
        return text.toString();
    }
}
