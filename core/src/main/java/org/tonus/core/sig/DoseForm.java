package org.tonus.core.sig;

import java.util.Optional;
import org.tonus.core.knowledge.ProductForm;

/**
 * The pharmaceutical form a sig names. Counted forms (tablets, capsules, granule packets) are taken
 * in whole or split units and never measured in mL; liquids are measured by volume.
 */
public enum DoseForm {
  TABLET("tab", "a tablet", true),
  ORALLY_DISINTEGRATING_TABLET("ODT", "an orally disintegrating tablet", true),
  CAPSULE("cap", "a capsule", true),
  /** Granules come in single-dose packets, so they are counted in packets. */
  ORAL_GRANULES("packet", "oral granules", true),
  ORAL_SOLUTION("oral solution", "an oral solution", false),
  ORAL_SUSPENSION("oral suspension", "an oral suspension", false),
  ORAL_LIQUID("oral liquid", "an oral liquid", false),
  INJECTION("injection", "an injection", false),
  /** Any other form; the parser never produces it, structured orders may. */
  OTHER("", "another form", false);

  private final String word;
  private final String description;
  private final boolean counted;

  DoseForm(String word, String description, boolean counted) {
    this.word = word;
    this.description = description;
    this.counted = counted;
  }

  /** The word the printer writes after a count or after a strength ("tab", "oral solution"). */
  public String word() {
    return word;
  }

  /** The form with its article, for messages ("a tablet"). */
  public String description() {
    return description;
  }

  /** True when doses of this form are counted in units rather than measured by volume. */
  public boolean counted() {
    return counted;
  }

  /** The sig form of a product form in the knowledge. */
  public static DoseForm of(ProductForm form) {
    return switch (form) {
      case TABLET -> TABLET;
      case ORALLY_DISINTEGRATING_TABLET -> ORALLY_DISINTEGRATING_TABLET;
      case ORAL_GRANULES -> ORAL_GRANULES;
      case ORAL_SOLUTION -> ORAL_SOLUTION;
      case ORAL_SUSPENSION -> ORAL_SUSPENSION;
      case INTRATHECAL_INJECTION -> INJECTION;
    };
  }

  /** The product form this sig form corresponds to in the knowledge, if any. */
  public Optional<ProductForm> productForm() {
    return switch (this) {
      case TABLET -> Optional.of(ProductForm.TABLET);
      case ORALLY_DISINTEGRATING_TABLET -> Optional.of(ProductForm.ORALLY_DISINTEGRATING_TABLET);
      case ORAL_GRANULES -> Optional.of(ProductForm.ORAL_GRANULES);
      case ORAL_SOLUTION -> Optional.of(ProductForm.ORAL_SOLUTION);
      case ORAL_SUSPENSION -> Optional.of(ProductForm.ORAL_SUSPENSION);
      case INJECTION -> Optional.of(ProductForm.INTRATHECAL_INJECTION);
      case CAPSULE, ORAL_LIQUID, OTHER -> Optional.empty();
    };
  }
}
