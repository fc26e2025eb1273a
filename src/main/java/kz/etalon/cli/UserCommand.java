package kz.etalon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.etalon.account.Account;
import kz.etalon.account.Role;
import kz.etalon.account.UserDirectory;
import kz.etalon.app.Audit;
import kz.etalon.app.Users;
import kz.etalon.i18n.Messages;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "user",
        description = {"Manages who may log in to the web workspace (./etalon serve): add, passwd, role, city, disable, "
                + "enable, remove, list. Each change is written to <workspace>/.etalon/audit.log under your system "
                + "user's name, or the name --as gives.",
                "Users live in <workspace>/.etalon/users (readable by you only), passwords as Argon2id hashes. "
                        + "A server bound to this machine only and without users has one local user with every right; "
                        + "on any other address everyone logs in. Roles: viewer reads; analyst also runs analyses and "
                        + "uploads data; editor also edits standards; admin may do everything. A user with --city "
                        + "uploads data for that city only."},
        mixinStandardHelpOptions = true,
        subcommands = {UserCommand.Add.class, UserCommand.Passwd.class, UserChanges.SetRole.class, UserChanges.SetCity.class,
                UserChanges.Disable.class, UserChanges.Enable.class, UserCommand.Remove.class, UserList.class},
        footer = {"", "Examples:", "  ./etalon user add aigul --role analyst --city Aktau",
                "  ./etalon user add ministry --role admin",
                "  printf '%%s\\n' \"$PASSWORD\" | ./etalon user passwd aigul --password-stdin",
                "  ./etalon user passwd aigul --one-time", "  ./etalon user role aigul editor",
                "  ./etalon user disable aigul --as ministry",
                "  ./etalon user list --lang ru", "  ./etalon user remove aigul"})
final class UserCommand implements Runnable {

    @ParentCommand
    private EtalonCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a user command: "
                + String.join(", ", spec.subcommands().keySet()) + " (see ./etalon user --help)");
    }

    /** The options every user command has: the workspace whose users it changes, and the language it speaks. */
    static final class Common {

        @Mixin
        WorkspaceOption workspace;

        @Mixin
        LanguageOption lang;

        @Option(names = "--as", paramLabel = "NAME",
                description = "Who makes the change, as the audit log names them. Default: your system user's name.")
        String as;

        /** The users file of the workspace: its .etalon/users (a folder named may hold no standards yet). */
        Path usersFile(UserCommand user) {
            return UserDirectory.defaultFile(workspace.folder(user.parent));
        }

        /** The users of the workspace, each change written to its audit log. */
        Users users(UserCommand user) {
            Path home = workspace.folder(user.parent);
            return new Users(UserDirectory.open(UserDirectory.defaultFile(home)), Audit.of(home));
        }

        Audit.Actor actor() {
            return Audit.Actor.commandLine(as);
        }

        Messages messages() {
            return Messages.of(lang.code());
        }
    }

    /** {@code --password-stdin}, or a console that asks twice. */
    static final class PasswordOption {

        @Option(names = "--password-stdin",
                description = "Read the password as one line of standard input (for scripts) instead of asking on the console.")
        boolean fromStdin;

        @Option(names = "--one-time",
                description = "The password is for one log-in: the user must choose their own at the next log-in.")
        boolean oneTime;
    }

    @Command(name = "add", description = "Adds a user with a role (and a city), asking for the password.",
            mixinStandardHelpOptions = true,
            footer = {"", "Examples:", "  ./etalon user add aigul --role analyst --city Aktau",
                    "  ./etalon user add ministry --role admin --workspace /srv/etalon"})
    static final class Add implements Callable<Integer> {

        @ParentCommand
        private UserCommand user;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME",
                description = "The name to log in with: letters, digits, `.`, `_` or `-` in any script, at most 64.")
        private String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", converter = RoleConverter.class,
                description = "viewer, analyst, editor or admin.")
        private Role role;

        @Option(names = "--city", paramLabel = "CITY",
                description = "The city (akimat) the user works for: uploads for that city only.")
        private String city;

        @Mixin
        private Common common;

        @Mixin
        private PasswordOption password;

        @Override
        public Integer call() {
            Path file = common.usersFile(user);
            Messages messages = common.messages();
            Users users = common.users(user);
            Account added = refusedAsProblem(file, messages, () -> {
                users.checkNew(name, Optional.ofNullable(city));
                return withPassword(password, name, file, messages, secret -> users.add(common.actor(), name, role,
                        Optional.ofNullable(city), secret, password.oneTime));
            });
            String roleName = messages.get("user.role." + added.role().id());
            say(spec, added.city().isPresent()
                    ? messages.get("user.addedCity", shown(added.name()), roleName, shown(added.city().get()), file)
                    : messages.get("user.added", shown(added.name()), roleName, file));
            return Main.OK;
        }
    }

    @Command(name = "passwd", description = "Sets a new password for a user, asking for it.",
            mixinStandardHelpOptions = true,
            footer = {"", "Examples:", "  ./etalon user passwd aigul",
                    "  printf '%%s\\n' \"$PASSWORD\" | ./etalon user passwd aigul --password-stdin"})
    static final class Passwd implements Callable<Integer> {

        @ParentCommand
        private UserCommand user;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The user.")
        private String name;

        @Mixin
        private Common common;

        @Mixin
        private PasswordOption password;

        @Override
        public Integer call() {
            Path file = common.usersFile(user);
            Messages messages = common.messages();
            Users users = common.users(user);
            Account account = known(users.directory(), name, file, messages);
            refusedAsProblem(file, messages, () -> withPassword(password, account.name(), file, messages, secret -> {
                users.setPassword(common.actor(), account.name(), secret, password.oneTime);
                return account;
            }));
            say(spec, messages.get(password.oneTime ? "user.passwordOneTime" : "user.passwordSet", shown(account.name()), file));
            return Main.OK;
        }
    }

    @Command(name = "remove", description = "Removes a user: that name can no longer log in.",
            mixinStandardHelpOptions = true,
            footer = {"", "Examples:", "  ./etalon user remove aigul"})
    static final class Remove implements Callable<Integer> {

        @ParentCommand
        private UserCommand user;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The user.")
        private String name;

        @Mixin
        private Common common;

        @Override
        public Integer call() {
            Path file = common.usersFile(user);
            Messages messages = common.messages();
            Users users = common.users(user);
            Account account = known(users.directory(), name, file, messages);
            refusedAsProblem(file, messages, () -> {
                users.remove(common.actor(), account.name());
                return account;
            });
            say(spec, messages.get("user.removed", shown(account.name()), file));
            return Main.OK;
        }
    }

    /** Runs a change; a refusal of the rules becomes the problem a user reads, in their language. */
    static <T> T refusedAsProblem(Path file, Messages messages, java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (Users.Refused refused) {
            String subject = refused.problem() == Users.Problem.SHORT_PASSWORD ? refused.subject() : shown(refused.subject());
            throw problem(file, messages.get("user.error." + refused.problem().id(), subject));
        }
    }

    /** The user called {@code name}, or the error that there is none. */
    static Account known(UserDirectory users, String name, Path file, Messages messages) {
        return users.find(name).orElseThrow(() -> problem(file, messages.get("user.error.unknown", shown(name))));
    }

    /** Reads the password (console or stdin), hands it to {@code use}, then wipes it. */
    private static <T> T withPassword(PasswordOption password, String name, Path file, Messages messages,
                                      java.util.function.Function<char[], T> use) {
        char[] secret = Passwords.read(password.fromStdin, name, file, messages);
        try {
            return use.apply(secret);
        } finally {
            java.util.Arrays.fill(secret, '\0');
        }
    }

    /** {@code --role analyst}: a wrong role is a usage error that lists the roles. */
    static final class RoleConverter implements ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            try {
                return Role.parse(value);
            } catch (InputException e) {
                throw new TypeConversionException(e.problems().get(0).message());
            }
        }
    }

    /** Text from the users file or the command line, safe to print on a terminal. */
    static String shown(String text) {
        return Terminal.printable(text);
    }

    static InputException problem(Path file, String message) {
        return InputException.of(Location.of(file), message);
    }

    static void say(CommandSpec spec, String line) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(line);
        out.flush();
    }
}
