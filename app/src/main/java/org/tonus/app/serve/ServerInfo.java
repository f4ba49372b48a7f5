package org.tonus.app.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version Maven wrote into the program, for the health answer and the API document. */
final class ServerInfo {
  private ServerInfo() {}

  static String version() {
    Properties properties = new Properties();
    try (InputStream in = ServerInfo.class.getResourceAsStream("/tonus-version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }
}
