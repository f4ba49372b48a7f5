package org.tonus.core.knowledge;

/** Body systems for grouping adverse effects. */
public enum BodySystem implements Coded {
  NERVOUS,
  PSYCHIATRIC,
  EYE,
  EAR,
  CARDIOVASCULAR,
  RESPIRATORY,
  GASTROINTESTINAL,
  GENITOURINARY,
  SKIN,
  MUSCULOSKELETAL,
  METABOLIC,
  GENERAL,
  REPRODUCTIVE
}
