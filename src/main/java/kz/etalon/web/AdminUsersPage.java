package kz.etalon.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.etalon.account.Right;
import kz.etalon.account.Role;
import kz.etalon.account.UserDirectory;
import kz.etalon.app.Users;

/**
 * {@code /admin/users}: an administrator lists the users, adds one, changes a user's role or city, disables,
 * enables or removes a user, and sets a password for one log-in (the user chooses their own at the next).
 * Every change goes through {@link Users} (the rules and the audit log the {@code user} command has too), and
 * ends the user's sessions at once. A change the rules refuse shows the page again with why, nothing changed.
 */
public final class AdminUsersPage {

    static final String PATH = "/admin/users";

    /** The page: every user, the roles to choose from, what was just done (or refused), and the add form's values. */
    public record UsersModel(List<UserDirectory.Listed> users, List<Role> roles, String done, String refused,
                             String name, String city) {
    }

    private final Web web;
    private final Users users;
    private final Sessions sessions;
    private final Gate gate;

    AdminUsersPage(Web web, Users users, Sessions sessions, Gate gate) {
        this.web = web;
        this.users = users;
        this.sessions = sessions;
        this.gate = gate;
    }

    void routes(Routes routes) {
        routes.get(PATH, this::show);
        routes.post(PATH, this::add);
        routes.post(PATH + "/{name}/role", ctx -> change(ctx, "role",
                name -> users.setRole(Web.actor(ctx), name, Role.parse(ctx.formParam("role")))));
        routes.post(PATH + "/{name}/city", ctx -> change(ctx, "city",
                name -> users.setCity(Web.actor(ctx), name, Optional.ofNullable(ctx.formParam("city")))));
        routes.post(PATH + "/{name}/disable", ctx -> change(ctx, "disabled", name -> users.setDisabled(Web.actor(ctx), name, true)));
        routes.post(PATH + "/{name}/enable", ctx -> change(ctx, "enabled", name -> users.setDisabled(Web.actor(ctx), name, false)));
        routes.post(PATH + "/{name}/password", ctx -> change(ctx, "password", name -> withPassword(ctx, "password", password -> {
            users.setPassword(Web.actor(ctx), name, password, true);
            return name;
        })));
        routes.post(PATH + "/{name}/remove", ctx -> change(ctx, "removed", name -> users.remove(Web.actor(ctx), name)));
    }

    private void show(Context ctx) {
        Visitor.require(ctx, Right.MANAGE_USERS);
        String done = Optional.ofNullable(ctx.queryParam("done")).filter(DONE::contains).orElse("");
        String user = Optional.ofNullable(ctx.queryParam("user")).orElse("");
        render(ctx, done.isEmpty() ? "" : words(ctx).t("admin.users.done." + done, user), "", "", "");
    }

    private static final List<String> DONE = List.of("added", "role", "city", "disabled", "enabled", "password", "removed");

    private void add(Context ctx) {
        Visitor.require(ctx, Right.MANAGE_USERS);
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
        String city = Optional.ofNullable(ctx.formParam("city")).orElse("").strip();
        try {
            Role role = Role.parse(ctx.formParam("role"));
            String added = withPassword(ctx, "password", password -> users.add(Web.actor(ctx), name, role,
                    Optional.of(city).filter(text -> !text.isEmpty()), password, true)).name();
            ctx.redirect(Page.link(PATH, "done", "added", "user", added), HttpStatus.SEE_OTHER);
        } catch (Users.Refused refused) {
            ctx.status(refused.problem() == Users.Problem.EXISTS ? 409 : 400);
            render(ctx, "", refusal(ctx, refused), name, city);
        }
    }

    /** Applies {@code change} to the user named in the path, ends their sessions, and shows the list again. */
    private void change(Context ctx, String done, java.util.function.Consumer<String> change) {
        Visitor.require(ctx, Right.MANAGE_USERS);
        String name = ctx.pathParam("name");
        try {
            change.accept(name);
        } catch (Users.Refused refused) {
            ctx.status(refused.problem() == Users.Problem.UNKNOWN ? 404 : 400);
            render(ctx, "", refusal(ctx, refused), "", "");
            return;
        }
        sessions.closeAllOf(name);
        String own = Visitor.of(ctx).account().name();
        if (own.equalsIgnoreCase(name)) {
            // an administrator's own city or password: their other sessions end, this one goes on under a new id
            String stamp = Gate.readable(() -> users.directory().stamp(own)).orElse("");
            gate.setSessionCookie(ctx, sessions.open(own, stamp).id());
        }
        ctx.redirect(Page.link(PATH, "done", done, "user", name), HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, String done, String refused, String name, String city) {
        web.render(ctx, "adminUsers.jte", new UsersModel(users.list(), List.of(Role.values()), done, refused, name, city));
    }

    /** Hands the form's {@code field} to {@code use} as characters, wiped after. */
    static <T> T withPassword(Context ctx, String field, java.util.function.Function<char[], T> use) {
        char[] password = Optional.ofNullable(ctx.formParam(field)).orElse("").toCharArray();
        try {
            return use.apply(password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Why the rules refused a change, in the visitor's language. */
    static String refusal(Context ctx, Users.Refused refused) {
        return words(ctx).t("admin.users.refused." + refused.problem().id(), refused.subject());
    }

    private static Words words(Context ctx) {
        return new Words(Visitor.of(ctx).language());
    }
}
