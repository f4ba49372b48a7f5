package org.tonus.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The trusted CDS clients as an installation writes them in a configuration file. */
class TrustedClientsFileTest {
  @TempDir Path directory;

  @Test
  void eachEntryIsAClientAndARelativeJwkSetIsFoundBesideTheFile() throws IOException {
    Path file =
        write(
            """
            # the hospital's EHR and its test system
            - issuer: https://ehr.example.org
              jwks: https://ehr.example.org/.well-known/jwks.json
            - issuer: https://test-ehr.example.org
              jwks: keys/test-ehr.json
            """);

    List<TrustedClient> clients = TrustedClientsFile.read(file);

    assertThat(clients)
        .containsExactly(
            new TrustedClient(
                "https://ehr.example.org", "https://ehr.example.org/.well-known/jwks.json"),
            new TrustedClient(
                "https://test-ehr.example.org",
                directory.resolve("keys/test-ehr.json").toAbsolutePath().toString()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "- issuer: https://ehr.example.org|entry 1 of the CDS clients file",
        "- {issuer: a, jwks: b, secret: c}|unknown field 'secret'",
        "[]|must be a non-empty list",
        "issuer: a|must be a non-empty list",
        "- just text|entry 1 of the CDS clients file",
        "- {issuer: a, jwks: [b]}|needs a jwks",
        "- {issuer: a, jwks: b}\\n- {issuer: : x|is not valid YAML",
      })
  void aMalformedFileIsRefusedSayingWhere(String yaml, String message) throws IOException {
    Path file = write(yaml.replace("\\n", "\n"));

    assertThatThrownBy(() -> TrustedClientsFile.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message)
        .hasMessageContaining(file.toString());
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = directory.resolve("nowhere.yaml");

    assertThatThrownBy(() -> TrustedClientsFile.read(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the CDS clients file " + missing + " does not exist");
  }

  private Path write(String yaml) throws IOException {
    return Files.writeString(directory.resolve("cds-clients.yaml"), yaml);
  }
}
