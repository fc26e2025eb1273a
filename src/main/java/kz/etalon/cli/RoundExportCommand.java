package kz.etalon.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kz.etalon.app.AuditKind;
import kz.etalon.app.Etalon;
import kz.etalon.app.OutputFile;
import kz.etalon.app.RoundStatus;
import kz.etalon.app.Rounds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code round export}: the approved values of a round as CSV or a workbook. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the approved values as long-form CSV (city,indicator,value,source,quality,comment) "
                + "or, for a file ending in .xlsx, a workbook.")
final class RoundExportCommand implements Callable<Integer> {

    @ParentCommand
    RoundCommand round;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ROUND", description = "The round's id.")
    String id;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (.csv or .xlsx).")
    Path out;

    @Mixin
    RoundCommand.Common common;

    @Override
    public Integer call() {
        Etalon app = common.app(round);
        OutputFile target = OutputFile.check(app.workspace().userFile(out), List.of());
        Rounds rounds = app.rounds();
        if (out.getFileName() != null && out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            target.write(rounds.exportWorkbook(id));
        } else {
            target.write(rounds.exportCsv(id));
        }
        RoundStatus status = rounds.status(id);
        if (status.provisional()) {
            common.audit(round, AuditKind.EXPORT_UNPUBLISHED.id(), id);
        }
        spec.commandLine().getOut().println(Terminal.printable("wrote " + out + ": the approved values of " + status.approved()
                + " of " + status.cities().size() + " cities" + (status.provisional() ? " (provisional: not every city is approved)" : "")));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
