package org.tonus.fhir.cds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.tonus.fhir.FhirInputException;

/**
 * JSON for the CDS Hooks records: one configured mapper (Optional-aware, unknown fields ignored as
 * the specification asks of services), reading a request and writing a response or discovery.
 */
public final class CdsJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private CdsJson() {}

  /** The mapper, for an HTTP layer that binds these records itself. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A hook request from JSON; malformed or incomplete JSON is a {@link FhirInputException}. */
  public static CdsHookRequest readRequest(String json) {
    try {
      CdsHookRequest request = MAPPER.readValue(json, CdsHookRequest.class);
      if (request == null) {
        throw new FhirInputException("the CDS Hooks request is empty (JSON null)");
      }
      return request;
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause() instanceof IllegalArgumentException bad ? bad : e;
      throw new FhirInputException(
          "the CDS Hooks request is not valid: "
              + cause.getMessage().lines().findFirst().orElse(""),
          e);
    }
  }

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a CDS Hooks record did not serialise", e);
    }
  }
}
