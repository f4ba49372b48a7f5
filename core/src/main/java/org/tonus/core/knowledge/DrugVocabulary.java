package org.tonus.core.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Drugs and drug classes, with a name index (generic names, brands, synonyms) built once at load.
 */
public final class DrugVocabulary {
  private final Map<String, DrugClass> classes;
  private final Map<String, Drug> drugs;
  private final Map<String, Drug> byName;
  private final Map<String, Drug> byRxnorm;

  DrugVocabulary(
      Map<String, DrugClass> classes,
      Map<String, Drug> drugs,
      Map<String, Drug> byName,
      Map<String, Drug> byRxnorm) {
    this.classes = Map.copyOf(classes);
    this.drugs = Map.copyOf(drugs);
    this.byName = Map.copyOf(byName);
    this.byRxnorm = Map.copyOf(byRxnorm);
  }

  /** The drug a generic name, brand or synonym stands for, ignoring case and spacing. */
  public Optional<Drug> byName(String name) {
    return Optional.ofNullable(byName.get(Names.normalize(name)));
  }

  public Optional<Drug> byRxnorm(String rxcui) {
    return Optional.ofNullable(byRxnorm.get(rxcui.trim()));
  }

  public Optional<Drug> drug(String id) {
    return Optional.ofNullable(drugs.get(id));
  }

  public Optional<DrugClass> drugClass(String id) {
    return Optional.ofNullable(classes.get(id));
  }

  /** The classes a drug belongs to. */
  public List<DrugClass> classesOf(Drug drug) {
    return drug.classIds().stream().map(classes::get).toList();
  }

  public Collection<Drug> drugs() {
    return drugs.values();
  }

  public Collection<DrugClass> classes() {
    return classes.values();
  }
}
