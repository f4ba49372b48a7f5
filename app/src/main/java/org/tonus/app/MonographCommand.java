package org.tonus.app;

import java.nio.file.Path;
import java.util.Optional;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.Knowledge;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.core.monograph.Monograph;
import org.tonus.core.monograph.MonographFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tonus monograph}: the whole baclofen monograph with a citation after every statement. */
@Command(
    name = "monograph",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the baclofen monograph with the sources of every statement.",
      "Sections come first, then every disagreement between sources, then the sources."
    })
final class MonographCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--jurisdiction",
      defaultValue = "US",
      description =
          "Whose labelling to show: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Jurisdiction jurisdiction;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: text, markdown or html (default: ${DEFAULT-VALUE}).")
  MonographFormat format;

  @Option(
      names = "--knowledge",
      paramLabel = "DIR",
      description = "Read the knowledge pack from DIR instead of the one built in (for reviewers).")
  Optional<Path> knowledgeDirectory;

  @Override
  public void run() {
    Knowledge knowledge =
        knowledgeDirectory.map(KnowledgeLoader::load).orElseGet(KnowledgeLoader::loadBundled);
    spec.commandLine().getOut().print(format.write(Monograph.of(knowledge, jurisdiction)));
    spec.commandLine().getOut().flush();
  }
}
