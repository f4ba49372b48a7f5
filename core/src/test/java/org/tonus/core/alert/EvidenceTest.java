package org.tonus.core.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * Alert evidence behaves as the insertion-ordered map it replaced: same entries, same order, same
 * equality, hash and text, and it cannot be changed.
 */
class EvidenceTest {

  @Property(tries = 500)
  void agreesWithALinkedHashMapFedTheSamePuts(
      @ForAll @Size(max = 12) List<@StringLength(min = 1, max = 2) String> keys) {
    LinkedHashMap<String, String> expected = new LinkedHashMap<>();
    Evidence.Builder builder = Evidence.builder(2);
    for (int i = 0; i < keys.size(); i++) {
      expected.put(keys.get(i), "v" + i);
      builder.put(keys.get(i), "v" + i);
    }

    Evidence evidence = builder.build();

    assertThat(evidence).isEqualTo(expected);
    assertThat(expected).isEqualTo(evidence);
    assertThat(evidence.hashCode()).isEqualTo(expected.hashCode());
    assertThat(evidence.toString()).isEqualTo(expected.toString());
    assertThat(new ArrayList<>(evidence.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
    assertThat(Evidence.copyOf(expected)).isEqualTo(expected);
    for (String key : keys) {
      assertThat(evidence.get(key)).isEqualTo(expected.get(key));
    }
    assertThat(evidence.get("absent key")).isNull();
  }

  @Test
  void aShapeSharesItsKeysAndKeepsTheirOrder() {
    Evidence.Shape shape = Evidence.shape("about", "medication", "rules");

    Evidence evidence = shape.with("sertraline", "sertraline 50 mg daily", "INT-01");

    assertThat(new ArrayList<>(evidence.keySet())).containsExactly("about", "medication", "rules");
    assertThat(evidence).containsEntry("medication", "sertraline 50 mg daily");
    assertThatThrownBy(() -> shape.with("one")).hasMessageContaining("3 keys got 1 values");
    assertThatThrownBy(() -> Evidence.shape("a", "a")).hasMessageContaining("a is named twice");
  }

  @Test
  void cannotBeChanged() {
    Map<String, String> evidence =
        new Alert(
                AlertCode.CAUTION,
                Severity.INFO,
                "a message",
                new LinkedHashMap<>(Map.of("about", "age")),
                List.of("src"))
            .evidence();

    assertThat(evidence).isInstanceOf(Evidence.class);
    assertThatThrownBy(() -> evidence.put("about", "other"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> evidence.remove("about"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> evidence.entrySet().iterator().next().setValue("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(evidence).containsEntry("about", "age");
  }

  @Test
  void aBuilderIsUsedOnce() {
    Evidence.Builder builder = Evidence.builder(1).put("about", "age");
    Evidence evidence = builder.build();

    assertThatThrownBy(() -> builder.put("about", "other")).hasMessageContaining("built already");
    assertThat(evidence).containsEntry("about", "age");
  }
}
