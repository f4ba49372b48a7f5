package org.tonus.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinksTest {
  @Test
  void onlyTheSitesOwnLocalPathsAreRedirectTargets() {
    assertThat(Links.localPath("/monograph?jurisdiction=UK"))
        .isEqualTo("/monograph?jurisdiction=UK");
    assertThat(Links.localPath("//evil.example/")).isEqualTo("/");
    assertThat(Links.localPath("/\\evil.example/")).isEqualTo("/");
    assertThat(Links.localPath("https://evil.example/")).isEqualTo("/");
    assertThat(Links.localPath("/x\r\nSet-Cookie: a=b")).isEqualTo("/");
    assertThat(Links.localPath(null)).isEqualTo("/");
  }
}
