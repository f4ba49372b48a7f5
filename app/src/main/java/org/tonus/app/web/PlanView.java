package org.tonus.app.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A titration or taper plan as the page shows it, read from the plan's JSON answer: its steps with
 * the tablets of each dose in words, and the days laid out as calendar weeks (Monday first).
 */
record PlanView(List<StepView> steps, List<List<DayView>> weeks, String chartDays, String chartMg) {

  /** One step: days, dates, the dose, how many times a day, and each dose in words. */
  record StepView(
      int fromDay,
      int toDay,
      LocalDate fromDate,
      LocalDate toDate,
      int dosesPerDay,
      BigDecimal doseMg,
      BigDecimal dailyMg,
      String eachDose) {

    public String days() {
      return fromDay == toDay ? Integer.toString(fromDay) : fromDay + "–" + toDay;
    }

    public String dates() {
      return fromDate.equals(toDate)
          ? SHORT.format(fromDate)
          : SHORT.format(fromDate) + " to " + SHORT.format(toDate);
    }
  }

  /** One calendar cell; {@code step} is absent (null in the template) outside the plan. */
  record DayView(LocalDate date, int day, StepView step) {
    public String label() {
      return DAY.format(date);
    }

    public boolean inPlan() {
      return step != null;
    }
  }

  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

  static PlanView of(Map<String, Object> answer) {
    List<StepView> steps =
        JsonShapes.list(answer.get("steps")).stream()
            .map(JsonShapes::object)
            .map(PlanView::step)
            .toList();
    return new PlanView(
        steps, weeks(steps), chart(steps, s -> Integer.toString(s.day)), chart(steps, s -> s.mg));
  }

  private static StepView step(Map<String, Object> step) {
    return new StepView(
        Integer.parseInt(JsonShapes.text(step.get("fromDay"))),
        Integer.parseInt(JsonShapes.text(step.get("toDay"))),
        LocalDate.parse(JsonShapes.text(step.get("fromDate"))),
        LocalDate.parse(JsonShapes.text(step.get("toDate"))),
        Integer.parseInt(JsonShapes.text(step.get("dosesPerDay"))),
        new BigDecimal(JsonShapes.text(step.get("doseMg"))),
        new BigDecimal(JsonShapes.text(step.get("dailyMg"))),
        eachDose(step));
  }

  /** Each dose in words: "1 x 10 mg tablet", "5 mL of 1 mg/mL", "none (stopped)". */
  static String eachDose(Map<String, Object> step) {
    if (step.get("cannotBeMade") != null) {
      return "cannot be made: " + step.get("cannotBeMade");
    }
    if (step.get("liquidMlPerDose") != null) {
      return plain(step.get("liquidMlPerDose"))
          + " mL of "
          + plain(step.get("liquidMgPerMl"))
          + " mg/mL";
    }
    List<?> tablets = JsonShapes.list(step.get("tablets"));
    if (tablets.isEmpty()) {
      return "none (stopped)";
    }
    return tablets.stream()
        .map(JsonShapes::object)
        .map(
            t ->
                count(new BigDecimal(JsonShapes.text(t.get("count"))))
                    + " x "
                    + plain(t.get("strengthMg"))
                    + " mg tablet")
        .collect(Collectors.joining(" + "));
  }

  private static String plain(Object number) {
    return new BigDecimal(JsonShapes.text(number)).stripTrailingZeros().toPlainString();
  }

  private static String count(BigDecimal count) {
    BigDecimal whole = count.setScale(0, RoundingMode.DOWN);
    if (count.compareTo(whole) == 0) {
      return whole.toPlainString();
    }
    return whole.signum() == 0 ? "½" : whole.toPlainString() + "½";
  }

  private static List<List<DayView>> weeks(List<StepView> steps) {
    List<List<DayView>> weeks = new ArrayList<>();
    if (steps.isEmpty()) {
      return weeks;
    }
    LocalDate first = steps.get(0).fromDate();
    LocalDate last = steps.get(steps.size() - 1).toDate();
    LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    for (LocalDate weekStart = monday;
        !weekStart.isAfter(last);
        weekStart = weekStart.plusWeeks(1)) {
      List<DayView> week = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        LocalDate date = weekStart.plusDays(i);
        StepView step = stepOn(steps, date);
        int day = (int) java.time.temporal.ChronoUnit.DAYS.between(first, date) + 1;
        week.add(new DayView(date, day, step));
      }
      weeks.add(week);
    }
    return weeks;
  }

  private static StepView stepOn(List<StepView> steps, LocalDate date) {
    for (StepView step : steps) {
      if (!date.isBefore(step.fromDate()) && !date.isAfter(step.toDate())) {
        return step;
      }
    }
    return null;
  }

  private record ChartPoint(int day, String mg) {}

  /** One value per plan day, comma-separated, for the chart's data attributes. */
  private static String chart(
      List<StepView> steps, java.util.function.Function<ChartPoint, String> value) {
    List<String> values = new ArrayList<>();
    for (StepView step : steps) {
      for (int day = step.fromDay(); day <= step.toDay(); day++) {
        values.add(value.apply(new ChartPoint(day, step.dailyMg().toPlainString())));
      }
    }
    return String.join(",", values);
  }
}
