package org.tonus.app.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tonus.app.JsonAnswer;
import org.tonus.app.request.BadRequestException;
import org.tonus.app.request.RequestFields;

/**
 * One calculator page: a form of fields, the contract it is answered by, and the template that
 * shows the form and, once submitted and accepted, the answer. The contract is the same code the
 * command line and {@code /api} call.
 */
final class FormPage {
  private final Pages pages;
  private final String id;
  private final String title;
  private final List<FormField> fields;
  private final Function<RequestFields, JsonAnswer> contract;
  private final Function<Context, Map<String, String>> defaults;
  private Optional<String> invalidOrderField = Optional.empty();
  private Map<String, Object> constants = Map.of();
  private Optional<Function<Map<String, Object>, Object>> view = Optional.empty();

  FormPage(
      Pages pages,
      String id,
      String title,
      List<FormField> fields,
      Function<RequestFields, JsonAnswer> contract,
      Function<Context, Map<String, String>> defaults) {
    this.pages = pages;
    this.id = id;
    this.title = title;
    this.fields = List.copyOf(fields);
    this.contract = contract;
    this.defaults = defaults;
  }

  /**
   * Shows an {@code INVALID_ORDER} alert of the answer also beside this field (the order the
   * checker could not read), so the form says where to correct it.
   */
  FormPage withInvalidOrderAt(String field) {
    this.invalidOrderField = Optional.of(field);
    return this;
  }

  /** Values every rendering of the page shows (e.g. a statement said before any answer). */
  FormPage withConstants(Map<String, Object> constants) {
    this.constants = Map.copyOf(constants);
    return this;
  }

  /** A view of the answer (e.g. a plan laid out as a calendar), in the model as {@code view}. */
  FormPage withView(Function<Map<String, Object>, Object> view) {
    this.view = Optional.of(view);
    return this;
  }

  /** The empty form, with its defaults. */
  void blank(Context ctx) {
    Map<String, Object> model = pages.model(ctx, id, title);
    model.putAll(constants);
    Pages.form(model, Submission.blank(fields, defaults.apply(ctx)));
    pages.write(ctx, id, model);
  }

  /**
   * A GET form: blank on the first visit (a jurisdiction alone only chooses the rules), answered
   * once any other field was given.
   */
  void get(Context ctx) {
    boolean submitted =
        fields.stream()
            .filter(f -> !f.name().equals("jurisdiction"))
            .anyMatch(f -> ctx.queryParam(f.name()) != null);
    if (!submitted) {
      blank(ctx);
      return;
    }
    answer(ctx, Submission.read(fields, ctx::queryParam), Map.of());
  }

  /**
   * Answers a submission: the answer under the form, or the form again with each message by its
   * field (status 400) when the input cannot be read or the contract refuses it.
   */
  void answer(Context ctx, Submission form, Map<String, String> more) {
    more.forEach(form::with);
    Optional<Map<String, Object>> answer = Optional.empty();
    if (form.valid()) {
      try {
        Map<String, Object> tree = Pages.tree(contract.apply(form.request()));
        invalidOrderField.ifPresent(field -> markInvalidOrder(form, tree, field));
        answer = Optional.of(tree);
      } catch (BadRequestException refusal) {
        form.refuse(refusal);
      }
    }
    Map<String, Object> model = pages.model(ctx, id, title);
    model.putAll(constants);
    Pages.form(model, form);
    model.put("query", Links.sameQuery(ctx));
    answer.ifPresent(tree -> model.put("answer", tree));
    answer.flatMap(tree -> view.map(v -> v.apply(tree))).ifPresent(v -> model.put("view", v));
    if (!form.valid()) {
      ctx.status(400);
    }
    pages.write(ctx, id, model);
  }

  private static void markInvalidOrder(Submission form, Map<String, Object> answer, String field) {
    JsonShapes.list(answer.get("alerts")).stream()
        .map(JsonShapes::object)
        .filter(alert -> "INVALID_ORDER".equals(alert.get("code")))
        .findFirst()
        .ifPresent(alert -> form.fieldError(field, JsonShapes.text(alert.get("message"))));
  }
}
