package org.tonus.app.web;

import io.javalin.http.Context;
import java.util.Map;
import org.tonus.app.JsonContracts;
import org.tonus.core.knowledge.Jurisdiction;

/** The monograph page of the chosen jurisdiction and its patient handout as a PDF. */
final class MonographPages {
  private final Pages pages;
  private final JsonContracts contracts;
  private final HandoutPdf handout = new HandoutPdf();

  MonographPages(Pages pages, JsonContracts contracts) {
    this.pages = pages;
    this.contracts = contracts;
  }

  void page(Context ctx) {
    Jurisdiction jurisdiction = Pages.jurisdiction(ctx);
    MonographView view = MonographView.of(contracts.monograph(jurisdiction));
    Map<String, Object> model = pages.model(ctx, "monograph", view.heading());
    model.put("monograph", view);
    pages.write(ctx, "monograph", model);
  }

  void handout(Context ctx) {
    Jurisdiction jurisdiction = Pages.jurisdiction(ctx);
    byte[] pdf = handout.write(MonographView.of(contracts.monograph(jurisdiction)));
    ctx.contentType("application/pdf")
        .header(
            "Content-Disposition",
            "inline; filename=\"baclofen-handout-"
                + jurisdiction.name().toLowerCase(java.util.Locale.ROOT)
                + ".pdf\"")
        .result(pdf);
  }
}
