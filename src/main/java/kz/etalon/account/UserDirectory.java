package kz.etalon.account;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
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

    /**
     * The user called {@code name} if {@code password} is theirs. An unknown name costs a whole hash as
     * well, so the time taken does not tell which names exist. {@code password} is left as it is: it
     * belongs to the caller.
     */
    public Optional<Account> verify(String name, char[] password) {
        String unknown = UnknownUser.HASH;
        Optional<UsersFile.StoredUser> user = name == null ? Optional.empty() : current().users().find(name);
        boolean matches = PasswordHash.matches(password == null ? new char[0] : password,
                user.map(UsersFile.StoredUser::hash).orElse(unknown));
        return matches ? user.map(UsersFile.StoredUser::account) : Optional.empty();
    }

    /** Every user, sorted by name (without regard to case). */
    public List<Account> list() {
        return current().users().users().stream().map(UsersFile.StoredUser::account)
                .sorted(Comparator.comparing((Account account) -> UsersFile.key(account.name())).thenComparing(Account::name))
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

    /** Gives the user {@code name} a new password; an error if there is no such user. */
    public void setPassword(String name, char[] password) {
        String hash = hashOf(password);
        change(users -> {
            UsersFile.StoredUser existing = users.find(name).orElseThrow(() -> unknown(name));
            users.replace(new UsersFile.StoredUser(existing.account(), hash));
        });
    }

    /** Removes the user {@code name}; an error if there is no such user. */
    public void remove(String name) {
        change(users -> {
            users.find(name).orElseThrow(() -> unknown(name));
            users.remove(name);
        });
    }

    private String hashOf(char[] password) {
        if (password == null || Character.codePointCount(password, 0, password.length) < MIN_PASSWORD) {
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
            throw problem("cannot read the users file: " + reason(e));
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
            throw problem("cannot read the users file: " + reason(e));
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
            throw problem("cannot write the users file: " + reason(e) + "; the users are as they were");
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

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException missing) {
            return "there is no folder " + Path.of(String.valueOf(missing.getFile())).getParent();
        }
        String message = String.valueOf(e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage());
        return message.contains("No space left") ? "the disk is full" : message;
    }

    /** The hash an unknown name is checked against: made once, of a password no one knows. */
    private static final class UnknownUser {
        static final String HASH = PasswordHash.hash(java.util.UUID.randomUUID().toString().toCharArray());
    }
}
