package org.tonus.fhir.testing;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's instance validator against the base R4 specification, built once per test run (it takes
 * seconds to build and warm up) and shared by the test classes of module fhir and, through its
 * test-jar, of module app.
 */
public final class FhirValidation {
  public static final FhirContext FHIR = FhirContext.forR4Cached();
  private static FhirValidator validator;

  private FhirValidation() {}

  private static synchronized FhirValidator validator() {
    if (validator == null) {
      ValidationSupportChain chain =
          new ValidationSupportChain(
              new DefaultProfileValidationSupport(FHIR),
              new InMemoryTerminologyServerValidationSupport(FHIR),
              new CommonCodeSystemsTerminologyService(FHIR));
      validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }
    return validator;
  }

  /** The ERROR and FATAL messages of validating {@code resource}; empty when it is valid. */
  public static List<String> errors(IBaseResource resource) {
    return errors(validator().validateWithResult(resource));
  }

  /** The ERROR and FATAL messages of validating a resource given as JSON; empty when valid. */
  public static List<String> errors(String json) {
    return errors(validator().validateWithResult(json));
  }

  private static List<String> errors(ValidationResult result) {
    return result.getMessages().stream()
        .filter(
            m ->
                m.getSeverity() == ResultSeverityEnum.ERROR
                    || m.getSeverity() == ResultSeverityEnum.FATAL)
        .map(FhirValidation::describe)
        .toList();
  }

  private static String describe(SingleValidationMessage message) {
    return message.getLocationString() + ": " + message.getMessage();
  }
}
