package org.tonus.app;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tonus.app.output.OutputFormat;
import org.tonus.app.request.BadRequestException;
import org.tonus.app.request.JsonRequest;
import org.tonus.app.request.RequestFields;
import org.tonus.core.knowledge.Jurisdiction;
import picocli.CommandLine.Option;

/** The options every computing command shares: whose rules, a JSON request, the output format. */
final class RequestOptions {

  @Option(
      names = "--jurisdiction",
      description = "Whose labelling applies: US or UK (default US; a --json request may set it).")
  Optional<Jurisdiction> jurisdiction;

  @Option(
      names = "--json",
      paramLabel = "FILE|-",
      description = "Read the whole request as JSON from FILE, or from standard input for '-'.")
  Optional<String> json;

  @Option(
      names = "--format",
      defaultValue = "text",
      description =
          "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); see each command.")
  OutputFormat format;

  /** The JSON request, when one was given. */
  Optional<RequestFields> request() {
    return json.map(source -> JsonRequest.read(source, System.in));
  }

  /** The flag wins over the request; US when neither says. */
  Jurisdiction jurisdiction(Optional<RequestFields> request) {
    return jurisdiction
        .or(() -> request.flatMap(r -> r.choice("jurisdiction", Jurisdiction.class)))
        .orElse(Jurisdiction.US);
  }

  OutputFormat format(OutputFormat... supported) {
    Set<OutputFormat> allowed = EnumSet.of(supported[0], supported);
    if (!allowed.contains(format)) {
      throw new BadRequestException(
          "--format "
              + format.name().toLowerCase(Locale.ROOT)
              + " is not available here; use "
              + allowed.stream()
                  .map(f -> f.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(" or ")));
    }
    return format;
  }
}
