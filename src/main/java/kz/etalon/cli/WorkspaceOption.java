package kz.etalon.cli;

import java.nio.file.Path;
import kz.etalon.app.Etalon;
import kz.etalon.app.PersonalWorkspace;
import kz.etalon.app.Workspace;
import picocli.CommandLine.Option;

/**
 * {@code --workspace DIR}, the same for every command that reads or writes a workspace: the folder named, else
 * the one {@code ETALON_WORKSPACE} names, else Etalon's own folder where this user may write in it, else the
 * user's own workspace, made from Etalon's on first use ({@link PersonalWorkspace}).
 */
final class WorkspaceOption {

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "The workspace: a folder with standards/, rules/ and data/. Default: $" + Workspace.ENVIRONMENT
                    + ", else Etalon's own folder, or, where you may not write in it, your own "
                    + "($XDG_DATA_HOME/etalon or ~/.local/share/etalon, made from it on first use).")
    private Path folder;

    private Etalon chosen;

    /** The application layer on the workspace chosen; one per run. */
    Etalon app(EtalonCommand parent) {
        if (chosen == null) {
            chosen = choose(parent);
        }
        return chosen;
    }

    /**
     * The workspace folder chosen the same way, for the commands that keep only its .etalon/ (the users file):
     * a folder named need not hold standards/ yet.
     */
    Path folder(EtalonCommand parent) {
        String named = named(parent);
        if (named == null) {
            return app(parent).workspace().home();
        }
        return parent.app().workspace().userFile(Path.of(named)).toAbsolutePath().normalize();
    }

    /** The folder --workspace or the environment names; null when neither does. */
    private String named(EtalonCommand parent) {
        if (folder != null) {
            return folder.toString();
        }
        String fromEnvironment = parent.environment().apply(Workspace.ENVIRONMENT);
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment;
    }

    private Etalon choose(EtalonCommand parent) {
        Etalon installed = parent.app();
        String named = named(parent);
        if (named != null) {
            return new Etalon(installed.workspace().named(Path.of(named), folder != null ? "--workspace" : Workspace.ENVIRONMENT));
        }
        PersonalWorkspace.Chosen own = PersonalWorkspace.choose(installed.workspace(), parent.environment(), parent.writable());
        if (own.workspace() == installed.workspace()) {
            return installed;
        }
        own.made().ifPresent(line -> {
            parent.err().println(line);
            parent.err().flush();
        });
        return new Etalon(own.workspace());
    }
}
