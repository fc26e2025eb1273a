package kz.etalon.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import kz.etalon.i18n.Messages;

/** {@code /language/ru?back=/results}: the reader's language, remembered for a year in a cookie. */
final class LanguageSwitch {

    static final int YEAR = 365 * 24 * 3600;

    void routes(RoutesConfig routes) {
        routes.get("/language/{code}", this::choose);
    }

    private void choose(Context ctx) {
        String code = ctx.pathParam("code");
        if (!Messages.LANGUAGES.contains(code)) {
            throw new NotFound("language " + code);
        }
        Cookie cookie = Gate.cookie(Gate.LANGUAGE_COOKIE, code, YEAR);
        cookie.setSameSite(SameSite.LAX);
        ctx.cookie(cookie);
        ctx.redirect(localPath(ctx.queryParam("back")));
    }

    /** Only a path on this server: {@code //host} or {@code https://host} would send the reader away. */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")) {
            return "/";
        }
        return back;
    }
}
