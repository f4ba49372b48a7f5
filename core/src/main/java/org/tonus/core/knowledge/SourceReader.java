package org.tonus.core.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/** Reads {@code sources.yaml}: one entry per document a fact may cite. */
final class SourceReader {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final List<String> KEYS =
      List.of("id", "kind", "file", "title", "publisher", "date", "urls", "reliability");

  private final BiConsumer<String, YamlNode> registerId;

  SourceReader(BiConsumer<String, YamlNode> registerId) {
    this.registerId = registerId;
  }

  List<Source> read(YamlNode root) {
    root.rejectUnknownKeys(List.of("sources"));
    List<Source> sources = new ArrayList<>();
    root.require("sources")
        .ifPresent(list -> list.items().forEach(item -> source(item).ifPresent(sources::add)));
    return sources;
  }

  private Optional<Source> source(YamlNode node) {
    node.rejectUnknownKeys(KEYS);
    int before = node.problemCount();
    Optional<String> id = node.requireText("id");
    id.ifPresent(
        value -> {
          if (!ID.matcher(value).matches()) {
            node.problem(
                "source id '" + value + "' must be lower-case letters, digits and hyphens");
          } else {
            registerId.accept(value, node.get("id").orElseThrow());
          }
        });
    Optional<SourceKind> kind = node.require("kind").flatMap(k -> choice(k, SourceKind.class));
    Optional<String> title = node.requireText("title");
    Optional<String> publisher = node.requireText("publisher");
    Optional<PartialDate> date = date(node);
    List<String> urls = node.list("urls");
    Optional<String> file = node.text("file");
    Optional<Reliability> reliability =
        node.require("reliability").flatMap(r -> choice(r, Reliability.class));
    if (kind.isPresent() && kind.get() == SourceKind.SEED && file.isEmpty()) {
      node.problem("a seed source needs 'file', the page's file name");
    }
    if (kind.isPresent() && kind.get() != SourceKind.SEED && urls.isEmpty()) {
      node.problem("source needs at least one entry in 'urls'");
    }
    if (node.problemCount() != before) {
      return Optional.empty();
    }
    return Optional.of(
        new Source(
            id.get(),
            kind.get(),
            title.get(),
            publisher.get(),
            date,
            urls,
            file,
            reliability.get()));
  }

  private static Optional<PartialDate> date(YamlNode node) {
    Optional<String> text = node.requireText("date");
    if (text.isEmpty() || text.get().equals("undated")) {
      return Optional.empty();
    }
    try {
      return Optional.of(PartialDate.parse(text.get()));
    } catch (IllegalArgumentException e) {
      node.get("date").orElseThrow().problem(e.getMessage() + " or 'undated'");
      return Optional.empty();
    }
  }

  private static <E extends Enum<E> & Coded> Optional<E> choice(YamlNode node, Class<E> type) {
    return node.scalar()
        .flatMap(
            text -> {
              Optional<E> value = Coded.fromCode(type, text);
              if (value.isEmpty()) {
                node.problem("'" + text + "' is not one of: " + Coded.codes(type));
              }
              return value;
            });
  }
}
