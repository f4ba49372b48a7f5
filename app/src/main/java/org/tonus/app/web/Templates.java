package org.tonus.app.web;

import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The page templates ({@code web/*.html} on the classpath), read once and cached; Thymeleaf escapes
 * every value written with {@code th:text}, so no pack or user text becomes markup.
 */
final class Templates {
  private final TemplateEngine engine = new TemplateEngine();

  Templates() {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
    resolver.setPrefix("web/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    engine.setTemplateResolver(resolver);
  }

  String render(String template, Map<String, Object> model) {
    return engine.process(template, new Context(Locale.UK, model));
  }
}
