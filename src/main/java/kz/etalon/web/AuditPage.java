package kz.etalon.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.etalon.account.Right;
import kz.etalon.app.AuditEntry;
import kz.etalon.app.AuditKind;
import kz.etalon.app.AuditLog;

/**
 * {@code /admin/audit}: the audit log, newest first, a page of {@link #PAGE} entries at a time, filtered by
 * user, kind of event and days (UTC). A date that cannot be read is said, and not used.
 */
public final class AuditPage {

    static final String PATH = "/admin/audit";
    static final int PAGE = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** One entry as shown: its time (UTC), the words of its kind and outcome, the rest as written. */
    public record Row(String when, String user, String address, String kind, String target, String outcome,
                      boolean ok, String detail) {
    }

    /** The page: its rows, the filter as given, the kinds to choose from, paging links, a date not understood. */
    public record AuditModel(List<Row> rows, String user, String kind, String from, String to, List<AuditKind> kinds,
                             String newer, String older, int number, String badDate) {
    }

    private final Web web;

    AuditPage(Web web) {
        this.web = web;
    }

    void routes(Routes routes) {
        routes.get(PATH, this::show);
    }

    private void show(Context ctx) {
        Visitor visitor = Visitor.require(ctx, Right.MANAGE_USERS);
        Words words = new Words(visitor.language());
        String user = param(ctx, "user");
        String kind = AuditKind.of(param(ctx, "kind")).map(AuditKind::id).orElse("");
        String from = param(ctx, "from");
        String to = param(ctx, "to");
        List<String> bad = new ArrayList<>();
        AuditLog.Filter filter = new AuditLog.Filter(user, AuditKind.of(kind), date(from, bad), date(to, bad));
        int number = page(param(ctx, "page"));
        AuditLog.Page page = new AuditLog(web.audit().file()).page(filter, number, PAGE);
        List<Row> rows = page.entries().stream().map(entry -> row(entry, words)).toList();
        String newer = page.number() > 1 ? link(user, kind, from, to, page.number() - 1) : "";
        String older = page.more() ? link(user, kind, from, to, page.number() + 1) : "";
        String badDate = bad.isEmpty() ? "" : words.t("audit.bad_date", String.join(", ", bad));
        web.render(ctx, "adminAudit.jte", new AuditModel(rows, user, kind, from, to, List.of(AuditKind.values()),
                newer, older, page.number(), badDate));
    }

    private static Row row(AuditEntry entry, Words words) {
        String kindKey = "audit.kind." + entry.kind();
        String kind = words.messages().has("web." + kindKey) ? words.t(kindKey) : entry.kind();
        String address = entry.address().equals(kz.etalon.app.Audit.Actor.COMMAND_LINE) ? words.t("audit.command_line")
                : entry.address();
        return new Row(WHEN.format(entry.time()), entry.user(), address, kind, entry.target(),
                words.t("audit.outcome." + entry.outcome().id()), entry.outcome() == AuditEntry.Outcome.OK, AuditDetail.text(entry.detail(), words));
    }

    private static String link(String user, String kind, String from, String to, int page) {
        return Page.link(PATH, "user", blankless(user), "kind", blankless(kind), "from", blankless(from), "to", blankless(to),
                "page", String.valueOf(page));
    }

    private static String blankless(String text) {
        return text.isBlank() ? null : text;
    }

    private static Optional<LocalDate> date(String text, List<String> bad) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            bad.add(text.strip());
            return Optional.empty();
        }
    }

    private static int page(String text) {
        try {
            return Math.max(1, Math.min(1_000_000, Integer.parseInt(text.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.length() > 200 ? value.substring(0, 200) : value;
    }
}
