package org.tonus.core.knowledge;

/** Where spasticity arises, which sets intrathecal dose-change caps. */
public enum SpasticityOrigin implements Coded {
  SPINAL,
  CEREBRAL
}
