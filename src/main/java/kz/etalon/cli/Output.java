package kz.etalon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import kz.etalon.report.AtomicFile;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command's result goes: the terminal, or a file written whole or not at all. */
final class Output {

    private Output() {
    }

    static void write(CommandSpec spec, Project project, Path out, String text) throws IOException {
        if (out != null) {
            AtomicFile.write(project.userFile(out), text);
            return;
        }
        PrintWriter writer = spec.commandLine().getOut();
        writer.print(text);
        writer.flush();
    }
}
