package kz.etalon.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.etalon.app.AuditEntry;
import kz.etalon.app.AuditKind;
import kz.etalon.app.Etalon;
import kz.etalon.standard.Status;
import kz.etalon.app.ProgressListener;
import kz.etalon.report.CsvReport;
import kz.etalon.report.JsonReport;
import kz.etalon.sheet.ResultsWorkbook;

/**
 * The results as files, exactly what the command line writes for the same standard and data: the HTML
 * report ({@code report}), the Excel workbook, JSON and CSV ({@code evaluate --format xlsx|json|csv}).
 */
final class ResultsDownloads {

    static final List<String> FORMATS = List.of("html", "xlsx", "json", "csv");

    private final Web web;

    ResultsDownloads(Web web) {
        this.web = web;
    }

    void send(Context ctx, String format, ResultsPages.Chosen chosen, Etalon.Evaluated evaluated, String language) {
        byte[] body = switch (format) {
            case "html" -> report(chosen, language).getBytes(StandardCharsets.UTF_8);
            case "xlsx" -> workbook(evaluated, language);
            case "json" -> JsonReport.render(evaluated.evaluation()).getBytes(StandardCharsets.UTF_8);
            default -> CsvReport.render(evaluated.evaluation()).getBytes(StandardCharsets.UTF_8);
        };
        auditUnpublished(ctx, format, chosen, evaluated);
        ctx.contentType(contentType(format))
                .header("Content-Disposition", "attachment; filename=\"" + fileName(chosen.standard(), format) + "\"")
                .result(body);
    }

    /**
     * Results not yet public leave the workspace: those of a draft standard, or of a round whose cities are not
     * all approved (provisional). Each such download is in the audit log.
     */
    private void auditUnpublished(Context ctx, String format, ResultsPages.Chosen chosen, Etalon.Evaluated evaluated) {
        boolean draft = evaluated.standard().standard().status() == Status.DRAFT;
        String data = chosen.dataSet();
        boolean provisional = data.startsWith(Web.ROUND_DATA)
                && web.app().rounds().status(data.substring(Web.ROUND_DATA.length())).provisional();
        if (draft || provisional) {
            web.audit(ctx, AuditKind.EXPORT_UNPUBLISHED, chosen.standard(), AuditEntry.Outcome.OK,
                    "format=" + format + "; data=" + data);
        }
    }

    static String fileName(String standard, String format) {
        return standard + "-results." + format;
    }

    static String contentType(String format) {
        return switch (format) {
            case "html" -> "text/html; charset=utf-8";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "json" -> "application/json; charset=utf-8";
            default -> "text/csv; charset=utf-8";
        };
    }

    /** The whole report in the reader's language, made once while its inputs are unchanged. */
    private String report(ResultsPages.Chosen chosen, String language) {
        return web.cached("report " + language, chosen.files(web), () -> web.app().report(List.of(chosen.standard()),
                List.of(web.dataFile(chosen.dataSet())), null, language, ProgressListener.NONE).html());
    }

    private static byte[] workbook(Etalon.Evaluated evaluated, String language) {
        try {
            return ResultsWorkbook.write(evaluated.evaluation(), language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
