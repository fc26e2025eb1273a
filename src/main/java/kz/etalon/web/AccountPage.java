package kz.etalon.web;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Optional;
import kz.etalon.account.UserDirectory;
import kz.etalon.app.Users;

/**
 * {@code /account/password}: a user changes their own password, giving the current one. A user whose
 * password an administrator set for one log-in is sent here before any other page. The change ends the
 * user's other sessions (elsewhere logged in with the old password) at once; this one goes on under a new id.
 */
public final class AccountPage {

    static final String PATH = "/account/password";

    /** The form: whether the password must be changed first, what went wrong, whether it was just changed. */
    public record PasswordModel(boolean mustChange, String refused, boolean changed, int minimum) {
    }

    private final Web web;
    private final Gate gate;
    private final Users users;
    private final Sessions sessions;

    AccountPage(Web web, Gate gate, Users users, Sessions sessions) {
        this.web = web;
        this.gate = gate;
        this.users = users;
        this.sessions = sessions;
    }

    void routes(Routes routes) {
        routes.get(PATH, this::form);
        routes.post(PATH, this::change);
    }

    private void form(Context ctx) {
        show(ctx, 200, "", "changed".equals(ctx.queryParam("done")));
    }

    private void change(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        if (!gate.accounts()) {
            show(ctx, 409, new Words(visitor.language()).t("account.password.local"), false);
            return;
        }
        if (Gate.readable(() -> users.directory().find(visitor.account().name())).isEmpty()) {
            // a user the organisation's directory let in: the password is the directory's
            show(ctx, 409, new Words(visitor.language()).t("account.password.directory"), false);
            return;
        }
        char[] current = field(ctx, "current");
        char[] chosen = field(ctx, "password");
        char[] again = field(ctx, "again");
        try {
            if (!Arrays.equals(chosen, again)) {
                show(ctx, 400, new Words(visitor.language()).t("account.password.mismatch"), false);
                return;
            }
            users.changeOwn(Web.actor(ctx), current, chosen);
        } catch (Users.Refused refused) {
            show(ctx, 400, AdminUsersPage.refusal(ctx, refused), false);
            return;
        } finally {
            Arrays.fill(current, '\0');
            Arrays.fill(chosen, '\0');
            Arrays.fill(again, '\0');
        }
        String name = visitor.account().name();
        sessions.closeAllOf(name);
        String stamp = Gate.readable(() -> users.directory().stamp(name)).orElse("");
        gate.setSessionCookie(ctx, sessions.open(name, stamp).id());
        ctx.redirect(Page.link(PATH, "done", "changed"), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, int status, String refused, boolean changed) {
        Visitor visitor = Visitor.of(ctx);
        boolean mustChange = gate.accounts() && Gate.readable(() -> users.directory().flags(visitor.account().name()))
                .map(kz.etalon.account.Flags::mustChangePassword).orElse(false);
        ctx.status(status);
        web.render(ctx, "accountPassword.jte", new PasswordModel(mustChange, refused, changed, UserDirectory.MIN_PASSWORD));
    }

    private static char[] field(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("").toCharArray();
    }
}
