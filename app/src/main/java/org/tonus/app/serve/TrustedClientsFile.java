package org.tonus.app.serve;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CDS clients a server trusts, read from a YAML file (a list of {@code issuer} and {@code
 * jwks}), so an installation keeps its EHRs in configuration rather than on a command line. A JWK
 * Set file named by a relative path is found beside the clients file.
 */
final class TrustedClientsFile {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
  private static final Set<String> FIELDS = Set.of("issuer", "jwks");

  private TrustedClientsFile() {}

  /** The clients in {@code file}; an unreadable or malformed file is an error naming the entry. */
  static List<TrustedClient> read(Path file) {
    JsonNode root;
    try {
      root = YAML.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("the CDS clients file " + file + " does not exist");
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "the CDS clients file " + file + " is not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalArgumentException("the CDS clients file " + file + " cannot be read: " + e);
    }
    if (root == null || !root.isArray() || root.isEmpty()) {
      throw new IllegalArgumentException(
          "the CDS clients file "
              + file
              + " must be a non-empty list of entries with an issuer and a jwks");
    }
    List<TrustedClient> clients = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      clients.add(client(root.get(i), file, i + 1));
    }
    return List.copyOf(clients);
  }

  private static TrustedClient client(JsonNode entry, Path file, int number) {
    String where = "entry " + number + " of the CDS clients file " + file;
    if (!entry.isObject()) {
      throw new IllegalArgumentException(where + " is not an issuer and a jwks");
    }
    for (Map.Entry<String, JsonNode> field : entry.properties()) {
      String name = field.getKey();
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException(
            where + " has an unknown field '" + name + "' (only issuer and jwks)");
      }
    }
    String issuer = text(entry, "issuer", where);
    String jwks = text(entry, "jwks", where);
    if (!jwks.startsWith("https://") && !jwks.startsWith("http://")) {
      Path parent = file.toAbsolutePath().getParent();
      jwks = parent.resolve(jwks).normalize().toString();
    }
    return new TrustedClient(issuer, jwks);
  }

  private static String text(JsonNode entry, String field, String where) {
    JsonNode value = entry.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException(where + " needs a " + field + " (text)");
    }
    return value.asText().trim();
  }
}
