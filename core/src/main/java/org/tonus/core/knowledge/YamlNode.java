package org.tonus.core.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A node of a pack file that knows where it is ({@code dosing[2].max}), so every problem can name
 * its file and path. Reading methods report what is missing or malformed and return empty.
 */
final class YamlNode {
  private final String file;
  private final String path;
  private final JsonNode node;
  private final Problems problems;

  YamlNode(String file, String path, JsonNode node, Problems problems) {
    this.file = file;
    this.path = path;
    this.node = node;
    this.problems = problems;
  }

  /** "knowledge/baclofen/dosing.yaml: dosing[2]", the prefix of every problem at this node. */
  String location() {
    return path.isEmpty() ? file : file + ": " + path;
  }

  String path() {
    return path;
  }

  void problem(String message) {
    problems.add(location(), message);
  }

  int problemCount() {
    return problems.count();
  }

  boolean isMap() {
    return node.isObject();
  }

  Optional<YamlNode> get(String key) {
    JsonNode child = node.get(key);
    if (child == null || child.isNull()) {
      return Optional.empty();
    }
    return Optional.of(
        new YamlNode(file, path.isEmpty() ? key : path + "." + key, child, problems));
  }

  /** The child at {@code key}, or empty after reporting it missing. */
  Optional<YamlNode> require(String key) {
    Optional<YamlNode> child = get(key);
    if (child.isEmpty()) {
      problem("missing '" + key + "'");
    }
    return child;
  }

  /** The items of a list, each with its index in the path; reports a non-list. */
  List<YamlNode> items() {
    if (!node.isArray()) {
      problem("expected a list");
      return List.of();
    }
    List<YamlNode> items = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      items.add(new YamlNode(file, path + "[" + i + "]", node.get(i), problems));
    }
    return items;
  }

  /** A scalar as text; reports a list, a map or blank text. */
  Optional<String> scalar() {
    if (!node.isValueNode() || node.asText().isBlank()) {
      problem("expected a value, not " + describe());
      return Optional.empty();
    }
    return Optional.of(node.asText().trim());
  }

  /** The scalars of a list; reports anything that is not a list of values. */
  List<String> scalars() {
    List<String> values = new ArrayList<>();
    for (YamlNode item : items()) {
      item.scalar().ifPresent(values::add);
    }
    return values;
  }

  Optional<String> text(String key) {
    return get(key).flatMap(YamlNode::scalar);
  }

  Optional<String> requireText(String key) {
    return require(key).flatMap(YamlNode::scalar);
  }

  List<String> list(String key) {
    return get(key).map(YamlNode::scalars).orElse(List.of());
  }

  Set<String> keys() {
    Set<String> keys = new TreeSet<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** Reports every key not in {@code known}: a typo must not silently drop a value. */
  void rejectUnknownKeys(Collection<String> known) {
    for (String key : keys()) {
      if (!known.contains(key)) {
        String keyPath = path.isEmpty() ? key : path + "." + key;
        problems.add(
            file + ": " + keyPath,
            "unknown field '"
                + key
                + "' (expected one of: "
                + String.join(", ", new TreeSet<>(known))
                + ")");
      }
    }
  }

  boolean isIntegral() {
    return node.isIntegralNumber();
  }

  private String describe() {
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "a map";
    }
    return "empty text";
  }
}
