package kz.etalon.web;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.etalon.account.Right;
import kz.etalon.analysis.FitNote;
import kz.etalon.analysis.Fragility.FragileGroup;
import kz.etalon.app.Etalon;
import kz.etalon.app.Workspace;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problem;
import kz.etalon.report.Explanation;
import kz.etalon.report.FitNoteText;
import kz.etalon.report.html.WebFragments;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.result.GroupResult;
import kz.etalon.standard.Group;
import kz.etalon.standard.Standard;

/**
 * The results of a standard on a data set: the ranking (chart and table, fragile results flagged), the
 * heat map, the area charts, the notes and the downloads; and a city's card with the explanation of its
 * total, step by step, each with its rule and YAML line.
 */
public final class ResultsPages {

    /** An option of a select: its value and whether it is the one shown. */
    public record Choice(String value, boolean chosen) {
    }

    /** A group's figures in a city's row: its average, its band points, and how near an edge it is if it is. */
    public record GroupCell(BigDecimal average, int points, FragileGroup fragile) {
    }

    /** A row of the ranking table. */
    public record RankingRow(CityResult city, String link, List<GroupCell> groups, boolean fragile) {
    }

    /**
     * Where this page is in a long ranking: page {@code page} of {@code count}, its first and last rank,
     * of {@code cities}, and the address of each page (one page: no links).
     */
    public record Pages(int page, int count, int first, int last, int cities, List<String> links) {
    }

    /** A download: its format (html, xlsx, json, csv) and address. */
    public record Download(String format, String link) {
    }

    /**
     * The ranking, the charts, the notes and the downloads of a standard on a data set: the same for every
     * visitor reading the same language, so made once per language (see {@link ResultsView#body}).
     */
    public record ResultsModel(String standard, String dataSet, Standard definition, List<RankingRow> rows,
                               List<FragileGroup> fragile, WebFragments.Results fragments, List<String> notes,
                               List<Problem> inputWarnings, List<String> warnings, List<Download> downloads,
                               Pages pages) {

        /** The address of the charts of each area, city by city: loaded when the reader scrolls to them. */
        public String areasLink() {
            return Page.link("/results/areas", "standard", standard, "data", dataSet, "page",
                    pages.count() > 1 ? String.valueOf(pages.page()) : null);
        }

        /** How close to a band edge a flagged group average is. */
        public BigDecimal fragileWithin() {
            return ResultsView.FRAGILE_WITHIN;
        }

        public String groupName(String id, Words words) {
            return definition.group(id).map(group -> words.name(group.name())).orElse(id);
        }
    }

    public record CityModel(String standard, String dataSet, Standard definition, CityResult city, int cities,
                            WebFragments.CityCard card, Explanation explanation, String resultsLink) {

        /** A YAML line as the workspace names it ({@code standards/kz-2019.yaml:42}), never a path of the server. */
        public String line(Location line) {
            return "standards/" + definition.file().getFileName() + (line.line() > 0 ? ":" + line.line() : "");
        }
    }

    /** The page around the results: the choice of standard and data set (the data sets change with uploads). */
    public record ResultsFrame(String standard, String dataSet, String title, List<Choice> standards,
                               List<Choice> dataSets, WebFragments.Results fragments, gg.jte.Content body) {
    }

    /**
     * Each area city by city: the largest part of the results, sent when the reader scrolls to it (an htmx
     * request gets the charts alone), or as a page of its own.
     */
    public record AreasModel(String standard, String dataSet, WebFragments.Results fragments, String resultsLink,
                             boolean fragment) {
    }

    /** Why a standard cannot be evaluated on a data set: every problem, with the choice to make another. */
    public record ProblemsModel(String standard, String dataSet, List<Choice> standards, List<Choice> dataSets,
                                List<Problem> problems) {
    }

    /** A city's name and the address of its card. */
    public record CityLink(String name, String link) {
    }

    public record UnknownCityModel(String standard, String dataSet, String city, List<CityLink> cities, String resultsLink) {
    }

    private final Web web;
    private final ResultsDownloads downloads;

    ResultsPages(Web web) {
        this.web = web;
        this.downloads = new ResultsDownloads(web);
    }

    void routes(Routes routes) {
        routes.get("/results", this::results);
        routes.get("/results/city", this::city);
        routes.get("/results/areas", this::areas);
        routes.get("/results/download/{format}", this::download);
    }

    /** The address of a city's card. */
    static String cityLink(String standard, String dataSet, String city) {
        return Page.link("/results/city", "standard", standard, "data", dataSet, "city", city);
    }

    static String resultsLink(String standard, String dataSet) {
        return Page.link("/results", "standard", standard, "data", dataSet);
    }

    /** The standard and data set a request names (by id and name, checked), or the defaults. */
    record Chosen(String standard, String dataSet, boolean defaultData) {

        List<Path> files(Web web) {
            return List.of(web.workspace().standardFile(standard), web.dataFile(dataSet));
        }
    }

    Chosen chosen(Context ctx) {
        String standard = Optional.ofNullable(ctx.queryParam("standard")).filter(id -> !id.isBlank())
                .orElseGet(this::defaultStandard);
        web.standardId(standard);
        Optional<String> data = Optional.ofNullable(ctx.queryParam("data")).filter(name -> !name.isBlank());
        String dataSet = data.orElseGet(() -> web.defaultDataSet(standard));
        web.dataFile(dataSet);
        return new Chosen(standard, dataSet, data.isEmpty());
    }

    private String defaultStandard() {
        List<String> standards = web.workspace().standards();
        return standards.contains(Workspace.DEFAULT_STANDARD) || standards.isEmpty() ? Workspace.DEFAULT_STANDARD
                : standards.get(0);
    }

    /** The evaluation and what is made of it, shared while the standard, rules and data are unchanged. */
    ResultsView view(Chosen chosen) {
        return web.cached("results " + chosen.standard() + " " + chosen.dataSet(), chosen.files(web), () -> {
            Etalon.Evaluated evaluated = web.evaluated(chosen.standard(), chosen.dataSet());
            return new ResultsView(chosen.standard(), chosen.dataSet(), evaluated,
                    web.app().fragility(evaluated, ResultsView.FRAGILE_WITHIN));
        });
    }

    private void results(Context ctx) {
        Visitor visitor = Visitor.require(ctx, Right.READ);
        Chosen chosen = chosen(ctx);
        ResultsView view;
        try {
            view = view(chosen);
        } catch (InputException e) {
            ctx.status(400);
            web.render(ctx, "resultsProblems.jte", new ProblemsModel(chosen.standard(), chosen.dataSet(),
                    standardChoices(chosen), dataChoices(chosen), e.problems()));
            return;
        }
        web.recent().opened(chosen.standard(), chosen.dataSet());
        Page page = web.page(ctx);
        int number = pageNumber(ctx, view);
        gg.jte.Content body = web.part("resultsBody.jte", page,
                view.body(visitor.language(), number, () -> model(chosen, view, number, page.t())));
        web.render(ctx, "results.jte", new ResultsFrame(chosen.standard(), chosen.dataSet(),
                page.t().name(view.evaluated().evaluation().standard().title()), standardChoices(chosen),
                dataChoices(chosen), view.fragments(visitor.language(), number), body));
    }

    /** The page of the ranking asked for ({@code page=2}), 1 if none; 404 for one the ranking does not have. */
    private static int pageNumber(Context ctx, ResultsView view) {
        String asked = ctx.queryParam("page");
        if (asked == null || asked.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(asked.strip());
            if (page >= 1 && page <= view.pages()) {
                return page;
            }
        } catch (NumberFormatException e) {
            // not a page
        }
        throw new NotFound("page " + asked);
    }

    private ResultsModel model(Chosen chosen, ResultsView view, int page, Words words) {
        Etalon.Evaluated evaluated = view.evaluated();
        Evaluation evaluation = evaluated.evaluation();
        Standard standard = evaluation.standard();
        List<CityResult> shown = view.citiesOn(page);
        java.util.Set<String> names = shown.stream().map(CityResult::city).collect(java.util.stream.Collectors.toSet());
        List<FragileGroup> fragile = view.fragile().stream().filter(f -> names.contains(f.city())).toList();
        List<RankingRow> rows = new ArrayList<>();
        for (CityResult city : shown) {
            List<GroupCell> cells = new ArrayList<>();
            for (Group group : standard.groups()) {
                GroupResult result = city.group(group.id()).orElseThrow();
                FragileGroup near = fragile.stream()
                        .filter(f -> f.city().equals(city.city()) && f.group().equals(group.id())).findFirst().orElse(null);
                cells.add(new GroupCell(result.average(), result.points(), near));
            }
            rows.add(new RankingRow(city, cityLink(chosen.standard(), chosen.dataSet(), city.city()), cells,
                    cells.stream().anyMatch(cell -> cell.fragile() != null)));
        }
        FitNoteText notes = new FitNoteText(words.messages());
        List<String> noted = new ArrayList<>();
        borrowedData(chosen).ifPresent(note -> noted.add(notes.describe(note)));
        evaluated.notes().forEach(note -> noted.add(notes.describe(note)));
        List<Download> links = ResultsDownloads.FORMATS.stream().map(format -> new Download(format,
                Page.link("/results/download/" + format, "standard", chosen.standard(), "data", chosen.dataSet()))).toList();
        List<String> pageLinks = new ArrayList<>();
        for (int p = 1; view.pages() > 1 && p <= view.pages(); p++) {
            pageLinks.add(Page.link("/results", "standard", chosen.standard(), "data", chosen.dataSet(), "page", String.valueOf(p)));
        }
        Pages pages = new Pages(page, view.pages(), shown.isEmpty() ? 0 : shown.get(0).rank(),
                shown.isEmpty() ? 0 : shown.get(shown.size() - 1).rank(), evaluation.cities().size(), pageLinks);
        return new ResultsModel(chosen.standard(), chosen.dataSet(), standard, rows, fragile,
                view.fragments(words.language(), page), noted, evaluated.inputWarnings(), evaluation.warnings(), links, pages);
    }

    /** That the data shown is another year's, when it is the one the standard borrows for want of its own. */
    private Optional<FitNote> borrowedData(Chosen chosen) {
        try {
            Workspace.BundledData bundled = web.workspace().bundledData(chosen.standard());
            return bundled.note().filter(note -> bundled.file().getFileName().toString().equals(chosen.dataSet()));
        } catch (InputException e) {
            return Optional.empty();
        }
    }

    private List<Choice> standardChoices(Chosen chosen) {
        return web.workspace().standards().stream().map(id -> new Choice(id, id.equals(chosen.standard()))).toList();
    }

    /** The data sets; none is marked chosen when the standard's own data was asked for, so that it stays so. */
    private List<Choice> dataChoices(Chosen chosen) {
        return web.dataSets().stream().map(name -> new Choice(name, !chosen.defaultData() && name.equals(chosen.dataSet())))
                .toList();
    }

    private void city(Context ctx) {
        Visitor visitor = Visitor.require(ctx, Right.READ);
        Chosen chosen = chosen(ctx);
        ResultsView view = view(chosen);
        Evaluation evaluation = view.evaluated().evaluation();
        String name = Optional.ofNullable(ctx.queryParam("city")).orElse("");
        Optional<CityResult> city = name.isBlank() ? Optional.empty() : evaluation.city(name);
        String back = resultsLink(chosen.standard(), chosen.dataSet());
        if (city.isEmpty()) {
            ctx.status(404);
            web.render(ctx, "cityNotFound.jte", new UnknownCityModel(chosen.standard(), chosen.dataSet(), name,
                    evaluation.cities().stream().map(c -> new CityLink(c.city(), cityLink(chosen.standard(),
                            chosen.dataSet(), c.city()))).toList(), back));
            return;
        }
        ResultsView.CityParts parts = view.city(city.get(), visitor.language());
        web.render(ctx, "city.jte", new CityModel(chosen.standard(), chosen.dataSet(), evaluation.standard(), city.get(),
                evaluation.cities().size(), parts.card(), parts.explanation(), back));
    }

    private void areas(Context ctx) {
        Visitor visitor = Visitor.require(ctx, Right.READ);
        Chosen chosen = chosen(ctx);
        ResultsView view = view(chosen);
        WebFragments.Results fragments = view.fragments(visitor.language(), pageNumber(ctx, view));
        web.render(ctx, "resultsAreas.jte", new AreasModel(chosen.standard(), chosen.dataSet(), fragments,
                resultsLink(chosen.standard(), chosen.dataSet()), ctx.header("HX-Request") != null));
    }

    private void download(Context ctx) {
        Visitor visitor = Visitor.require(ctx, Right.READ);
        String format = ctx.pathParam("format");
        if (!ResultsDownloads.FORMATS.contains(format)) {
            throw new NotFound("download " + format);
        }
        Chosen chosen = chosen(ctx);
        downloads.send(ctx, format, chosen, view(chosen).evaluated(), visitor.language());
    }
}
