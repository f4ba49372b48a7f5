package org.tonus.core.knowledge;

/** A closed range of whole numbers, such as 2-4 doses a day; low never exceeds high. */
public record IntRange(int low, int high) {
  public IntRange {
    if (low < 0 || low > high) {
      throw new IllegalArgumentException("not a range: " + low + "-" + high);
    }
  }

  @Override
  public String toString() {
    return low == high ? Integer.toString(low) : low + "-" + high;
  }
}
