package kz.etalon.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import kz.etalon.i18n.Messages;

/** {@code /language/ru?back=/results}: the reader's language, remembered for a year in a cookie. */
final class LanguageSwitch {

    static final int YEAR = 365 * 24 * 3600;

    void routes(Routes routes) {
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
        ctx.redirect(LocalPath.of(ctx.queryParam("back")));
    }
}
