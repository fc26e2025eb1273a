package kz.etalon.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.etalon.account.Account;
import kz.etalon.account.Role;
import kz.etalon.app.Users;
import kz.etalon.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The {@code user} commands that change an existing user: role, city, disable, enable (as the users page does). */
final class UserChanges {

    private UserChanges() {
    }

    /** What each change command has: the user, the workspace and language, and who makes the change. */
    abstract static class Change implements Callable<Integer> {

        @ParentCommand
        UserCommand user;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The user.")
        String name;

        @Mixin
        UserCommand.Common common;

        @Override
        public Integer call() {
            Path file = common.usersFile(user);
            Messages messages = common.messages();
            Users users = common.users(user);
            Account account = UserCommand.known(users.directory(), name, file, messages);
            UserCommand.refusedAsProblem(file, messages, () -> {
                change(users, account);
                return account;
            });
            UserCommand.say(spec, said(messages, account, file));
            return Main.OK;
        }

        abstract void change(Users users, Account account);

        abstract String said(Messages messages, Account account, Path file);
    }

    @Command(name = "role", description = "Gives a user another role; their sessions end at once.",
            mixinStandardHelpOptions = true, footer = {"", "Examples:", "  ./etalon user role aigul editor"})
    static final class SetRole extends Change {

        @Parameters(index = "1", paramLabel = "ROLE", converter = UserCommand.RoleConverter.class,
                description = "viewer, analyst, editor or admin.")
        Role role;

        @Override
        void change(Users users, Account account) {
            users.setRole(common.actor(), account.name(), role);
        }

        @Override
        String said(Messages messages, Account account, Path file) {
            return messages.get("user.roleSet", UserCommand.shown(account.name()), messages.get("user.role." + role.id()), file);
        }
    }

    @Command(name = "city", description = "Ties a user to the city they upload for, or (without CITY) to none.",
            mixinStandardHelpOptions = true,
            footer = {"", "Examples:", "  ./etalon user city aigul Aktau", "  ./etalon user city aigul"})
    static final class SetCity extends Change {

        @Parameters(index = "1", arity = "0..1", paramLabel = "CITY", description = "The city; none to let the user upload for any.")
        String city;

        @Override
        void change(Users users, Account account) {
            users.setCity(common.actor(), account.name(), Optional.ofNullable(city));
        }

        @Override
        String said(Messages messages, Account account, Path file) {
            return city == null || city.isBlank() ? messages.get("user.cityCleared", UserCommand.shown(account.name()), file)
                    : messages.get("user.citySet", UserCommand.shown(account.name()), UserCommand.shown(city.strip()), file);
        }
    }

    @Command(name = "disable", description = "Stops a user from logging in (their sessions end at once); the name stays.",
            mixinStandardHelpOptions = true, footer = {"", "Examples:", "  ./etalon user disable aigul"})
    static final class Disable extends Change {

        @Override
        void change(Users users, Account account) {
            users.setDisabled(common.actor(), account.name(), true);
        }

        @Override
        String said(Messages messages, Account account, Path file) {
            return messages.get("user.disabled", UserCommand.shown(account.name()), file);
        }
    }

    @Command(name = "enable", description = "Lets a disabled user log in again.",
            mixinStandardHelpOptions = true, footer = {"", "Examples:", "  ./etalon user enable aigul"})
    static final class Enable extends Change {

        @Override
        void change(Users users, Account account) {
            users.setDisabled(common.actor(), account.name(), false);
        }

        @Override
        String said(Messages messages, Account account, Path file) {
            return messages.get("user.enabled", UserCommand.shown(account.name()), file);
        }
    }

}
