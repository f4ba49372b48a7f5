package org.tonus.dur;

import org.apache.spark.util.AccumulatorV2;

/**
 * The job's counts gathered from its screening tasks as they finish, so that the counts need no
 * pass of their own over the screened rows. Added to only in the result stage (the Parquet write),
 * where Spark applies each partition's update once.
 */
final class TallyAccumulator extends AccumulatorV2<Tally, Tally> {
  private static final long serialVersionUID = 1L;

  private Tally tally = new Tally();
  private boolean zero = true;

  @Override
  public boolean isZero() {
    return zero;
  }

  @Override
  public AccumulatorV2<Tally, Tally> copy() {
    TallyAccumulator copy = new TallyAccumulator();
    copy.tally.merge(tally);
    copy.zero = zero;
    return copy;
  }

  @Override
  public void reset() {
    tally = new Tally();
    zero = true;
  }

  @Override
  public void add(Tally more) {
    tally.merge(more);
    zero = false;
  }

  @Override
  public void merge(AccumulatorV2<Tally, Tally> other) {
    add(other.value());
  }

  @Override
  public Tally value() {
    return tally;
  }
}
