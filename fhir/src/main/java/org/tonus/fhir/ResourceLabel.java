package org.tonus.fhir;

import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;

/**
 * How messages and references name a resource: {@code MedicationRequest/draft-1}; a resource known
 * only by a Bundle's {@code urn:uuid:} full URL is named by that URL.
 */
final class ResourceLabel {
  private ResourceLabel() {}

  static String of(Resource resource) {
    IdType id = resource.getIdElement();
    if (id.getValue() != null && id.getValue().startsWith("urn:")) {
      return id.getValue();
    }
    return id.hasIdPart()
        ? resource.fhirType() + "/" + id.getIdPart()
        : resource.fhirType() + " (no id)";
  }
}
