package kz.etalon.report.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The report's jte templates (src/main/jte/report), compiled at build time with the web pages' (the pages
 * show the same sections): every text escaped by the template, the charts' SVG written through
 * {@code report/markup.jte} alone.
 */
final class ReportTemplates {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            ReportTemplates.class.getClassLoader(), "kz.etalon.template");

    private ReportTemplates() {
    }

    static String document(ReportDocument document) {
        StringOutput output = new StringOutput(256 * 1024);
        ENGINE.render("report/document.jte", Map.of("document", document), output);
        return output.toString();
    }
}
