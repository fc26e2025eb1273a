package kz.etalon.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import kz.etalon.account.UserDirectory;
import kz.etalon.i18n.Messages;

/** A new password for {@code ./etalon user}: asked twice on the console with echo off, or one line of standard input. */
final class Passwords {

    /** Longer than any password anyone types: a line past it is not a password. */
    private static final int LONGEST = 1024;

    private Passwords() {
    }

    /** The password, at least {@link UserDirectory#MIN_PASSWORD} characters; the caller clears the array. */
    static char[] read(boolean fromStdin, String name, Path usersFile, Messages messages) {
        char[] password = fromStdin ? fromStdin(usersFile, messages) : fromConsole(name, usersFile, messages);
        if (Character.codePointCount(password, 0, password.length) < UserDirectory.MIN_PASSWORD) {
            Arrays.fill(password, '\0');
            throw UserCommand.problem(usersFile, messages.get("user.error.short", UserDirectory.MIN_PASSWORD));
        }
        return password;
    }

    private static char[] fromConsole(String name, Path usersFile, Messages messages) {
        Console console = System.console();
        if (console == null) {
            throw UserCommand.problem(usersFile, messages.get("user.error.noConsole"));
        }
        char[] first = console.readPassword("%s: ", messages.get("user.prompt.password", UserCommand.shown(name)));
        char[] second = first == null ? null : console.readPassword("%s: ", messages.get("user.prompt.again"));
        if (first == null || second == null) {
            clear(first, second);
            throw UserCommand.problem(usersFile, messages.get("user.error.noPassword"));
        }
        if (!Arrays.equals(first, second)) {
            clear(first, second);
            throw UserCommand.problem(usersFile, messages.get("user.error.mismatch"));
        }
        clear(second);
        return first;
    }

    /** The first line of standard input, its line end dropped, read char by char into arrays this class clears. */
    private static char[] fromStdin(Path usersFile, Messages messages) {
        char[] line = new char[LONGEST + 1];
        int length = 0;
        try {
            Reader in = new InputStreamReader(System.in, StandardCharsets.UTF_8);
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                if (length == line.length) {
                    clear(line);
                    throw UserCommand.problem(usersFile, messages.get("user.error.longPassword", LONGEST));
                }
                line[length++] = (char) c;
            }
            if (c < 0 && length == 0) {
                throw UserCommand.problem(usersFile, messages.get("user.error.noPassword"));
            }
        } catch (IOException e) {
            clear(line);
            throw UserCommand.problem(usersFile, messages.get("user.error.noPassword"));
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        char[] password = Arrays.copyOf(line, length);
        clear(line);
        return password;
    }

    private static void clear(char[]... arrays) {
        for (char[] array : arrays) {
            if (array != null) {
                Arrays.fill(array, '\0');
            }
        }
    }
}
