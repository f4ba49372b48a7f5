package org.tonus.core.alert;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An alert's evidence: an immutable map of a few string entries in insertion order. Equal to any
 * map with the same entries, like the {@code LinkedHashMap} it replaces, but held in two arrays, so
 * that an alert built from a template shares the keys and allocates only its values. Invariant:
 * keys are distinct and never change; a key put twice keeps its first position and its last value.
 */
public final class Evidence extends AbstractMap<String, String> {
  private static final Evidence EMPTY = new Evidence(new String[0], new String[0], 0);

  private final String[] keys;
  private final String[] values;
  private final int size;
  private Set<Entry<String, String>> entries;

  private Evidence(String[] keys, String[] values, int size) {
    this.keys = keys;
    this.values = values;
    this.size = size;
  }

  /** The evidence of any map, in its iteration order; an {@code Evidence} is returned as it is. */
  public static Evidence copyOf(Map<String, String> map) {
    if (map instanceof Evidence evidence) {
      return evidence;
    }
    if (map.isEmpty()) {
      return EMPTY;
    }
    Builder builder = new Builder(map.size());
    for (Entry<String, String> entry : map.entrySet()) {
      builder.put(entry.getKey(), entry.getValue());
    }
    return builder.build();
  }

  /** A builder expecting about {@code capacity} entries. */
  public static Builder builder(int capacity) {
    return new Builder(capacity);
  }

  /**
   * A fixed list of distinct keys, for evidence built many times with the same keys in the same
   * order: each {@link #with} shares the keys.
   */
  public static Shape shape(String... keys) {
    return new Shape(keys);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public String get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  @Override
  public String getOrDefault(Object key, String defaultValue) {
    int i = indexOf(key);
    return i < 0 ? defaultValue : values[i];
  }

  private int indexOf(Object key) {
    // Keys are mostly the same literal strings: identity first, then equality.
    for (int i = 0; i < size; i++) {
      if (keys[i] == key) {
        return i;
      }
    }
    for (int i = 0; i < size; i++) {
      if (Objects.equals(keys[i], key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    Set<Entry<String, String>> set = entries;
    if (set == null) {
      set = new Entries();
      entries = set;
    }
    return set;
  }

  private final class Entries extends AbstractSet<Entry<String, String>> {
    @Override
    public int size() {
      return size;
    }

    @Override
    public Iterator<Entry<String, String>> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < size;
        }

        @Override
        public Entry<String, String> next() {
          if (next >= size) {
            throw new NoSuchElementException();
          }
          int i = next++;
          return new SimpleImmutableEntry<>(keys[i], values[i]);
        }
      };
    }
  }

  /** Builds one evidence map; a key put again keeps its place and takes the new value. */
  public static final class Builder {
    private String[] keys;
    private String[] values;
    private int size;

    private Builder(int capacity) {
      keys = new String[Math.max(capacity, 4)];
      values = new String[keys.length];
    }

    public Builder put(String key, String value) {
      if (keys == null) {
        throw new IllegalStateException("this evidence is built already");
      }
      for (int i = 0; i < size; i++) {
        if (Objects.equals(keys[i], key)) {
          values[i] = value;
          return this;
        }
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      keys[size] = key;
      values[size] = value;
      size++;
      return this;
    }

    /** Every entry of {@code map}, in its order, as {@link #put} would. */
    public Builder putAll(Map<String, String> map) {
      for (Entry<String, String> entry : map.entrySet()) {
        put(entry.getKey(), entry.getValue());
      }
      return this;
    }

    /** The evidence; the builder hands its arrays over and cannot be used afterwards. */
    public Evidence build() {
      Evidence built = size == 0 ? EMPTY : new Evidence(keys, values, size);
      keys = null;
      values = null;
      size = -1;
      return built;
    }
  }

  /** Distinct keys in a fixed order, shared by every evidence map made {@link #with} them. */
  public static final class Shape {
    private final String[] keys;

    private Shape(String[] keys) {
      for (int i = 0; i < keys.length; i++) {
        for (int j = 0; j < i; j++) {
          if (Objects.equals(keys[i], keys[j])) {
            throw new IllegalArgumentException("evidence key " + keys[i] + " is named twice");
          }
        }
      }
      this.keys = keys.clone();
    }

    /** The evidence with one value a key, in the shape's order. */
    public Evidence with(String... values) {
      if (values.length != keys.length) {
        throw new IllegalArgumentException(
            "evidence of " + keys.length + " keys got " + values.length + " values");
      }
      return new Evidence(keys, values.clone(), keys.length);
    }
  }
}
