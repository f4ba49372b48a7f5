package org.tonus.app.serve;

import ca.uhn.fhir.context.FhirContext;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.tonus.app.JsonContracts;
import org.tonus.app.diary.CalendarFeed;
import org.tonus.app.diary.PatientExport;
import org.tonus.app.request.BadRequestException;
import org.tonus.app.web.WebPages;
import org.tonus.core.knowledge.Jurisdiction;
import org.tonus.fhir.cds.CdsOrderService;
import org.tonus.fhir.cds.FhirFetcher;
import org.tonus.fhir.cds.HttpFhirFetcher;
import org.tonus.store.Store;

/**
 * The Tonus HTTP service: the REST API, CDS Hooks, the API documentation and the web pages on one
 * embedded Jetty (Javalin). Built once with {@link #builder}, started with {@link #start}, stopped
 * gracefully with {@link #stop}: new connections are refused at once and requests in flight may
 * finish within the stop timeout. Every error is problem+json; every request is one line of the
 * access log.
 */
public final class TonusServer {
  private final Javalin app;
  private final String host;
  // the store the server opened itself (none given to the builder), closed when it stops
  private final Optional<Store> ownStore;
  private final WebPages pages;

  private TonusServer(Javalin app, String host, Optional<Store> ownStore, WebPages pages) {
    this.app = app;
    this.host = host;
    this.ownStore = ownStore;
    this.pages = pages;
  }

  public static Builder builder(JsonContracts contracts) {
    return new Builder(contracts);
  }

  /** Binds the port and serves; returns once the server is listening. */
  public TonusServer start() {
    app.start();
    return this;
  }

  /** The port listened on (the real one when port 0 asked for any free port). */
  public int port() {
    return app.port();
  }

  /** Where the server is reached, e.g. {@code http://127.0.0.1:8080}. */
  public URI baseUri() {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + shown + ":" + port());
  }

  /** Stops accepting, lets requests in flight finish (up to the stop timeout), then stops. */
  public void stop() {
    app.stop();
    ownStore.ifPresent(Store::close);
  }

  /**
   * The routes of the HTTP API (REST, CDS Hooks and their documentation), as "METHOD path-template"
   * (e.g. "POST /cds-services/{id}"); the web pages are {@link #pageRoutes}.
   */
  public List<String> routes() {
    List<String> pageRoutes = pages.routes();
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(entry -> entry.endpoint.method.name() + " " + entry.endpoint.path)
        .filter(route -> !pageRoutes.contains(route))
        .toList();
  }

  /** The routes of the web pages and their assets, as "METHOD path-template". */
  public List<String> pageRoutes() {
    return pages.routes();
  }

  /** The parts of a server; every one but the contracts has a default fit for {@code serve}. */
  public static final class Builder {
    private final JsonContracts contracts;
    private final Map<String, CheckIntake> checkIntakes = new LinkedHashMap<>();
    private final List<TrustedClient> trustedClients = new ArrayList<>();
    private String host = "127.0.0.1";
    private int port = 8080;
    private Path dataDirectory = Path.of("data");
    private Optional<URI> publicBaseUrl = Optional.empty();
    private CdsServices cdsServices = CdsServices.tonus();
    private Optional<CdsHookHandler> cdsHookHandler = Optional.empty();
    private Optional<FhirContext> fhirContext = Optional.empty();
    private Optional<FhirFetcher> fhirFetcher = Optional.empty();
    private Duration fhirFetchTimeout = Duration.ofSeconds(10);
    private Duration cdsFetchBudget = Duration.ofSeconds(15);
    private Jurisdiction cdsJurisdiction = Jurisdiction.US;
    private boolean insecureCdsDevelopment;
    private PrintStream accessLog = System.err;
    private PrintStream errorLog = System.err;
    private Clock clock = Clock.systemDefaultZone();
    private Duration idleTimeout = Duration.ofSeconds(30);
    private Duration stopTimeout = Duration.ofSeconds(10);
    private Optional<Store> store = Optional.empty();
    private LoginThrottle.Limits loginLimits = LoginThrottle.Limits.DEFAULT;

    private Builder(JsonContracts contracts) {
      this.contracts = Objects.requireNonNull(contracts, "contracts");
      checkIntakes.put("application/json", new JsonCheckIntake());
    }

    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** 0 asks for any free port (tests). */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
      }
      this.port = port;
      return this;
    }

    /** Where CDS feedback is written ({@code cds-feedback.ndjson}); default {@code ./data}. */
    public Builder dataDirectory(Path dataDirectory) {
      this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
      return this;
    }

    /**
     * The URL clients use to reach this server when it differs from the Host they send (behind a
     * proxy); a CDS client's JWT must name {@code <this>/cds-services/<id>} as its audience.
     */
    public Builder publicBaseUrl(URI publicBaseUrl) {
      this.publicBaseUrl = Optional.of(publicBaseUrl);
      return this;
    }

    /** Reads {@code POST /api/check} bodies of this media type (e.g. application/fhir+json). */
    public Builder checkIntake(String mediaType, CheckIntake intake) {
      checkIntakes.put(mediaType.toLowerCase(java.util.Locale.ROOT), intake);
      return this;
    }

    public Builder cdsServices(CdsServices services) {
      this.cdsServices = Objects.requireNonNull(services, "services");
      return this;
    }

    /**
     * Answers the hook calls in place of module fhir's order service (the default, see {@link
     * #fhirContext}).
     */
    public Builder cdsHookHandler(CdsHookHandler handler) {
      this.cdsHookHandler = Optional.of(handler);
      return this;
    }

    /**
     * The process's one FhirContext (expensive to build); default {@link
     * FhirContext#forR4Cached()}. It parses FHIR requests and writes FHIR answers, and the default
     * hook handler (module fhir's {@link CdsOrderService}) uses it.
     */
    public Builder fhirContext(FhirContext context) {
      this.fhirContext = Optional.of(context);
      return this;
    }

    /**
     * How the default hook handler reads what a client did not prefetch; default HTTP ({@link
     * HttpFhirFetcher}) with the client's bearer token and the fetch timeout.
     */
    public Builder fhirFetcher(FhirFetcher fetcher) {
      this.fhirFetcher = Optional.of(fetcher);
      return this;
    }

    /** How long the default fetcher waits for one FHIR read; default 10 s. */
    public Builder fhirFetchTimeout(Duration timeout) {
      this.fhirFetchTimeout = positive(timeout, "fhirFetchTimeout");
      return this;
    }

    /**
     * How long all the FHIR reads of one hook call may take together; default 15 s. Past it the
     * call is answered 412 rather than left waiting on a slow FHIR server.
     */
    public Builder cdsFetchBudget(Duration budget) {
      this.cdsFetchBudget = positive(budget, "cdsFetchBudget");
      return this;
    }

    /** The jurisdiction whose rules the CDS hooks apply; default US. */
    public Builder cdsJurisdiction(Jurisdiction jurisdiction) {
      this.cdsJurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
      return this;
    }

    public Builder trustedClient(TrustedClient client) {
      trustedClients.add(client);
      return this;
    }

    /** Development only: CDS calls are accepted without verifying any token. */
    public Builder insecureCdsDevelopment(boolean insecure) {
      this.insecureCdsDevelopment = insecure;
      return this;
    }

    /** Where the JSON access log lines go (default standard error). */
    public Builder accessLog(PrintStream accessLog) {
      this.accessLog = Objects.requireNonNull(accessLog, "accessLog");
      return this;
    }

    /** Where unexpected exceptions are logged with their request id (default standard error). */
    public Builder errorLog(PrintStream errorLog) {
      this.errorLog = Objects.requireNonNull(errorLog, "errorLog");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** A connection idle this long (a client that stops sending) is closed. */
    public Builder idleTimeout(Duration idleTimeout) {
      this.idleTimeout = idleTimeout;
      return this;
    }

    /** How long {@link TonusServer#stop} waits for requests in flight. */
    public Builder stopTimeout(Duration stopTimeout) {
      this.stopTimeout = stopTimeout;
      return this;
    }

    private static Duration positive(Duration duration, String name) {
      Objects.requireNonNull(duration, name);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be longer than zero, not " + duration);
      }
      return duration;
    }

    /**
     * The diary's database (accounts, grants, patient data, audit trail); the caller closes it
     * after {@link TonusServer#stop}. Default: embedded H2 {@code tonus} in the data directory,
     * opened by the server and closed when it stops.
     */
    public Builder store(Store store) {
      this.store = Optional.of(store);
      return this;
    }

    /**
     * Login attempts allowed per client address and per username in each window; default 20 and 10
     * a minute.
     */
    public Builder loginLimits(int perAddress, int perUsername, Duration window) {
      this.loginLimits = new LoginThrottle.Limits(perAddress, perUsername, window);
      return this;
    }

    public TonusServer build() {
      String version = ServerInfo.version();
      FhirContext fhir = fhirContext.orElseGet(FhirContext::forR4Cached);
      AtomicReference<TonusServer> self = new AtomicReference<>();
      CdsHookHandler hooks =
          cdsHookHandler.orElseGet(
              () ->
                  new CdsOrderHooks(
                      fhir,
                      contracts.knowledge(),
                      contracts.checker(),
                      cdsJurisdiction,
                      clock,
                      fhirFetcher.orElseGet(() -> new HttpFhirFetcher(fhir, fhirFetchTimeout)),
                      cdsFetchBudget,
                      // the port is known only once the server listens, so asked for on use
                      () -> publicBaseUrl.orElseGet(() -> self.get().baseUri())));
      FhirApi fhirApi = new FhirApi(fhir, contracts);
      Problems problems = new Problems(errorLog, fhirApi);
      AccessLog access = new AccessLog(accessLog, clock);
      Map<String, CheckIntake> intakes = new LinkedHashMap<>(checkIntakes);
      // a FHIR Bundle; RestRoutes reads the jurisdiction from ?jurisdiction= (US by default)
      intakes.putIfAbsent(FhirApi.MEDIA_TYPE, (body, today) -> fhirApi.intakeUs(body, today));
      RestRoutes rest = new RestRoutes(contracts, intakes, clock, version, fhirApi);
      CdsRoutes cds =
          new CdsRoutes(
              cdsServices,
              hooks,
              new CdsAuthenticator(trustedClients, insecureCdsDevelopment, clock),
              new CdsFeedbackLog(dataDirectory),
              publicBaseUrl,
              clock);
      OpenApiRoutes documentation = new OpenApiRoutes(version);
      Optional<Store> ownStore =
          store.isPresent() ? Optional.empty() : Optional.of(Store.openH2(dataDirectory));
      Store diary = store.or(() -> ownStore).orElseThrow();
      PatientAccess gate = new PatientAccess(diary, clock);
      boolean secureCookie =
          publicBaseUrl.map(url -> "https".equalsIgnoreCase(url.getScheme())).orElse(false);
      // one throttle for /api/login and the sign-in page, so neither is a way around the other
      LoginThrottle throttle = new LoginThrottle(loginLimits, clock);
      AccountRoutes accounts = new AccountRoutes(diary, gate, throttle, secureCookie, clock);
      CareRoutes care = new CareRoutes(diary, gate);
      PatientRoutes patients = new PatientRoutes(diary, gate, contracts);
      AuditRoutes audit = new AuditRoutes(diary, gate);
      SupplyRoutes supplies = new SupplyRoutes(diary, gate, contracts);
      PatientRecordRoutes records =
          new PatientRecordRoutes(
              diary,
              gate,
              new CalendarFeed(diary, contracts.knowledge()),
              new PatientExport(diary, contracts.knowledge()),
              () -> publicBaseUrl.orElseGet(() -> self.get().baseUri()));
      WebPages web =
          WebPages.create(
              contracts,
              clock,
              diary,
              new WebSignIn(diary, gate, throttle, secureCookie, clock),
              () -> publicBaseUrl.orElseGet(() -> self.get().baseUri()));
      Javalin app =
          Javalin.create(
              config -> {
                config.startup.showJavalinBanner = false;
                config.startup.showOldJavalinVersionWarning = false;
                config.startup.startupWatcherEnabled = false;
                config.http.maxRequestSize = RequestBodies.MAX_BYTES;
                config.http.prefer405over404 = true;
                config.jetty.addConnector(
                    (server, httpConfiguration) -> {
                      ServerConnector connector =
                          new ServerConnector(server, new HttpConnectionFactory(httpConfiguration));
                      connector.setHost(host);
                      connector.setPort(port);
                      connector.setIdleTimeout(idleTimeout.toMillis());
                      return connector;
                    });
                config.jetty.modifyServer(
                    server -> {
                      server.setStopTimeout(stopTimeout.toMillis());
                      server.insertHandler(new GracefulHandler());
                      server.setErrorHandler(new JettyProblems());
                    });
                config.requestLogger.http(access::log);
                config.routes.before(
                    ctx -> {
                      RequestIds.assign(ctx);
                      SignedIn.offer(
                          ctx, token -> diary.sessions().authenticate(token, clock.instant()));
                      ctx.header("Cache-Control", "no-store");
                      ctx.header("X-Content-Type-Options", "nosniff");
                    });
                rest.register(config.routes);
                accounts.register(config.routes);
                care.register(config.routes);
                patients.register(config.routes);
                audit.register(config.routes);
                supplies.register(config.routes);
                records.register(config.routes);
                cds.register(config.routes);
                documentation.register(config.routes);
                web.register(config.routes);
                config.routes.exception(BadRequestException.class, problems::badRequest);
                config.routes.exception(ProblemException.class, problems::problem);
                config.routes.exception(HttpResponseException.class, problems::http);
                config.routes.exception(Exception.class, problems::unexpected);
              });
      TonusServer server = new TonusServer(app, host, ownStore, web);
      self.set(server);
      return server;
    }
  }
}
