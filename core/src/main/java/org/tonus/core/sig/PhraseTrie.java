package org.tonus.core.sig;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases as paths of word ids, for longest-match lookup ("as needed" over "as", "Ozobax DS" over
 * "Ozobax"). Nodes are numbers; a phrase's first word indexes an array, and every further step is
 * one probe in an open-addressing table keyed by (node, word). Built once from its phrases and
 * immutable after.
 */
final class PhraseTrie {
  static final int NONE = -1;

  /** A phrase as word ids, and what it means. */
  record Entry(int[] words, Keyword keyword) {}

  private final int[] firstNodes;
  private final Keyword[] keywords;
  private final boolean[] hasChildren;
  private final long[] edgeKeys;
  private final int[] edgeTargets;
  private final int edgeMask;

  /**
   * Builds the trie. A later entry for a phrase already present is ignored; {@code clashes}
   * receives it with the keyword already there.
   */
  PhraseTrie(int wordCount, List<Entry> entries, Map<Entry, Keyword> clashes) {
    int[] first = new int[wordCount];
    Arrays.fill(first, NONE);
    Map<Long, Integer> edges = new HashMap<>();
    Keyword[] meaning = new Keyword[16];
    int nodes = 0;
    for (Entry entry : entries) {
      int[] words = entry.words();
      int node = first[words[0]];
      if (node == NONE) {
        node = nodes++;
        first[words[0]] = node;
      }
      for (int i = 1; i < words.length; i++) {
        long key = edge(node, words[i]);
        Integer next = edges.get(key);
        if (next == null) {
          next = nodes++;
          edges.put(key, next);
        }
        node = next;
      }
      if (node >= meaning.length) {
        meaning = Arrays.copyOf(meaning, Math.max(node + 1, meaning.length * 2));
      }
      if (meaning[node] == null) {
        meaning[node] = entry.keyword();
      } else {
        clashes.put(entry, meaning[node]);
      }
    }
    firstNodes = first;
    keywords = Arrays.copyOf(meaning, Math.max(nodes, 1));
    hasChildren = new boolean[Math.max(nodes, 1)];
    for (long key : edges.keySet()) {
      hasChildren[(int) (key >>> 32)] = true;
    }
    int capacity = Integer.highestOneBit(Math.max(edges.size(), 8) * 4);
    edgeKeys = new long[capacity];
    edgeTargets = new int[capacity];
    Arrays.fill(edgeTargets, NONE);
    edgeMask = capacity - 1;
    for (Map.Entry<Long, Integer> e : edges.entrySet()) {
      int slot = slot(e.getKey());
      while (edgeTargets[slot] != NONE) {
        slot = (slot + 1) & edgeMask;
      }
      edgeKeys[slot] = e.getKey();
      edgeTargets[slot] = e.getValue();
    }
  }

  /** The node of a phrase's first word, or {@link #NONE}. */
  int first(int word) {
    return word >= 0 && word < firstNodes.length ? firstNodes[word] : NONE;
  }

  /** The node one word further, or {@link #NONE}. */
  int child(int node, int word) {
    if (!hasChildren[node]) {
      return NONE;
    }
    long key = edge(node, word);
    int slot = slot(key);
    while (edgeTargets[slot] != NONE) {
      if (edgeKeys[slot] == key) {
        return edgeTargets[slot];
      }
      slot = (slot + 1) & edgeMask;
    }
    return NONE;
  }

  /** The meaning of the phrase ending at {@code node}, or null when none ends there. */
  Keyword keyword(int node) {
    return keywords[node];
  }

  private static long edge(int node, int word) {
    return ((long) node << 32) | (word & 0xffffffffL);
  }

  private int slot(long key) {
    long mixed = key * 0x9E3779B97F4A7C15L;
    return (int) (mixed >>> 40) & edgeMask;
  }
}
