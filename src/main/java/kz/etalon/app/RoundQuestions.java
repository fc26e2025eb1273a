package kz.etalon.app;

import java.nio.file.Path;
import kz.etalon.history.Author;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.problem.PlainText;
import kz.etalon.round.CityQuestions;
import kz.etalon.round.CityState;
import kz.etalon.round.Question;
import kz.etalon.round.Round;
import kz.etalon.round.RoundCity;
import kz.etalon.round.RoundFolder;
import kz.etalon.round.Step;

/**
 * Questions at a city's values: a reviewer asks about one value, the akimat answers (and fixes the value if it
 * must). Each question and each answer is one commit of the city's {@code questions/<city>.csv}; the text is
 * kept in that file and in the commit's body, never in its subject or trailers. Who may ask or answer is the
 * front end's to check; this only keeps the questions of an approved city closed and every text one plain line.
 */
final class RoundQuestions {

    private final Rounds rounds;
    private final RoundFolder folder;

    RoundQuestions(Rounds rounds) {
        this.rounds = rounds;
        this.folder = rounds.folder();
    }

    void ask(String id, String city, String indicator, String text, Author author) {
        add(id, city, indicator, text, author, Question.Kind.QUESTION);
    }

    void answer(String id, String city, String indicator, String text, Author author) {
        add(id, city, indicator, text, author, Question.Kind.ANSWER);
    }

    private void add(String id, String city, String indicator, String text, Author author, Question.Kind kind) {
        Round round = rounds.round(id);
        RoundCity member = Rounds.cityOf(round, city);
        Location at = Location.of(Path.of(RoundFolder.questionsPath(id, member)));
        if (!rounds.checksOf(round).indicators().contains(indicator)) {
            throw InputException.of(at, "no indicator `" + indicator + "` in " + round.standard()
                    + "; a question is asked at one of its indicators (`./etalon validate` lists them)");
        }
        String checked = checkedText(text, kind, at);
        folder.locked(() -> {
            CityState state = RoundFolder.state(member, folder.values(round, member), folder.log(id));
            if (state == CityState.APPROVED) {
                throw InputException.of(at, member.name() + " is approved in round " + id + ", so its values take no "
                        + kind.key() + "; an administrator may reopen it with a reason first");
            }
            CityQuestions questions = folder.questions(round, member);
            if (kind == Question.Kind.ANSWER && questions.open().stream().noneMatch(q -> q.indicator().equals(indicator))) {
                throw InputException.of(at, "no open question at " + indicator + " of " + member.name()
                        + "; an answer follows a reviewer's question at that value");
            }
            CityQuestions more = questions.with(rounds.clock().instant(), indicator, author.name(), kind, checked);
            folder.write(new RoundFolder.Change().questions(id, member, more), author, id, member.name(),
                    kind == Question.Kind.QUESTION ? Step.Kind.ASKED : Step.Kind.ANSWERED, indicator + ": " + checked);
            return null;
        });
    }

    /** The reason ending with the values that have an open question, so the akimat sees where to look. */
    static String naming(String reason, CityQuestions questions) {
        java.util.Set<String> open = questions.openIndicators();
        return open.isEmpty() || reason == null || reason.isBlank() ? reason
                : reason.strip() + " (open questions: " + String.join(", ", open) + ")";
    }

    /** The text as stored: one line of plain text, not empty, at most {@link Question#LONGEST} characters. */
    static String checkedText(String text, Question.Kind kind, Location at) {
        String stripped = text == null ? "" : text.strip();
        String field = "the " + kind.key() + "'s text";
        if (stripped.isEmpty()) {
            throw InputException.of(at, field + " is empty; write the " + kind.key() + " (one line)");
        }
        if (stripped.length() > Question.LONGEST) {
            throw InputException.of(at, field + " is " + stripped.length() + " characters long; shorten it to "
                    + Question.LONGEST + " or fewer");
        }
        int control = PlainText.firstControl(stripped);
        int lineBreak = stripped.indexOf('\n');
        int tab = stripped.indexOf('\t');
        int first = java.util.stream.IntStream.of(control, lineBreak, tab).filter(i -> i >= 0).min().orElse(-1);
        if (first >= 0 || stripped.contains("\u2028") || stripped.contains("\u2029")) {
            int index = first >= 0 ? first : Math.max(stripped.indexOf('\u2028'), stripped.indexOf('\u2029'));
            throw InputException.of(at, field + " holds a line break or control character (" + PlainText.codePoint(stripped, index)
                    + " at character " + (index + 1) + "); write it as one line of plain text");
        }
        return stripped;
    }
}
