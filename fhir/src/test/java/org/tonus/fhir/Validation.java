package org.tonus.fhir;

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
 * seconds to build and warm up) and shared by the test classes.
 */
public final class Validation {
  private static FhirValidator validator;

  private Validation() {}

  static synchronized FhirValidator validator() {
    if (validator == null) {
      ValidationSupportChain chain =
          new ValidationSupportChain(
              new DefaultProfileValidationSupport(TestData.FHIR),
              new InMemoryTerminologyServerValidationSupport(TestData.FHIR),
              new CommonCodeSystemsTerminologyService(TestData.FHIR));
      FhirInstanceValidator module = new FhirInstanceValidator(chain);
      validator = TestData.FHIR.newValidator().registerValidatorModule(module);
    }
    return validator;
  }

  /** The ERROR and FATAL messages of validating {@code resource}; empty when it is valid. */
  public static List<String> errors(IBaseResource resource) {
    ValidationResult result = validator().validateWithResult(resource);
    return result.getMessages().stream()
        .filter(
            m ->
                m.getSeverity() == ResultSeverityEnum.ERROR
                    || m.getSeverity() == ResultSeverityEnum.FATAL)
        .map(Validation::describe)
        .toList();
  }

  private static String describe(SingleValidationMessage message) {
    return message.getLocationString() + ": " + message.getMessage();
  }
}
