package kz.etalon.cli;

import kz.etalon.app.Rounds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code round ask} and {@code round answer}: a question at one value of a city, and the akimat's answer. */
final class RoundQuestionCommands {

    private RoundQuestionCommands() {
    }

    @Command(name = "ask", mixinStandardHelpOptions = true,
            description = {"Asks the city's akimat a question about one of its values (the ministry's step); kept in "
                    + "rounds/ROUND/questions/CITY.csv and open until the akimat answers.",
                    "The text is one line of plain text, up to 1000 characters."},
            footer = {"", "Examples:", "  ./etalon round ask kz-2020 --city Aktau --indicator ctm.01 --text \"Which year is the source?\" --as ministry"})
    static final class Ask extends RoundCommand.CityStep {

        @Option(names = "--indicator", required = true, paramLabel = "ID", description = "The indicator whose value is asked about.")
        String indicator;

        @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The question (one line).")
        String text;

        @Override
        String take(Rounds rounds) {
            rounds.ask(id, city, indicator, text, common.author());
            return "question asked at " + indicator + " of " + cityName(rounds) + " in round " + id;
        }
    }

    @Command(name = "answer", mixinStandardHelpOptions = true,
            description = {"Answers the open questions at one of the city's values (the akimat's step); change the value "
                    + "itself with `round import` if it must change.",
                    "The text is one line of plain text, up to 1000 characters."},
            footer = {"", "Examples:", "  ./etalon round answer kz-2020 --city Aktau --indicator ctm.01 --text \"2020, corrected\" --as aigul"})
    static final class Answer extends RoundCommand.CityStep {

        @Option(names = "--indicator", required = true, paramLabel = "ID", description = "The indicator whose questions are answered.")
        String indicator;

        @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The answer (one line).")
        String text;

        @Override
        String take(Rounds rounds) {
            rounds.answer(id, city, indicator, text, common.author());
            return "questions at " + indicator + " of " + cityName(rounds) + " answered in round " + id;
        }
    }
}
