package org.tonus.app.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tree {@link JsonRequest} builds from the parser's tokens is the mapper's tree, node class for
 * node class and number scale for number scale, for every text it builds one for; every other text
 * goes to the mapper, which reads and refuses it as before.
 */
class QuickTreeTest {
  // the mapper as JsonRequest configures it
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  static Stream<String> texts() throws IOException, URISyntaxException {
    List<String> texts = new ArrayList<>();
    URL corpus =
        QuickTreeTest.class.getResource(
            "CheckRequestFuzzTestInputs/checkOnlyRefusesWithBadRequest");
    try (Stream<Path> files = Files.list(Path.of(corpus.toURI()))) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      }
    }
    texts.addAll(
        List.of(
            "{}",
            "{\"a\": null}",
            "{\"a\": 1, \"a\": 2}",
            "{\"a\": 1.80}",
            "{\"a\": 70.000000000000000000}",
            "{\"a\": 0.0}",
            "{\"a\": -0.0}",
            "{\"a\": 0e5}",
            "{\"a\": 1e5}",
            "{\"a\": 1E-16}",
            "{\"a\": 1e999999999}",
            "{\"a\": 1e-2147483649}",
            "{\"a\": 1e2147483647}",
            "{\"a\": -2147483648}",
            "{\"a\": 2147483648}",
            "{\"a\": 9223372036854775808}",
            "{\"a\": 123456789012345678901234567890}",
            "{\"a\": [1, 2.50, \"x\", true, false, null, [], {}]}",
            "{\"a\": {\"b\": {\"c\": [{\"d\": \"\\u00e9\\n\"}]}}}",
            "{\"a\": NaN}",
            "{\"a\": 1} {}",
            "{\"a\": 1} x",
            "{\"a\": 1",
            "{\"a\" 1}",
            "[1]",
            "\"text\"",
            "5",
            "null"));
    return texts.stream();
  }

  @ParameterizedTest
  @MethodSource("texts")
  void theQuickTreeIsTheMappersTree(String text) {
    JsonNode quick = JsonRequest.quickTree(text);
    if (quick != null) {
      JsonNode mapper;
      try {
        mapper = MAPPER.readValue(text, JsonNode.class);
      } catch (IOException | RuntimeException refused) {
        throw new AssertionError("the mapper refuses what the quick tree read: " + text, refused);
      }
      assertSame(quick, mapper, "");
    }
  }

  @Test
  void aPlainRequestTakesTheQuickPath() {
    assertThat(
            JsonRequest.quickTree(
                "{\"patient\": {\"ageYears\": 67, \"weightKg\": 70, \"serumCreatinineMgDl\": 1.8},"
                    + " \"order\": {\"sig\": \"baclofen 10 mg po tid\"}}"))
        .isNotNull();
    assertThat(JsonRequest.quickTree("{\"a\": 1, \"a\": 2}")).isNull();
    assertThat(JsonRequest.quickTree("{\"a\": 1} {}")).isNull();
  }

  private static void assertSame(JsonNode quick, JsonNode mapper, String at) {
    assertThat(quick.getClass()).as(at).isEqualTo(mapper.getClass());
    if (quick.isNumber()) {
      assertThat(quick.numberValue()).as(at).isEqualTo(mapper.numberValue());
      assertThat(quick.toString()).as(at).isEqualTo(mapper.toString());
    } else if (quick.isObject()) {
      assertThat(names(quick)).as(at).isEqualTo(names(mapper));
      for (Map.Entry<String, JsonNode> field : quick.properties()) {
        assertSame(field.getValue(), mapper.get(field.getKey()), at + "." + field.getKey());
      }
    } else if (quick.isArray()) {
      assertThat(quick.size()).as(at).isEqualTo(mapper.size());
      for (int i = 0; i < quick.size(); i++) {
        assertSame(quick.get(i), mapper.get(i), at + "[" + i + "]");
      }
    } else {
      assertThat(quick).as(at).isEqualTo(mapper);
    }
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
