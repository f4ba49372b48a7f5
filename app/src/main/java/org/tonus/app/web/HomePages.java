package org.tonus.app.web;

import io.javalin.http.Context;
import java.util.Map;
import org.tonus.app.JsonContracts;
import org.tonus.app.request.BadRequestException;

/** The home page with the Ask box, and the answers to a question asked there. */
final class HomePages {
  private final Pages pages;
  private final JsonContracts contracts;

  HomePages(Pages pages, JsonContracts contracts) {
    this.pages = pages;
    this.contracts = contracts;
  }

  void home(Context ctx) {
    Map<String, Object> model = pages.model(ctx, "home", "Tonus: baclofen, explained");
    model.put("q", "");
    model.put("askError", null);
    pages.write(ctx, "home", model);
  }

  /** {@code GET /ask?q=}: the monograph's best passages, or "ask a pharmacist". */
  void ask(Context ctx) {
    String question = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
    Map<String, Object> model = pages.model(ctx, "ask", "Ask about baclofen");
    model.put("q", question);
    model.put("askError", null);
    if (question.isEmpty()) {
      model.put("askError", "Type a question, e.g. can I drink alcohol while taking baclofen?");
      ctx.status(400);
      pages.write(ctx, "home", model);
      return;
    }
    try {
      model.put("answer", Pages.tree(contracts.ask(question, Pages.jurisdiction(ctx))));
    } catch (BadRequestException refusal) {
      model.put("askError", refusal.getMessage());
      ctx.status(400);
      pages.write(ctx, "home", model);
      return;
    }
    pages.write(ctx, "ask", model);
  }
}
