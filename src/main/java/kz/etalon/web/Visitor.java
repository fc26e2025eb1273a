package kz.etalon.web;

import io.javalin.http.Context;
import kz.etalon.account.Account;
import kz.etalon.account.Right;

/**
 * Who is asking, in which language, with the token their forms must carry. Set on each request by
 * {@link Gate}; {@code account} is null before log-in (the log-in page and the assets).
 */
public record Visitor(Account account, String language, String csrf) {

    private static final String ATTRIBUTE = "etalon.visitor";

    static void set(Context ctx, Visitor visitor) {
        ctx.attribute(ATTRIBUTE, visitor);
    }

    public static Visitor of(Context ctx) {
        Visitor visitor = ctx.attribute(ATTRIBUTE);
        if (visitor == null) {
            throw new IllegalStateException("no visitor on " + ctx.path());
        }
        return visitor;
    }

    /** The visitor, if they hold {@code right}; else the request is refused (403). */
    public static Visitor require(Context ctx, Right right) {
        Visitor visitor = of(ctx);
        if (!visitor.may(right)) {
            throw new Refused(right);
        }
        return visitor;
    }

    public boolean signedIn() {
        return account != null;
    }

    public boolean may(Right right) {
        return account != null && account.may(right);
    }
}
