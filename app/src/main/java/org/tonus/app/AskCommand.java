package org.tonus.app;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tonus.app.output.OutputFormat;
import org.tonus.app.request.BadRequestException;
import org.tonus.app.request.RequestFields;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.knowledge.Source;
import org.tonus.core.monograph.Monograph;
import org.tonus.search.Answer;
import org.tonus.search.AskResult;
import org.tonus.search.Asker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tonus ask}: a plain-language question answered from the monograph, with its sources. */
@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    description = {
      "Ask a question in plain words, e.g. \"can I drink alcohol on baclofen?\".",
      "Answers come from the monograph with their sources; when the monograph does not answer",
      "clearly, Tonus says so and does not guess. Formats: text, json."
    })
final class AskCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin RequestOptions options;

  @Parameters(
      arity = "0..1",
      paramLabel = "QUESTION",
      description = "The question, in quotes (or give {\"q\": \"...\"} with --json).")
  Optional<String> question;

  @Override
  public Integer call() {
    OutputFormat format = options.format(OutputFormat.TEXT, OutputFormat.JSON);
    Optional<RequestFields> json = options.request();
    if (json.isPresent() && question.isPresent()) {
      throw new BadRequestException(
          "give the question either as the argument or as q in --json, not both");
    }
    Jurisdiction jurisdiction = options.jurisdiction(json);
    String q =
        json.map(AskCommand::fromJson)
            .orElseGet(
                () ->
                    question.orElseThrow(
                        () ->
                            new BadRequestException(
                                "the question is missing: tonus ask \"can I drink alcohol on"
                                    + " baclofen?\" (or --json with {\"q\": \"...\"})")));
    Knowledge knowledge = KnowledgeLoader.loadBundled();
    AskResult result = ask(new Asker(knowledge), q, jurisdiction);
    spec.commandLine()
        .getOut()
        .print(format == OutputFormat.JSON ? Answers.json(result) : text(q, result, knowledge));
    spec.commandLine().getOut().flush();
    return Answers.OK;
  }

  /** The question of the {@code ask} contract of DESIGN.md read from a JSON request. */
  static String fromJson(RequestFields request) {
    request.allowOnly("q", "jurisdiction");
    return request.requiredText("q");
  }

  /** Asks; a blank or too long question is a bad request with the asker's own message. */
  static AskResult ask(Asker asker, String question, Jurisdiction jurisdiction) {
    try {
      return asker.ask(question, jurisdiction);
    } catch (IllegalArgumentException refused) {
      throw new BadRequestException(refused.getMessage());
    }
  }

  static String text(String question, AskResult result, Knowledge knowledge) {
    StringBuilder out =
        new StringBuilder("Your question: ").append(question.strip()).append("\n\n");
    int number = 1;
    for (Answer answer : result.answers()) {
      out.append(number++).append(". ").append(answer.sectionTitle()).append('\n');
      out.append("   ").append(answer.text()).append('\n');
      out.append("   Sources: ").append(sourceTitles(answer, knowledge)).append("\n\n");
    }
    out.append(result.message()).append("\n\n").append(Monograph.DISCLAIMER).append('\n');
    return out.toString();
  }

  /** Each source by its title (and id, since several seed pages have no title of their own). */
  private static String sourceTitles(Answer answer, Knowledge knowledge) {
    Set<String> titles = new LinkedHashSet<>();
    for (String id : answer.sources()) {
      titles.add(knowledge.source(id).map(Source::title).map(t -> t + " [" + id + "]").orElse(id));
    }
    return String.join("; ", titles);
  }
}
