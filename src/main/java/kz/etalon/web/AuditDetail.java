package kz.etalon.web;

import java.util.ArrayList;
import java.util.List;

/**
 * An audit entry's detail in the reader's words: its parts are separated by {@code ; }, each a word the
 * bundle knows ({@code one-time}, {@code disabled}) or {@code role=}, {@code from=} (a role, in words) or any
 * other {@code name=value} (the value as written: a city, a file, a version).
 */
final class AuditDetail {

    private AuditDetail() {
    }

    static String text(String detail, Words words) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String part : detail.split("; ")) {
            int equals = part.indexOf('=');
            if (equals < 0) {
                String key = "audit.detail." + part.strip().replace('-', '_');
                parts.add(words.messages().has("web." + key) ? words.t(key) : part);
                continue;
            }
            String name = part.substring(0, equals).strip();
            String value = part.substring(equals + 1).strip();
            boolean role = (name.equals("role") || name.equals("from")) && words.messages().has("user.role." + value);
            String label = words.messages().has("web.audit.field." + name) ? words.t("audit.field." + name) + ": " : "";
            parts.add(label + (role ? words.t("user.role." + value) : value));
        }
        return String.join("; ", parts);
    }
}
