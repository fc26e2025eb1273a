package kz.etalon.web;

import io.javalin.http.Context;
import java.util.List;
import kz.etalon.account.Right;

/** The drafts submitted for review and not yet approved or sent back: who submitted each, when, and why. */
public final class ReviewPage {

    /** A draft waiting: its id, who submitted it, when (in the reader's way) and their comment. */
    public record WaitingRow(String id, String by, String when, String comment) {
    }

    public record ReviewModel(List<WaitingRow> waiting) {
    }

    private final Web web;

    ReviewPage(Web web) {
        this.web = web;
    }

    void routes(Routes routes) {
        routes.get("/review", this::show);
    }

    private void show(Context ctx) {
        Visitor visitor = Visitor.require(ctx, Right.READ);
        List<WaitingRow> rows = web.app().awaitingReview().stream()
                .map(text -> new WaitingRow(text.id(), text.review().by(),
                        WhenText.of(text.review().when(), visitor.language()), text.review().comment()))
                .toList();
        web.render(ctx, "review.jte", new ReviewModel(rows));
    }
}
