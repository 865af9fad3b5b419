package org.dineutrino.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders the Thymeleaf pages under {@code templates/} in the jar. */
final class ThymeleafRenderer implements FileRenderer {

    private final TemplateEngine engine = new TemplateEngine();

    ThymeleafRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    @Override
    public String render(String filePath, Map<String, ?> model, Context ctx) {
        org.thymeleaf.context.Context context = new org.thymeleaf.context.Context();
        model.forEach(context::setVariable);
        return engine.process(filePath, context);
    }
}
