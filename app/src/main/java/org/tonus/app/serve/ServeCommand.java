package org.tonus.app.serve;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tonus.app.JsonContracts;
import org.tonus.app.request.BadRequestException;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.core.knowledge.KnowledgeLoader;
import org.tonus.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tonus serve}: the HTTP service (REST, CDS Hooks, API docs) until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the REST API, CDS Hooks and the API docs over HTTP until stopped (Ctrl-C, SIGTERM).",
      "Prints where it listens. Access log: one JSON line per request on standard error.",
      "CDS Hooks calls need a JWT from a client given with --cds-client."
    })
public final class ServeCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on.")
  String host;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port to listen on (0: any free port).")
  int port;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "data",
      description =
          "Directory for the embedded database (tonus.mv.db, unless --db-url) and CDS feedback"
              + " (cds-feedback.ndjson); default ./data.")
  Path data;

  @Mixin DatabaseOptions database;

  @Option(
      names = "--cds-client",
      paramLabel = "ISSUER=JWKS",
      description =
          "A trusted CDS client: its JWT issuer and its JWK Set (URL or file); repeatable.")
  List<String> cdsClients = new ArrayList<>();

  @Option(
      names = "--cds-clients",
      paramLabel = "FILE",
      description =
          "A YAML list of trusted CDS clients, each with an issuer and a jwks (URL, or a file"
              + " beside this one).")
  Optional<Path> cdsClientsFile;

  @Option(
      names = "--fhir-read-timeout",
      paramLabel = "DURATION",
      defaultValue = "10s",
      converter = DurationOption.class,
      description = "How long one read from an EHR's FHIR server may take (default 10s).")
  Duration fhirReadTimeout;

  @Option(
      names = "--cds-fetch-budget",
      paramLabel = "DURATION",
      defaultValue = "15s",
      converter = DurationOption.class,
      description =
          "How long all the FHIR reads of one CDS Hooks call may take together (default 15s).")
  Duration cdsFetchBudget;

  @Option(
      names = "--public-url",
      paramLabel = "URL",
      description =
          "The URL clients reach this server by, when behind a proxy (the JWT audience base).")
  Optional<URI> publicUrl;

  @Option(
      names = "--cds-jurisdiction",
      paramLabel = "US|UK",
      defaultValue = "US",
      description = "Whose rules the CDS hooks apply (default US).")
  Jurisdiction cdsJurisdiction;

  @Option(
      names = "--cds-insecure-dev",
      description = "DEVELOPMENT ONLY: accept CDS Hooks calls without verifying their JWT.")
  boolean insecureDevelopment;

  @Override
  public Integer call() throws InterruptedException {
    TonusServer.Builder builder =
        TonusServer.builder(new JsonContracts(KnowledgeLoader.loadBundled()))
            .host(host)
            .port(port)
            .dataDirectory(data)
            .cdsJurisdiction(cdsJurisdiction)
            .fhirFetchTimeout(fhirReadTimeout)
            .cdsFetchBudget(cdsFetchBudget)
            .insecureCdsDevelopment(insecureDevelopment);
    List<TrustedClient> trusted = new ArrayList<>();
    try {
      for (String client : cdsClients) {
        trusted.add(TrustedClient.parse(client));
      }
      cdsClientsFile.ifPresent(file -> trusted.addAll(TrustedClientsFile.read(file)));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
    trusted.forEach(builder::trustedClient);
    publicUrl.ifPresent(builder::publicBaseUrl);
    Store store = database.open(data);
    builder.store(store);
    TonusServer server;
    try {
      server = builder.build();
    } catch (IllegalArgumentException e) {
      store.close();
      throw new BadRequestException(e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    if (insecureDevelopment) {
      err.println(
          "!!! WARNING: --cds-insecure-dev: CDS Hooks calls are accepted WITHOUT verifying");
      err.println("!!! their JWT. Anyone who reaches this port can call the hooks. Never use this");
      err.println("!!! outside development.");
      err.flush();
    } else if (trusted.isEmpty()) {
      err.println(
          "tonus serve: no CDS client is trusted (--cds-client, --cds-clients), so every CDS Hooks"
              + " call is refused (401).");
      err.flush();
    }
    server.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  store.close();
                  err.println("Tonus stopped.");
                  err.flush();
                  stopped.countDown();
                },
                "tonus-shutdown"));
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "Tonus listening on " + server.baseUri() + " (API docs: " + server.baseUri() + "/docs)");
    out.flush();
    stopped.await();
    return 0;
  }
}
