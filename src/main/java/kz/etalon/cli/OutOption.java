package kz.etalon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import kz.etalon.app.OutputFile;
import kz.etalon.app.Workspace;
import kz.etalon.problem.InputException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --out FILE}, and the one way every command writes its result: to the terminal (text from data
 * made safe to show there), or to a file checked before the work ({@link OutputFile}) and written whole
 * or not at all. {@code -} is the terminal.
 */
final class OutOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to FILE (whole or not at all) instead of the terminal; - is the terminal.")
    Path file;

    private OutputFile target;

    /** Whether the result goes to the terminal (standard output). */
    boolean toTerminal() {
        return file == null || file.toString().equals("-");
    }

    /**
     * Checks, before any work, that the file can be written and is none of the inputs: the standards
     * and data files a command names, and the bundled data.
     */
    void check(Workspace workspace, List<String> standards, List<Path> cities) {
        check(workspace, standards, cities, null);
    }

    /** As {@link #check(Workspace, List, List)}, with the file written when no --out is given. */
    void check(Workspace workspace, List<String> standards, List<Path> cities, Path defaultFile) {
        Path chosen = file != null ? file : defaultFile;
        if (chosen == null || chosen.toString().equals("-")) {
            return;
        }
        List<Path> inputs = new ArrayList<>();
        for (String standard : standards) {
            try {
                inputs.add(workspace.standardFile(standard));
            } catch (InputException e) {
                // an unknown standard is reported when it is loaded, with the others' problems
            }
        }
        cities.stream().filter(city -> city != null).map(workspace::userFile).forEach(inputs::add);
        inputs.addAll(workspace.dataSets());
        target = OutputFile.check(workspace.userFile(chosen), inputs);
    }

    /** Writes a text result to the file checked, or to the terminal. */
    void write(String text) {
        write(text, UnaryOperator.identity());
    }

    /** As {@link #write(String)}, with {@code colour} applied on a terminal that shows colour. */
    void write(String text, UnaryOperator<String> colour) {
        if (target != null) {
            target.write(text);
            return;
        }
        String shown = Terminal.printable(text);
        PrintWriter out = spec.commandLine().getOut();
        out.print(Terminal.colour() ? colour.apply(shown) : shown);
        out.flush();
    }

    /** Writes a workbook to the file checked; a workbook is never printed on a terminal. */
    void write(byte[] workbook, String what) {
        if (target == null) {
            throw new ParameterException(spec.commandLine(), what + "; give the file with --out FILE");
        }
        target.write(workbook);
    }

    /** Where a command's messages (warnings, notes, progress) go. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The file written, as the user named it. */
    Optional<Path> written() {
        return Optional.ofNullable(target).map(OutputFile::path);
    }
}
