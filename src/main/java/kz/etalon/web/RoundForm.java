package kz.etalon.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.etalon.app.LoadedStandard;
import kz.etalon.round.CityState;
import kz.etalon.round.CityValues;
import kz.etalon.round.EnteredValue;
import kz.etalon.round.Quality;
import kz.etalon.round.Round;
import kz.etalon.round.RoundCity;
import kz.etalon.round.Step;
import kz.etalon.standard.Area;
import kz.etalon.standard.Group;
import kz.etalon.standard.Indicator;

/** A city's form of a round: its indicators grouped as the standard groups them, each with its value row. */
public final class RoundForm {

    /**
     * One value's row: the indicator in the reader's words, last year's value, the value as stored or as
     * typed, the version the editor starts from, and what went wrong with the last save (a problem, or the
     * value someone else stored meanwhile).
     */
    public record Row(String roundId, String city, String indicator, String name, String method, String lastYear,
                      EnteredValue value, String base, boolean editable, String problem, EnteredValue conflict) {

        public String action() {
            return "/rounds/" + Page.encode(roundId) + "/cities/" + Page.encode(city) + "/values/" + Page.encode(indicator);
        }

        public String quality() {
            return value.quality().map(Quality::key).orElse("");
        }

        public List<Quality> qualities() {
            return List.of(Quality.values());
        }
    }

    /** A group of the standard with its areas' rows. */
    public record Section(String name, List<Row> rows) {
    }

    /** A line of the city's log: when (in the reader's way), the step, by whom, the reason. */
    public record LogLine(String when, String step, String by, String reason) {
    }

    public record Model(Round round, RoundCity city, CityState state, boolean mayWrite, boolean mayReview,
                        boolean mayReopen, List<Section> sections, List<LogLine> log, long given, long explained,
                        int indicators, Map<String, RoundQuestionPages.Block> questions, int openQuestions) {

        public String base() {
            return "/rounds/" + Page.encode(round.id()) + "/cities/" + Page.encode(city.name());
        }
    }

    private RoundForm() {
    }

    /** The rows of the form; a row in {@code shown} replaces the stored one (a value typed and not stored). */
    static List<Section> sections(Round round, RoundCity city, LoadedStandard standard, CityValues values,
                                  Map<String, String> lastYear, boolean editable, Words words, Map<String, Row> shown) {
        List<Section> sections = new ArrayList<>();
        for (Group group : standard.standard().groups()) {
            List<Row> rows = new ArrayList<>();
            for (String areaId : group.areaIds()) {
                Area area = standard.standard().area(areaId).orElseThrow();
                for (Indicator indicator : area.indicators()) {
                    rows.add(shown.getOrDefault(indicator.id(), row(round, city, indicator, values.valueOrEmpty(indicator.id()),
                            lastYear.getOrDefault(indicator.id(), ""), editable, words, "", null)));
                }
            }
            sections.add(new Section(words.name(group.name()), rows));
        }
        return sections;
    }

    static Row row(Round round, RoundCity city, Indicator indicator, EnteredValue value, String lastYear, boolean editable,
                   Words words, String problem, EnteredValue conflict) {
        String base = conflict != null ? conflict.version() : value.version();
        return new Row(round.id(), city.name(), indicator.id(), words.name(indicator.name()), words.method(indicator),
                lastYear, value, base, editable, problem, conflict);
    }

    static List<LogLine> log(List<Step> steps, RoundCity city, Words words) {
        return steps.stream().filter(step -> step.city().equals(city.name()))
                .map(step -> new LogLine(WhenText.of(step.when(), words.language()), words.t("round.step." + step.kind().key()),
                        step.by(), step.reason())).toList();
    }
}
