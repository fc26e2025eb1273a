package kz.etalon.web;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.etalon.account.Right;
import kz.etalon.analysis.CityComparison;
import kz.etalon.analysis.OutcomeDiff;
import kz.etalon.app.Comparing;
import kz.etalon.app.Workspace;
import kz.etalon.i18n.Messages;
import kz.etalon.report.FitNoteText;
import kz.etalon.report.html.ComparisonFragments;
import kz.etalon.report.html.HtmlReport;
import kz.etalon.standard.LocalizedText;
import kz.etalon.standard.Standard;

/**
 * Two standards and/or two data years side by side, as {@code ./etalon compare} computes them: who moved
 * (the report's own movement chart and table), each city's rule outcomes that differ, the 2×2 split
 * with two data sets, and each change of the standard with the cities it moves.
 */
public final class ComparePage {

    /** What the visitor asked: the two standards and none, one or two data sets (names under data/). */
    public record Question(String before, String after, String data, String data2) {

        /** The data sets named, without repeats: none (the later standard's bundled data), one or two. */
        List<String> dataSets() {
            List<String> names = new ArrayList<>();
            for (String name : new String[]{data, data2}) {
                if (name != null && !names.contains(name)) {
                    names.add(name);
                }
            }
            return names;
        }

        /** Whether it compares anything: two standards, or one standard on two data sets. */
        public boolean comparesSomething() {
            return !before.equals(after) || dataSets().size() == 2;
        }
    }

    /** A rule outcome that differs: what it is, its values, its effect on the total and the rules on each side. */
    public record DifferenceRow(String level, String id, String name, String values, String groupPoints, String pointsEffect,
                                String indexEffect, String rules) {
    }

    /** A city's move and the outcomes behind it, largest effect on the total first. */
    public record CityRow(String city, int rankBefore, int rankAfter, int move, String points, String index,
                          List<DifferenceRow> differences) {
    }

    public record CompareModel(List<String> standards, List<String> dataSets, Question question, boolean shown,
                               ComparisonFragments.Fragments fragments, List<CityRow> cities, List<String> onlyOne,
                               List<String> notes) {
    }

    private final Web web;
    private final Analyses analyses;

    ComparePage(Web web, Analyses analyses) {
        this.web = web;
        this.analyses = analyses;
    }

    void routes(Routes routes) {
        routes.get("/compare", this::show);
    }

    private void show(Context ctx) {
        Visitor visitor = Visitor.require(ctx, Right.ANALYSE);
        Question question = question(ctx);
        Words words = new Words(visitor.language());
        List<String> standards = web.workspace().standards();
        if (!question.comparesSomething()) {
            web.render(ctx, "compare.jte", new CompareModel(standards, web.dataSets(), question, false, null, List.of(),
                    List.of(), List.of()));
            return;
        }
        List<Path> files = files(question);
        List<Path> data = question.dataSets().stream().map(web::dataFile).toList();
        String asked = "compare " + question.dataSets().size();
        Comparing.Compared compared = analyses.answer(visitor.account().name(), asked, files,
                () -> web.app().compare(ids(question), data));
        HtmlReport.ComparisonPart part = new HtmlReport.ComparisonPart(compared.comparison(), compared.impacts(),
                compared.attribution());
        ComparisonFragments.Fragments fragments = web.cached(asked + " html " + words.language(), files,
                () -> ComparisonFragments.of(part, words.language()));
        FitNoteText notes = new FitNoteText(words.messages());
        List<String> onlyOne = new ArrayList<>();
        onlyOne.addAll(compared.comparison().onlyBefore());
        onlyOne.addAll(compared.comparison().onlyAfter());
        web.render(ctx, "compare.jte", new CompareModel(standards, web.dataSets(), question, true, fragments,
                cities(compared, words), onlyOne, compared.comparison().notes().stream().map(notes::describe).toList()));
    }

    /** The question in the address, every name checked (404 for one the workspace does not have). */
    private Question question(Context ctx) {
        List<String> standards = web.workspace().standards();
        String after = Optional.ofNullable(blankless(ctx.queryParam("after")))
                .orElse(standards.contains(Workspace.DEFAULT_STANDARD) ? Workspace.DEFAULT_STANDARD
                        : standards.isEmpty() ? null : standards.get(standards.size() - 1));
        web.standardId(after);
        String before = Optional.ofNullable(blankless(ctx.queryParam("before")))
                .orElse(standards.get(Math.max(0, standards.indexOf(after) - 1)));
        web.standardId(before);
        String data = blankless(ctx.queryParam("data"));
        String data2 = blankless(ctx.queryParam("data2"));
        Question question = new Question(before, after, data, data2);
        question.dataSets().forEach(web::dataFile);
        return question;
    }

    private static List<String> ids(Question question) {
        return question.before().equals(question.after()) ? List.of(question.before())
                : List.of(question.before(), question.after());
    }

    /** What the comparison is computed from: both standards' files and the data (the bundled data if none is named). */
    private List<Path> files(Question question) {
        List<Path> files = new ArrayList<>();
        files.add(web.workspace().standardFile(question.before()));
        files.add(web.workspace().standardFile(question.after()));
        if (question.dataSets().isEmpty()) {
            files.add(web.workspace().bundledData(question.after()).file());
        }
        question.dataSets().forEach(name -> files.add(web.dataFile(name)));
        return files;
    }

    private static List<CityRow> cities(Comparing.Compared compared, Words words) {
        Messages m = words.messages();
        Standard before = compared.comparison().before().standard();
        Standard after = compared.comparison().after().standard();
        List<CityRow> rows = new ArrayList<>();
        for (CityComparison city : compared.comparison().comparisons()) {
            List<DifferenceRow> differences = new ArrayList<>();
            for (OutcomeDiff d : city.differences()) {
                differences.add(new DifferenceRow(m.get("level." + d.level().key()), d.id(), name(d, after, before, words),
                        number(d.before(), words) + " → " + number(d.after(), words),
                        d.pointsBefore() == null && d.pointsAfter() == null ? ""
                                : points(d.pointsBefore()) + " → " + points(d.pointsAfter()),
                        signed(d.pointsEffect(), 0, words), signed(d.indexEffect(), 2, words), rules(d, words)));
            }
            rows.add(new CityRow(city.city(), city.before().rank(), city.after().rank(), city.rankMove(),
                    words.number(city.before().points()) + " → " + words.number(city.after().points()) + " ("
                            + signed(city.after().points().subtract(city.before().points()), 0, words) + ")",
                    words.number(city.before().index(), 2) + " → " + words.number(city.after().index(), 2), differences));
        }
        return rows;
    }

    /** The name of what differs in the reader's language, from the later standard or else the earlier one. */
    private static String name(OutcomeDiff d, Standard after, Standard before, Words words) {
        Optional<LocalizedText> name = switch (d.level()) {
            case GROUP -> after.group(d.id()).or(() -> before.group(d.id())).map(group -> group.name());
            case AREA -> after.area(d.id()).or(() -> before.area(d.id())).map(area -> area.name());
            case INDICATOR -> after.indicator(d.id()).or(() -> before.indicator(d.id())).map(indicator -> indicator.name());
        };
        return name.map(words::name).orElse("");
    }

    private static String rules(OutcomeDiff d, Words words) {
        Messages m = words.messages();
        if (d.ruleBefore() == null) {
            return words.t("compare.rule_only_new", m.ruleName(d.ruleAfter()));
        }
        if (d.ruleAfter() == null) {
            return words.t("compare.rule_only_old", m.ruleName(d.ruleBefore()));
        }
        return d.ruleBefore().equals(d.ruleAfter()) ? m.ruleName(d.ruleAfter())
                : m.ruleName(d.ruleBefore()) + " → " + m.ruleName(d.ruleAfter());
    }

    private static String number(BigDecimal value, Words words) {
        return words.number(value, 1);
    }

    private static String points(Integer points) {
        return points == null ? "–" : String.valueOf(points);
    }

    /** {@code +2}, {@code −1,25}, {@code 0}: a change with its sign, the reader's way. */
    static String signed(BigDecimal value, int decimals, Words words) {
        String text = decimals == 0 ? words.number(value) : words.number(value, decimals);
        return value.signum() > 0 ? "+" + text : value.signum() < 0 ? "−" + text.substring(1) : text;
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
