package org.tonus.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A broken pack must not load, and must say exactly where and why. Each case in {@code
 * packs/broken-packs.yaml} breaks the minimal pack in one way.
 */
class BrokenPackTest {

  record BrokenCase(String name, String file, String replace, String with, String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  @TempDir Path pack;

  static Stream<BrokenCase> cases() throws IOException {
    try (InputStream in = BrokenPackTest.class.getResourceAsStream("/packs/broken-packs.yaml")) {
      return new YAMLMapper().readValue(in, new TypeReference<List<BrokenCase>>() {}).stream();
    }
  }

  @Test
  void theMinimalPackLoads() throws IOException {
    MinimalPack.copyTo(pack);

    Knowledge knowledge = KnowledgeLoader.load(pack);

    assertThat(knowledge.facts())
        .extracting(Fact::id)
        .containsExactly("TEST-START", "TEST-INDICATION", "TEST-MAX");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aBrokenPackFailsWithAnExactMessage(BrokenCase broken) throws IOException {
    MinimalPack.copyTo(pack);
    Path file = pack.resolve(broken.file());
    String original = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(original.split(java.util.regex.Pattern.quote(broken.replace()), -1))
        .as("the text to replace occurs exactly once in %s", broken.file())
        .hasSize(2);
    Files.writeString(
        file, original.replace(broken.replace(), broken.with()), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> KnowledgeLoader.load(pack))
        .isInstanceOfSatisfying(
            KnowledgeException.class,
            e -> assertThat(e.problems()).containsExactly(broken.expected()));
  }
}
