package kz.etalon.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.etalon.app.Etalon;
import kz.etalon.app.RoundStatus;
import kz.etalon.app.Rounds;
import kz.etalon.app.Workspace;
import kz.etalon.app.Audit;
import kz.etalon.app.AuditEntry;
import kz.etalon.app.AuditKind;
import kz.etalon.history.Author;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.round.Round;
import kz.etalon.round.RoundCity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "round",
        description = {"Runs a yearly rating round: the ministry opens it, each city's akimat enters or imports its "
                + "values, the ministry returns them with a reason or approves them; the approved values are the "
                + "round's data set (rounds/ROUND/approved.csv), which every command ranks like any city file.",
                "Every step is a commit of the round's files under rounds/ROUND/ in the workspace."},
        mixinStandardHelpOptions = true,
        subcommands = {RoundCommand.Open.class, RoundCommand.Import.class, RoundCommand.Submit.class,
                RoundCommand.Return.class, RoundCommand.Approve.class, RoundCommand.Reopen.class,
                RoundCommand.Status.class, RoundExportCommand.class, RoundQuestionCommands.Ask.class,
                RoundQuestionCommands.Answer.class},
        footer = {"", "Examples:", "  ./etalon round open kz-2020 --standard kz-2019 --year 2020 --city Aktau --city Taraz --deadline 2020-03-31",
                "  ./etalon round import kz-2020 --city Aktau aktau-2020.xlsx --as aigul",
                "  ./etalon round submit kz-2020 --city Aktau --as aigul",
                "  ./etalon round return kz-2020 --city Aktau --reason \"ctm.01: check the source\"",
                "  ./etalon round ask kz-2020 --city Aktau --indicator ctm.01 --text \"Which year is the source?\"",
                "  ./etalon round answer kz-2020 --city Aktau --indicator ctm.01 --text \"2020, corrected\" --as aigul",
                "  ./etalon round approve kz-2020 --city Aktau", "  ./etalon round status kz-2020",
                "  ./etalon round export kz-2020 --out kz-2020.csv",
                "  ./etalon evaluate --standard kz-2019 --cities rounds/kz-2020/approved.csv"})
final class RoundCommand implements Runnable {

    @ParentCommand
    private EtalonCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a round command: "
                + String.join(", ", spec.subcommands().keySet()) + " (see ./etalon round --help)");
    }

    /** What every round command takes: the workspace, and who takes the step. */
    static final class Common {

        @Option(names = "--workspace", paramLabel = "DIR",
                description = "The workspace whose rounds these are (its standards/, rules/ and rounds/). "
                        + "Default: Etalon's installation folder.")
        Path workspace;

        @Option(names = "--as", paramLabel = "NAME", description = "Who takes the step (default: your login name).")
        String as;

        Etalon app(RoundCommand round) {
            Etalon app = round.parent.app();
            if (workspace == null) {
                return app;
            }
            Path home = app.workspace().userFile(workspace).toAbsolutePath().normalize();
            if (!Files.isDirectory(home.resolve("standards"))) {
                throw InputException.of(Location.of(workspace), "no standards/ folder in " + workspace
                        + ": a workspace holds standards/, rules/ and data/");
            }
            return new Etalon(new Workspace(home, Path.of("")));
        }

        Rounds rounds(RoundCommand round) {
            return app(round).rounds();
        }

        Author author() {
            return Author.named(as == null || as.isBlank() ? System.getProperty("user.name", "etalon") : as.strip());
        }

        /** The event {@code event} (an {@link AuditKind} id) in the workspace's audit log, by {@code --as} or the system user. */
        void audit(RoundCommand round, String event, String target) {
            AuditKind.of(event).ifPresent(kind -> Audit.of(app(round).workspace().home())
                    .record(Audit.Actor.commandLine(author().name()), kind, target, AuditEntry.Outcome.OK));
        }
    }

    /** A step of one city of a round: names the round and the city, takes the step, and prints one line. */
    abstract static class CityStep implements Callable<Integer> {

        @ParentCommand
        RoundCommand round;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ROUND", description = "The round's id.")
        String id;

        @Option(names = "--city", required = true, paramLabel = "CITY", description = "The city of the round.")
        String city;

        @Mixin
        Common common;

        /** Takes the step; returns the line that says what was done. */
        abstract String take(Rounds rounds);

        @Override
        public Integer call() {
            String done = take(common.rounds(round));
            common.audit(round, "round." + spec.name(), id + "/" + cityName(common.rounds(round)));
            spec.commandLine().getOut().println(Terminal.printable(done));
            spec.commandLine().getOut().flush();
            return Main.OK;
        }

        /** "Aktau is submitted in round kz-2020". */
        String became(Rounds rounds, String state) {
            return cityName(rounds) + " is " + state + " in round " + id;
        }

        String cityName(Rounds rounds) {
            return rounds.round(id).cityOrThrow(city, Path.of("rounds", Round.checkedId(id))).name();
        }
    }

    @Command(name = "open", mixinStandardHelpOptions = true,
            description = "Opens a round: a published standard, the year of the data, the cities taking part.",
            footer = {"", "Examples:", "  ./etalon round open kz-2020 --standard kz-2019 --year 2020 --city Aktau --city Taraz",
                    "  ./etalon round open kz-2021 --standard kz-2019 --year 2021 --city Aktau=aigul,bolat --deadline 2021-03-31 --previous kz-2020"})
    static final class Open implements Callable<Integer> {

        @ParentCommand
        RoundCommand round;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ROUND", description = "The new round's id, e.g. kz-2020.")
        String id;

        @Option(names = "--standard", required = true, paramLabel = "ID", description = "The published standard the round rates by.")
        String standard;

        @Option(names = "--year", required = true, paramLabel = "N",
                description = "The year the data are of.")
        int year;

        @Option(names = "--city", required = true, paramLabel = "CITY[=ACCOUNT,...]",
                description = "A city taking part (repeat for each); after `=`, the accounts that may enter its data "
                        + "(default: every account whose city it is).")
        List<String> cities = new ArrayList<>();

        @Option(names = "--deadline", paramLabel = "DATE", description = "The last day to submit, e.g. 2020-03-31.")
        LocalDate deadline;

        @Option(names = "--previous", paramLabel = "ROUND", description = "Last year's round (for last year's values).")
        String previous;

        @Mixin
        Common common;

        @Override
        public Integer call() {
            List<RoundCity> members = cities.stream().map(RoundCity::parse).toList();
            Round opened = common.rounds(round).open(new Rounds.Opening(id, standard, year, members,
                    Optional.ofNullable(deadline), Optional.ofNullable(previous)), common.author());
            common.audit(round, "round.open", id);
            spec.commandLine().getOut().println(Terminal.printable("round " + opened.id() + " is open: " + opened.cities().size()
                    + " cities, " + opened.standard() + ", year " + opened.year()
                    + opened.deadline().map(date -> ", deadline " + date).orElse("")));
            spec.commandLine().getOut().flush();
            return Main.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Puts one city's file (CSV or .xlsx, holding only that city's rows) into its values.",
            footer = {"", "Examples:", "  ./etalon round import kz-2020 --city Aktau aktau-2020.csv --as aigul"})
    static final class Import extends CityStep {

        @Parameters(index = "1", paramLabel = "FILE", description = "The city's data: long or wide CSV, or a workbook.")
        Path file;

        @Override
        String take(Rounds rounds) {
            int values = rounds.importFile(id, city, file, common.author());
            return values + " value(s) of " + cityName(rounds) + " imported into round " + id;
        }
    }

    @Command(name = "submit", mixinStandardHelpOptions = true,
            description = "Submits a city's values for review: every value given, or explained in a comment.")
    static final class Submit extends CityStep {

        @Override
        String take(Rounds rounds) {
            rounds.submit(id, city, common.author());
            return became(rounds, "submitted");
        }
    }

    @Command(name = "return", mixinStandardHelpOptions = true,
            description = "Sends a submitted city back to its akimat, with the reason (required).")
    static final class Return extends CityStep {

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it goes back: what to check or fix.")
        String reason;

        @Option(names = "--name-questions", description = "End the reason with the values that have an open question.")
        boolean nameQuestions;

        @Override
        String take(Rounds rounds) {
            rounds.returnCity(id, city, reason, nameQuestions, common.author());
            return became(rounds, "returned");
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approves a submitted city: its values are locked and join the round's data set.")
    static final class Approve extends CityStep {

        @Override
        String take(Rounds rounds) {
            rounds.approve(id, city, common.author());
            return became(rounds, "approved");
        }
    }

    @Command(name = "reopen", mixinStandardHelpOptions = true,
            description = "Unlocks an approved city, with the reason (required); its values leave the data set.")
    static final class Reopen extends CityStep {

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it is reopened.")
        String reason;

        @Override
        String take(Rounds rounds) {
            rounds.reopen(id, city, reason, common.author());
            return became(rounds, "reopened");
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Every city of a round: state, on time or late, values given, last step, open questions.")
    static final class Status implements Callable<Integer> {

        @ParentCommand
        RoundCommand round;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ROUND", description = "The round's id.")
        String id;

        @Mixin
        TextFormatOption format;

        @Mixin
        Common common;

        @Override
        public Integer call() {
            RoundStatus status = common.rounds(round).status(id);
            String text = format.json() ? RoundStatusText.json(status) : RoundStatusText.table(status);
            spec.commandLine().getOut().print(Terminal.printable(text));
            spec.commandLine().getOut().flush();
            return Main.OK;
        }
    }
}
