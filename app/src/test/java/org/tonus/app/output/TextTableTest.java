package org.tonus.app.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void columnsArePaddedAndNumbersRightAligned() {
    String table =
        new TextTable("days", "dose", "mg a day")
            .row("1-3", "5 mg three times a day", "15")
            .row("4-6", "10 mg three times a day", "30")
            .render();

    assertThat(table)
        .isEqualTo(
            "days  dose                     mg a day\n"
                + "----  -----------------------  --------\n"
                + "1-3   5 mg three times a day         15\n"
                + "4-6   10 mg three times a day        30\n");
  }

  @Test
  void aRowOfTheWrongWidthIsAProgrammingError() {
    assertThatThrownBy(() -> new TextTable("a", "b").row("only one"))
        .hasMessage("a row of 1 cells in a table of 2 columns");
  }
}
