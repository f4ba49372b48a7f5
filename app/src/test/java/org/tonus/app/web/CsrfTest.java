package org.tonus.app.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class CsrfTest {
  @Test
  void aKeyShorterThan32BytesIsRefused() {
    assertThatThrownBy(() -> new Csrf(new SecureRandom(), new byte[16]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key has 16 bytes; a CSRF key needs at least 32");
  }
}
