package org.tonus.core.check;

import java.math.BigDecimal;
import org.tonus.core.sig.Parsed;
import org.tonus.core.sig.Refused;
import org.tonus.core.sig.Sig;
import org.tonus.core.sig.SigParse;

/**
 * Reads an {@link OrderInput} with the sig parser. A structured order is written out as a sig and
 * read the same way, so both forms pass the same validation; its missing parts are named first.
 */
final class OrderReader {
  private final SigMemo parser;

  OrderReader(SigMemo parser) {
    this.parser = parser;
  }

  ReadOrder read(OrderInput input) {
    if (input instanceof OrderInput.SigText text) {
      return parse(text.sig());
    }
    if (input instanceof OrderInput.Structured order) {
      return structured(order);
    }
    return new ReadOrder.Stopped();
  }

  private ReadOrder parse(String text) {
    if (text.isBlank()) {
      return new ReadOrder.Invalid("the order is empty");
    }
    SigParse parse = parser.parse(text);
    if (parse instanceof Refused refused) {
      return new ReadOrder.Invalid(refused.message());
    }
    Sig sig = ((Parsed) parse).sig();
    return sig.stops() && sig.steps().size() == 1
        ? new ReadOrder.Stopped()
        : new ReadOrder.Read(sig);
  }

  private ReadOrder structured(OrderInput.Structured order) {
    if (order.drug().isBlank()) {
      return new ReadOrder.Invalid("the order names no drug");
    }
    if (order.doseValue().isEmpty()) {
      return new ReadOrder.Invalid("the order has no dose");
    }
    BigDecimal dose = order.doseValue().get();
    if (dose.signum() <= 0) {
      return new ReadOrder.Invalid("the dose must be above zero, not " + dose.toPlainString());
    }
    if (order.doseUnit().filter(u -> !u.isBlank()).isEmpty()) {
      return new ReadOrder.Invalid("the dose " + dose.toPlainString() + " has no unit");
    }
    if (order.timesPerDay().isEmpty()) {
      return new ReadOrder.Invalid("the order has no frequency");
    }
    int times = order.timesPerDay().get();
    if (times < 1) {
      return new ReadOrder.Invalid("timesPerDay must be 1 or more, not " + times);
    }
    if (order.durationDays().filter(d -> d < 1).isPresent()) {
      return new ReadOrder.Invalid(
          "durationDays must be 1 or more, not " + order.durationDays().get());
    }
    StringBuilder text =
        new StringBuilder(order.drug())
            .append(' ')
            .append(dose.toPlainString())
            .append(' ')
            .append(order.doseUnit().get());
    order.route().filter(r -> !r.isBlank()).ifPresent(r -> text.append(' ').append(r));
    text.append(' ').append(times).append(times == 1 ? " time daily" : " times daily");
    if (order.asNeeded()) {
      text.append(" as needed");
    }
    order.durationDays().ifPresent(d -> text.append(" for ").append(d).append(" days"));
    return parse(text.toString());
  }
}
