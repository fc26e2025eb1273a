package kz.etalon.web;

import io.javalin.http.Context;
import kz.etalon.app.LoadedStandard;

/**
 * A standard as its YAML holds it: groups, areas and indicators (method, target, unit, provenance, names
 * in every language), bands, factors, rounding and the missing-value policy, each with its line.
 */
public final class StandardPage {

    public record StandardModel(LoadedStandard loaded, String file, String dataSet) {
    }

    private final Web web;

    StandardPage(Web web) {
        this.web = web;
    }

    void routes(Routes routes) {
        routes.get("/standards/{id}", this::show);
    }

    private void show(Context ctx) {
        String id = web.standardId(ctx.pathParam("id"));
        LoadedStandard loaded = web.standard(id);
        String dataSet;
        try {
            dataSet = web.defaultDataSet(id);
        } catch (kz.etalon.problem.InputException e) {
            dataSet = null;
        }
        web.render(ctx, "standard.jte", new StandardModel(loaded, "standards/" + id + ".yaml", dataSet));
    }
}
