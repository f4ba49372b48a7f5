package org.tonus.app.request;

import java.util.Optional;
import org.tonus.core.quantity.Quantity;
import org.tonus.core.quantity.QuantityFormatException;
import org.tonus.core.quantity.Unit;

/**
 * Amounts in a request, written either as the contract's number whose unit is in the field name
 * ({@code "dailyDoseMcg": 300}) or as text that carries its own unit ({@code "dailyDose": "0.3
 * mg"}). The text form exists so a wrong unit reaches the core and is caught there, never converted
 * here.
 */
public final class QuantityFields {
  private QuantityFields() {}

  public static Optional<Quantity> read(
      RequestFields fields, String numberField, Unit numberUnit, String textField) {
    if (fields.has(numberField) && fields.has(textField)) {
      throw new BadRequestException(
          fields.where(numberField)
              + " and "
              + fields.where(textField)
              + " both give the amount; give one");
    }
    Optional<Quantity> number =
        fields
            .decimal(numberField)
            .map(
                value -> {
                  if (value.signum() < 0) {
                    throw new BadRequestException(
                        fields.where(numberField)
                            + " "
                            + value.toPlainString()
                            + " must not be negative");
                  }
                  return new Quantity(value, numberUnit);
                });
    return number.or(() -> fields.text(textField).map(text -> parse(fields, textField, text)));
  }

  public static Quantity required(
      RequestFields fields, String numberField, Unit numberUnit, String textField) {
    return read(fields, numberField, numberUnit, textField)
        .orElseThrow(
            () ->
                new BadRequestException(
                    fields.where(numberField)
                        + " is required (a number in "
                        + numberUnit.symbol()
                        + ", or "
                        + textField
                        + " as text with its unit)"));
  }

  /** A flag value such as "20 mL"; the message names the flag. */
  public static Quantity parse(String flag, String text) {
    try {
      return Quantity.parse(text);
    } catch (QuantityFormatException e) {
      throw new BadRequestException(flag + ": " + e.getMessage());
    }
  }

  private static Quantity parse(RequestFields fields, String field, String text) {
    return parse(fields.where(field), text);
  }
}
