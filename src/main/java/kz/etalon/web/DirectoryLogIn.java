package kz.etalon.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import kz.etalon.account.Account;
import kz.etalon.account.directory.LdapDirectory;
import kz.etalon.app.AuditEntry;
import kz.etalon.app.AuditKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A log-in through the organisation's directory, for a name no local user has: the directory checks the
 * password and its groups give the role and city for the session. Throttled and audited as local log-ins
 * are (the throttle was asked before this runs).
 */
final class DirectoryLogIn {

    private static final Logger LOG = LoggerFactory.getLogger("etalon.web.login");

    private final LdapDirectory directory;

    DirectoryLogIn(LdapDirectory directory) {
        this.directory = directory;
    }

    void logIn(LogIn page, Context ctx, String name, char[] password, Words words) {
        String address = ctx.ip();
        LdapDirectory.Answer answer = directory.check(name, password);
        if (answer instanceof LdapDirectory.Answer.Granted granted) {
                Account account = granted.account();
                page.openSession(ctx, name, page.sessions().openGranted(account));
                page.audit(Optional.of(account.name()), address, AuditKind.LOG_IN, AuditEntry.Outcome.OK,
                        "directory: " + account.role().id() + account.city().map(city -> ", " + city).orElse(""));
                ctx.redirect(LocalPath.of(ctx.formParam("next")), HttpStatus.SEE_OTHER);
        } else if (answer instanceof LdapDirectory.Answer.NoGroup none) {
                LOG.warn("directory user {} from {} refused: in no group that gives a role", LogIn.printable(name), address);
                page.audit(Optional.of(none.name()), address, AuditKind.LOG_IN_REFUSED, AuditEntry.Outcome.REFUSED,
                        "directory: in no mapped group");
                page.show(ctx, 403, words.t("login.directory.noGroup", directory.settings().contact()), name);
        } else if (answer instanceof LdapDirectory.Answer.Refused refused) {
                LOG.warn("failed directory log-in for {} from {}", LogIn.printable(name), address);
                page.audit(refused.known() ? Optional.of(name) : Optional.empty(), address, AuditKind.LOG_IN_FAILED,
                        AuditEntry.Outcome.FAILED, "directory");
                page.show(ctx, 401, words.t("login.failed"), name);
        } else if (answer instanceof LdapDirectory.Answer.Unavailable down) {
                LOG.error("the directory cannot be asked, so directory users cannot log in: {}", down.why());
                page.audit(Optional.empty(), address, AuditKind.LOG_IN_FAILED, AuditEntry.Outcome.FAILED,
                        "directory unavailable");
                page.show(ctx, 503, words.t("login.directory.unavailable", directory.settings().contact()), name);
        }
    }
}
