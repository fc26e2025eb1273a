package kz.etalon.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import kz.etalon.app.LoadedStandard;
import kz.etalon.problem.InputException;

/** The home page: the workspace's standards, its data sets, and the results opened last. */
public final class HomePage {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    /**
     * A standard's line: its id, year, title, size, where it is in its life (draft, submitted for review,
     * published), and how many errors keep it from loading.
     */
    public record StandardRow(String id, int year, String title, long indicators, int areas, String state, int errors) {
    }

    /** A data set's line: its name under data/, whether it was uploaded, its size and when it last changed. */
    public record DataRow(String name, boolean uploaded, long bytes, String changed) {
    }

    public record RecentRow(String standard, String dataSet, String at) {
    }

    public record HomeModel(List<StandardRow> standards, List<DataRow> dataSets, List<RecentRow> recent) {
    }

    private final Web web;

    HomePage(Web web) {
        this.web = web;
    }

    void routes(Routes routes) {
        routes.get("/", this::show);
    }

    private void show(Context ctx) {
        Words words = new Words(Visitor.of(ctx).language());
        List<StandardRow> standards = new ArrayList<>();
        List<String> submitted = web.app().waitingForReview();
        for (String id : web.workspace().standards()) {
            try {
                LoadedStandard loaded = web.standard(id);
                String state = submitted.contains(id) ? "submitted"
                        : loaded.standard().status() == kz.etalon.standard.Status.DRAFT ? "draft" : "published";
                standards.add(new StandardRow(id, loaded.standard().year(), words.name(loaded.standard().title()),
                        loaded.standard().indicators().count(), loaded.standard().areas().size(), state, 0));
            } catch (InputException e) {
                standards.add(new StandardRow(id, 0, "", 0, 0, "", (int) e.problems().stream().filter(p -> p.isError())
                        .count()));
            }
        }
        List<DataRow> data = new ArrayList<>();
        for (String name : web.dataSets()) {
            Path file = web.dataFolder().resolve(name);
            try {
                data.add(new DataRow(name, name.startsWith(Web.UPLOADS + "/"), Files.size(file),
                        WHEN.format(Files.getLastModifiedTime(file).toInstant())));
            } catch (IOException e) {
                // a data set removed while the page was made is not listed
            }
        }
        List<RecentRow> recent = web.recent().list().stream()
                .map(opened -> new RecentRow(opened.standard(), opened.dataSet(), WHEN.format(opened.at()))).toList();
        web.render(ctx, "home.jte", new HomeModel(standards, data, recent));
    }
}
