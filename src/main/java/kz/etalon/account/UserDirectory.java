package kz.etalon.account;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Placeholder until the accounts branch lands. */
public final class UserDirectory {

    private final Path file;

    private UserDirectory(Path file) {
        this.file = file;
    }

    public static Path defaultFile(Path workspaceHome) {
        return workspaceHome.resolve(".etalon").resolve("users");
    }

    public static UserDirectory open(Path file) {
        return new UserDirectory(file);
    }

    public boolean isEmpty() {
        return !Files.exists(file);
    }

    public Optional<Account> find(String name) {
        return Optional.empty();
    }

    public Optional<Account> verify(String name, char[] password) {
        return Optional.empty();
    }

    public List<Account> list() {
        return List.of();
    }

    public void add(String name, Role role, Optional<String> city, char[] password) {
        throw new UnsupportedOperationException("placeholder");
    }
}
