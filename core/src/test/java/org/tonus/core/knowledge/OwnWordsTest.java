package org.tonus.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Facts are restated, never pasted: no eight words in a row of the knowledge pack may match a seed
 * page or the research notes that quote the labels. Citations are exempt because they must be given
 * as written: a seed page's title in sources.yaml, web addresses, and lists of source ids.
 */
class OwnWordsTest {
  private static final int WINDOW = 8;
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
  private static final Pattern CITATION =
      Pattern.compile("https?://\\S+|sources:\\s*\\[[^\\]]*\\]");
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
  private static final Path SHARED = REPOSITORY.resolve("../shared").normalize();

  @Test
  void noRunOfEightWordsIsCopiedFromASeedOrALabelQuote() throws IOException {
    assumeTrue(
        Files.isDirectory(SHARED.resolve("seeds")),
        "the seed pages are not beside this checkout (" + SHARED + "); nothing to compare");
    Map<String, String> quoted = new HashMap<>();
    for (Path page : files(SHARED.resolve("seeds"), SHARED.resolve("research"))) {
      for (String window : windows(Files.readString(page, StandardCharsets.UTF_8))) {
        quoted.putIfAbsent(window, page.getFileName().toString());
      }
    }
    List<String> copies = new ArrayList<>();
    for (Path file : files(REPOSITORY.resolve("knowledge"))) {
      String text =
          CITATION
              .matcher(withoutSeedTitles(file, Files.readString(file, StandardCharsets.UTF_8)))
              .replaceAll(" ");
      for (String window : windows(text)) {
        if (quoted.containsKey(window)) {
          copies.add(
              REPOSITORY.relativize(file)
                  + ": \""
                  + window
                  + "\" (from "
                  + quoted.get(window)
                  + ")");
        }
      }
    }
    assertThat(copies).isEmpty();
  }

  private static List<Path> files(Path... directories) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path directory : directories) {
      try (Stream<Path> walk = Files.walk(directory)) {
        walk.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    return files;
  }

  private static String withoutSeedTitles(Path file, String text) throws IOException {
    if (!file.getFileName().toString().equals("sources.yaml")) {
      return text;
    }
    String kept = text;
    for (JsonNode source : new YAMLMapper().readTree(text).path("sources")) {
      if (source.path("kind").asText().equals("seed")) {
        kept = kept.replace(source.path("title").asText(), "");
      }
    }
    return kept;
  }

  private static List<String> windows(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      words.add(matcher.group());
    }
    List<String> windows = new ArrayList<>();
    for (int i = 0; i + WINDOW <= words.size(); i++) {
      windows.add(String.join(" ", words.subList(i, i + WINDOW)));
    }
    return windows;
  }
}
