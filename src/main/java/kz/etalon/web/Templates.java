package kz.etalon.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The pages' jte templates (src/main/jte), compiled to Java classes at build time: no template compiler
 * at run time, and every value escaped for HTML unless a template says otherwise.
 */
final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), "kz.etalon.web.template");

    /** The template {@code name} (e.g. {@code home.jte}) with {@code page} and {@code model}. */
    String render(String name, Page page, Object model) {
        StringOutput output = new StringOutput(16 * 1024);
        engine.render(name, Map.of("page", page, "model", model), output);
        return output.toString();
    }
}
