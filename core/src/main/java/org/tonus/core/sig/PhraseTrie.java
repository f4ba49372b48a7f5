package org.tonus.core.sig;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases as paths of word ids, for longest-match lookup ("as needed" over "as", "Ozobax DS" over
 * "Ozobax"). Nodes are numbers; a phrase's first word indexes an array, and every further step
 * scans the few edges out of the node. Built once from its phrases and immutable after.
 */
final class PhraseTrie {
  static final int NONE = -1;

  /** A phrase as word ids, and what it means. */
  record Entry(int[] words, Keyword keyword) {}

  private final int[] firstNodes;
  private final Keyword[] keywords;

  /**
   * The edges out of node n are {@code edgeWords[edgeStart[n] .. edgeStart[n + 1])}, in word order,
   * leading to the same positions of {@code edgeTargets}. A node has two children on average and
   * most have none, so a short scan of adjacent ints beats hashing (node, word) pairs.
   */
  private final int[] edgeStart;

  private final int[] edgeWords;
  private final int[] edgeTargets;

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
    // Edge keys sort by node, then by word: the order of the flat arrays.
    long[] keys = edges.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    edgeStart = new int[Math.max(nodes, 1) + 1];
    edgeWords = new int[keys.length];
    edgeTargets = new int[keys.length];
    for (int e = 0; e < keys.length; e++) {
      edgeStart[(int) (keys[e] >>> 32) + 1]++;
      edgeWords[e] = (int) keys[e];
      edgeTargets[e] = edges.get(keys[e]);
    }
    for (int n = 1; n < edgeStart.length; n++) {
      edgeStart[n] += edgeStart[n - 1];
    }
  }

  /** The node of a phrase's first word, or {@link #NONE}. */
  int first(int word) {
    return word >= 0 && word < firstNodes.length ? firstNodes[word] : NONE;
  }

  /** The node one word further, or {@link #NONE}. */
  int child(int node, int word) {
    for (int e = edgeStart[node], last = edgeStart[node + 1]; e < last; e++) {
      if (edgeWords[e] == word) {
        return edgeTargets[e];
      }
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
}
