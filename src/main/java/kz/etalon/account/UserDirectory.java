package kz.etalon.account;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import kz.etalon.problem.BoundedRead;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;

/**
 * The users of a workspace, kept in one file ({@code <home>/.etalon/users}, see {@link UsersFile} for its
 * lines). The file is read again whenever it has changed on disk (its time, size or identity), so a
 * running server sees a user added from the command line. Changes take a lock on {@code users.lock}
 * beside the file, read it afresh, and replace it whole: two processes adding users at once both get
 * theirs. A file made malformed while open is an {@link InputException} on the next look-up, naming its
 * lines: no one is let in by a file that cannot be read. Safe to share between threads.
 */
public final class UserDirectory {

    public static final int MIN_PASSWORD = 10;
    /** Far more than any office's users; a file past it is not a users file. */
    private static final long MAX_BYTES = 4L * 1024 * 1024;
    /** One writer at a time within this process too: a second FileChannel.lock by the same process would fail, not wait. */
    private static final ConcurrentHashMap<Path, Object> WRITERS = new ConcurrentHashMap<>();

    private final Path file;
    private Snapshot snapshot;

    private record Stamp(boolean exists, FileTime modified, long size, Object identity) {
        static final Stamp MISSING = new Stamp(false, null, -1, null);
    }

    private record Snapshot(Stamp stamp, UsersFile users) {
    }

    private UserDirectory(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** {@code <home>/.etalon/users}. */
    public static Path defaultFile(Path workspaceHome) {
        return workspaceHome.resolve(".etalon").resolve("users");
    }

    /** The users in {@code file}: none when it is missing; an {@link InputException} naming each bad line when it is malformed. */
    public static UserDirectory open(Path file) {
        UserDirectory directory = new UserDirectory(file);
        directory.current();
        return directory;
    }

    public Path file() {
        return file;
    }

    public boolean isEmpty() {
        return current().users().users().isEmpty();
    }

    /** The user called {@code name} (without regard to case). */
    public Optional<Account> find(String name) {
        return name == null ? Optional.empty() : current().users().find(name).map(UsersFile.StoredUser::account);
    }

    /**
     * What a session of the user {@code name} was opened with: a digest of their line of the file (name, role,
     * city and password hash), so a new password, a new role or city, or the user removed and added again
     * makes another; empty when there is no such user. A server compares it on every request, so a change
     * made by {@code ./etalon user} in another process ends the user's sessions at once.
     */
    public Optional<String> stamp(String name) {
        return name == null ? Optional.empty() : current().users().find(name).map(UserDirectory::digest);
    }

    private static String digest(UsersFile.StoredUser user) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(user.line().getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    /** What a log-in with a password found: the account, or why not (a wrong password, a disabled account). */
    public record Verification(Optional<Account> account, boolean disabled, boolean mustChangePassword) {

        static final Verification WRONG = new Verification(Optional.empty(), false, false);

        /** Whether the password was right and the account may log in. */
        public boolean accepted() {
            return account.isPresent() && !disabled;
        }
    }

    /**
     * Whether {@code password} is the password of the user {@code name}. An unknown name costs a whole hash
     * as well, so the time taken does not tell which names exist; a disabled account is told only to
     * whoever gives its right password. {@code password} is left as it is: it belongs to the caller.
     */
    public Verification check(String name, char[] password) {
        Optional<UsersFile.StoredUser> user = name == null ? Optional.empty() : current().users().find(name);
        boolean matches = PasswordHash.matches(password == null ? new char[0] : password,
                user.map(UsersFile.StoredUser::hash).orElse(UnknownUser.HASH));
        if (!matches || user.isEmpty()) {
            return Verification.WRONG;
        }
        Flags flags = user.get().flags();
        return new Verification(Optional.of(user.get().account()), flags.disabled(), flags.mustChangePassword());
    }

    /** The user called {@code name} if {@code password} is theirs and the account is not disabled. */
    public Optional<Account> verify(String name, char[] password) {
        Verification verification = check(name, password);
        return verification.accepted() ? verification.account() : Optional.empty();
    }

    /** The flags of the user {@code name} (disabled, must change the password); empty when there is no such user. */
    public Optional<Flags> flags(String name) {
        return name == null ? Optional.empty() : current().users().find(name).map(UsersFile.StoredUser::flags);
    }

    /** Every user, sorted by name (without regard to case). */
    public List<Account> list() {
        return listed().stream().map(Listed::account).toList();
    }

    /** A user as the list shows it: the account and its flags (never the hash). */
    public record Listed(Account account, Flags flags) {
    }

    /** Every user with its flags, sorted by name (without regard to case). */
    public List<Listed> listed() {
        return current().users().users().stream().map(user -> new Listed(user.account(), user.flags()))
                .sorted(Comparator.comparing((Listed user) -> UsersFile.key(user.account().name()))
                        .thenComparing(user -> user.account().name()))
                .toList();
    }

    /** Adds a user; an error if the name is taken (in any case), or the name, city or password is not allowed. */
    public void add(String name, Role role, Optional<String> city, char[] password) {
        checkNew(name, city);
        String normalized = UsersFile.normalized(name);
        Optional<String> normalizedCity = city.filter(text -> !text.isBlank()).map(UsersFile::normalized);
        UsersFile.StoredUser user = new UsersFile.StoredUser(new Account(normalized, role, normalizedCity), hashOf(password));
        change(users -> {
            users.find(normalized).ifPresent(existing -> refuse(exists(existing.account().name())));
            users.add(user);
        });
    }

    /**
     * Whether a user {@code name} of {@code city} could be added now: an {@link InputException} saying why not
     * (the name or city is not allowed, or the name is taken), so that a command can ask for the password after.
     */
    public void checkNew(String name, Optional<String> city) {
        UsersFile.nameProblem(UsersFile.normalized(name)).ifPresent(this::refuse);
        city.filter(text -> !text.isBlank()).map(UsersFile::normalized).flatMap(UsersFile::cityProblem).ifPresent(this::refuse);
        find(name).ifPresent(existing -> refuse(exists(existing.name())));
    }

    private static String exists(String name) {
        return "user `" + name + "` already exists; change the password with ./etalon user passwd " + name
                + ", or remove the user first";
    }

    /** Gives the user {@code name} a new password of their own; an error if there is no such user. */
    public void setPassword(String name, char[] password) {
        setPassword(name, password, false);
    }

    /**
     * Gives the user {@code name} a new password: {@code oneTime} when an administrator sets it, so that it
     * must be changed at the next log-in; an error if there is no such user.
     */
    public void setPassword(String name, char[] password, boolean oneTime) {
        String hash = hashOf(password);
        update(name, user -> new UsersFile.StoredUser(user.account(), hash, user.flags().withMustChangePassword(oneTime)));
    }

    public void setRole(String name, Role role) {
        update(name, user -> new UsersFile.StoredUser(new Account(user.account().name(), role, user.account().city()),
                user.hash(), user.flags()));
    }

    /** The city the user uploads for, or none (empty or blank): an error for a city that is not allowed. */
    public void setCity(String name, Optional<String> city) {
        Optional<String> normalized = city.filter(text -> !text.isBlank()).map(UsersFile::normalized);
        normalized.flatMap(UsersFile::cityProblem).ifPresent(this::refuse);
        update(name, user -> new UsersFile.StoredUser(new Account(user.account().name(), user.account().role(), normalized),
                user.hash(), user.flags()));
    }

    public void setDisabled(String name, boolean disabled) {
        update(name, user -> new UsersFile.StoredUser(user.account(), user.hash(), user.flags().withDisabled(disabled)));
    }

    private void update(String name, java.util.function.UnaryOperator<UsersFile.StoredUser> change) {
        change(users -> users.replace(change.apply(users.find(name).orElseThrow(() -> unknown(name)))));
    }

    /** Removes the user {@code name}; an error if there is no such user. */
    public void remove(String name) {
        change(users -> {
            users.find(name).orElseThrow(() -> unknown(name));
            users.remove(name);
        });
    }

    private String hashOf(char[] password) {
        if (!UserRules.longEnough(password)) {
            refuse("the password is shorter than " + MIN_PASSWORD + " characters; choose a longer one");
        }
        return PasswordHash.hash(password);
    }

    private synchronized Snapshot current() {
        Stamp now = stamp();
        if (snapshot == null || !snapshot.stamp().equals(now)) {
            snapshot = new Snapshot(now, now.exists() ? read() : UsersFile.empty());
        }
        return snapshot;
    }

    private Stamp stamp() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(true, attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
        } catch (NoSuchFileException e) {
            return Stamp.MISSING;
        } catch (IOException e) {
            throw problem("cannot read the users file: " + PrivateFiles.reason(e));
        }
    }

    /** The file as it is now; an empty list of users when it is missing. */
    private UsersFile read() {
        try {
            return UsersFile.parse(file, BoundedRead.bytes(file, MAX_BYTES));
        } catch (NoSuchFileException e) {
            return UsersFile.empty();
        } catch (BoundedRead.TooLarge e) {
            throw problem("the users file holds more than " + e.shown() + "; it is not a users file");
        } catch (IOException e) {
            throw problem("cannot read the users file: " + PrivateFiles.reason(e));
        }
    }

    /** Reads the file afresh under the lock, lets {@code edit} change it (or refuse), and writes it back whole. */
    private void change(Consumer<UsersFile> edit) {
        try {
            PrivateFiles.folder(file.getParent());
            Path real = file.getParent().toRealPath().resolve(file.getFileName());
            synchronized (WRITERS.computeIfAbsent(real, key -> new Object())) {
                try (FileChannel channel = PrivateFiles.open(real.resolveSibling(real.getFileName() + ".lock"));
                     FileLock held = channel.lock()) {
                    UsersFile users = read();
                    edit.accept(users);
                    PrivateFiles.replace(real, users.text().getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw problem("cannot write the users file: " + PrivateFiles.reason(e) + "; the users are as they were");
        } finally {
            synchronized (this) {
                snapshot = null;
            }
        }
    }

    private InputException unknown(String name) {
        return problem("there is no user `" + name + "`; ./etalon user list shows the users");
    }

    private void refuse(String message) {
        throw problem(message);
    }

    private InputException problem(String message) {
        return InputException.of(Location.of(file), message);
    }

    /** The hash an unknown name is checked against: made once, of a password no one knows. */
    private static final class UnknownUser {
        static final String HASH = PasswordHash.hash(java.util.UUID.randomUUID().toString().toCharArray());
    }
}
