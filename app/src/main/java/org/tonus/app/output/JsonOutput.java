package org.tonus.app.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.tonus.core.alert.Severity;
import org.tonus.core.quantity.Quantity;

/**
 * Writes responses as JSON: dates as ISO text, exact decimals without exponents, absent values left
 * out, quantities as text with their unit ("15 mg") and severities as the contract's words.
 */
public final class JsonOutput {
  private final ObjectMapper mapper;

  public JsonOutput() {
    SimpleModule tonus = new SimpleModule("tonus");
    tonus.addSerializer(Quantity.class, ToStringSerializer.instance);
    tonus.addSerializer(
        Severity.class,
        new StdSerializer<Severity>(Severity.class) {
          private static final long serialVersionUID = 1L;

          @Override
          public void serialize(
              Severity value, JsonGenerator generator, SerializerProvider provider)
              throws IOException {
            generator.writeString(value.word());
          }
        });
    this.mapper =
        new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .registerModule(tonus)
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_ABSENT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT);
  }

  /** The response's fields with one more text field added at the end (e.g. the disclaimer). */
  public String writeWith(Object response, String field, String value) {
    ObjectNode tree = mapper.valueToTree(response);
    tree.put(field, value);
    return write(tree);
  }

  public String write(Object response) {
    try {
      return mapper.writeValueAsString(response) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("response cannot be written as JSON", e);
    }
  }
}
