package kz.etalon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kz.etalon.account.Account;
import kz.etalon.account.UserDirectory;
import kz.etalon.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code user list}: the users as a table, with whether each is disabled or must change their password. */
@Command(name = "list", description = "Lists the users: name, role and city (never their password hashes).",
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  ./etalon user list", "  ./etalon user list --lang kk --workspace /srv/etalon"})
final class UserList implements Callable<Integer> {

    @ParentCommand
    private UserCommand user;

    @Spec
    private CommandSpec spec;

    @Mixin
    private UserCommand.Common common;

    @Override
    public Integer call() {
        Path file = common.usersFile(user);
        Messages messages = common.messages();
        List<UserDirectory.Listed> accounts = UserDirectory.open(file).listed();
        if (accounts.isEmpty()) {
            UserCommand.say(spec, messages.get("user.none", file));
            return Main.OK;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(messages.get("user.header.name"), messages.get("user.header.role"), messages.get("user.header.city"),
                messages.get("user.header.state")));
        for (UserDirectory.Listed listed : accounts) {
            Account account = listed.account();
            String state = listed.flags().disabled() ? messages.get("user.state.disabled")
                    : listed.flags().mustChangePassword() ? messages.get("user.state.oneTime") : "–";
            rows.add(List.of(UserCommand.shown(account.name()), messages.get("user.role." + account.role().id()),
                    account.city().map(UserCommand::shown).orElse("–"), state));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(table(rows));
        out.flush();
        return Main.OK;
    }

    /** Columns padded to their widest cell, two spaces apart. */
    static String table(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        rows.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).codePointCount(0, row.get(i).length()));
            }
        });
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                line.append(i == 0 ? "" : "  ").append(cell).append(" ".repeat(widths[i] - cell.codePointCount(0, cell.length())));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
