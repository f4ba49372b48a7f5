package org.tonus.app.serve;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A real FHIR R4 server for the hook tests to fetch from: HAPI's RestfulServer with in-memory
 * providers (Patient read; Condition, MedicationRequest, MedicationStatement, AllergyIntolerance
 * and Observation searched by patient and, for observations, by code; status, sort and count are
 * accepted), in an embedded Jetty 12 on an ephemeral port of 127.0.0.1. It records every request
 * with its Authorization header.
 */
final class InMemoryFhirServer implements AutoCloseable {
  /** One request as received: "GET /fhir/Condition?patient=p1..." and its Authorization. */
  record Received(String request, Optional<String> authorization) {}

  private final List<Resource> resources = new CopyOnWriteArrayList<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Server jetty;

  InMemoryFhirServer(FhirContext fhir) {
    RestfulServer restful = new RestfulServer(fhir);
    restful.setResourceProviders(
        new PatientProvider(),
        new SearchProvider<>(Condition.class),
        new SearchProvider<>(MedicationRequest.class),
        new SearchProvider<>(MedicationStatement.class),
        new SearchProvider<>(AllergyIntolerance.class),
        new SearchProvider<>(Observation.class));
    jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    Filter recorder =
        (request, response, chain) -> {
          HttpServletRequest http = (HttpServletRequest) request;
          String query = http.getQueryString() == null ? "" : "?" + http.getQueryString();
          received.add(
              new Received(
                  http.getMethod() + " " + http.getRequestURI() + query,
                  Optional.ofNullable(http.getHeader("Authorization"))));
          chain.doFilter(request, response);
        };
    context.addFilter(recorder, "/*", EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(new ServletHolder(restful), "/fhir/*");
    jetty.setHandler(context);
    try {
      jetty.start();
    } catch (Exception e) {
      throw new IllegalStateException("the test FHIR server did not start", e);
    }
  }

  /** The FHIR base URL, e.g. {@code http://127.0.0.1:41234/fhir}. */
  URI base() {
    return URI.create("http://127.0.0.1:" + jetty.getURI().getPort() + "/fhir");
  }

  InMemoryFhirServer add(Resource... more) {
    resources.addAll(List.of(more));
    return this;
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    try {
      jetty.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the test FHIR server did not stop", e);
    }
  }

  private <T extends Resource> List<T> of(Class<T> type) {
    return resources.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Reads a Patient by id. */
  public final class PatientProvider implements IResourceProvider {
    @Override
    public Class<? extends IBaseResource> getResourceType() {
      return Patient.class;
    }

    @Read
    public Patient read(@IdParam IdType id) {
      return of(Patient.class).stream()
          .filter(p -> p.getIdElement().getIdPart().equals(id.getIdPart()))
          .findFirst()
          .orElseThrow(() -> new ResourceNotFoundException(id));
    }
  }

  /** Searches one resource type by patient (and code, for observations). */
  public final class SearchProvider<T extends Resource> implements IResourceProvider {
    private final Class<T> type;

    SearchProvider(Class<T> type) {
      this.type = type;
    }

    @Override
    public Class<? extends IBaseResource> getResourceType() {
      return type;
    }

    @Search
    public List<IBaseResource> search(
        @RequiredParam(name = "patient") ReferenceParam patient,
        @OptionalParam(name = "code") TokenParam code,
        @OptionalParam(name = "status") TokenParam status,
        @OptionalParam(name = "clinical-status") TokenParam clinicalStatus,
        @Sort SortSpec sort,
        @Count Integer count) {
      List<IBaseResource> found = new ArrayList<>();
      for (T resource : of(type)) {
        if (subject(resource)
                .map(r -> r.getReferenceElement().getIdPart())
                .filter(id -> id.equals(patient.getIdPart()))
                .isPresent()
            && (code == null || hasCode(resource, code))) {
          found.add(resource);
        }
      }
      return count == null ? found : found.subList(0, Math.min(count, found.size()));
    }

    private Optional<Reference> subject(T resource) {
      if (resource instanceof Condition c) {
        return Optional.of(c.getSubject());
      }
      if (resource instanceof MedicationRequest m) {
        return Optional.of(m.getSubject());
      }
      if (resource instanceof MedicationStatement m) {
        return Optional.of(m.getSubject());
      }
      if (resource instanceof AllergyIntolerance a) {
        return Optional.of(a.getPatient());
      }
      if (resource instanceof Observation o) {
        return Optional.of(o.getSubject());
      }
      return Optional.empty();
    }

    private boolean hasCode(T resource, TokenParam code) {
      return resource instanceof Observation o
          && o.getCode().getCoding().stream()
              .anyMatch(
                  c ->
                      c.getCode().equals(code.getValue())
                          && (code.getSystem() == null || code.getSystem().equals(c.getSystem())));
    }
  }
}
