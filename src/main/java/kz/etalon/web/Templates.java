package kz.etalon.web;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The pages' jte templates (src/main/jte), compiled to Java classes at build time: no template compiler
 * at run time, and every value escaped for HTML (no template writes a text unescaped; the charts' SVG goes through
 * {@code report/markup.jte} alone).
 */
final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), "kz.etalon.template");

    /** The template {@code name} (e.g. {@code home.jte}) with {@code page} and {@code model}. */
    String render(String name, Page page, Object model) {
        StringOutput output = new StringOutput(16 * 1024);
        engine.render(name, Map.of("page", page, "model", model), output);
        return output.toString();
    }

    /**
     * The template {@code name} as a part of another template's page ({@code ${part}} there): it renders into
     * that page's output when the page is written, escaped as every template is; no HTML passes as a string.
     */
    Content part(String name, Page page, Object model) {
        return output -> engine.render(name, Map.of("page", page, "model", model), output);
    }
}
