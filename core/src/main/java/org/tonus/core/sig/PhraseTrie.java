package org.tonus.core.sig;

import java.util.Arrays;

/**
 * Phrases as paths of word ids, for longest-match lookup ("as needed" over "as", "Ozobax DS" over
 * "Ozobax"). The first level is an array indexed by word id; deeper levels are short arrays
 * searched in order, since few phrases share a first word. Built once, then only read.
 */
final class PhraseTrie {

  /** One word of a phrase; {@code keyword} is set when a phrase ends here. */
  static final class Node {
    private int[] words = new int[0];
    private Node[] children = new Node[0];
    private Keyword keyword;

    Keyword keyword() {
      return keyword;
    }

    Node child(int word) {
      for (int i = 0; i < words.length; i++) {
        if (words[i] == word) {
          return children[i];
        }
      }
      return null;
    }

    private Node add(int word) {
      Node existing = child(word);
      if (existing != null) {
        return existing;
      }
      words = Arrays.copyOf(words, words.length + 1);
      children = Arrays.copyOf(children, children.length + 1);
      words[words.length - 1] = word;
      Node created = new Node();
      children[children.length - 1] = created;
      return created;
    }
  }

  private final Node[] firstWords;

  PhraseTrie(int wordCount) {
    firstWords = new Node[wordCount];
  }

  /** Adds a phrase; returns the keyword it already had, or null when it is new. */
  Keyword put(int[] words, Keyword keyword) {
    Node node = firstWords[words[0]];
    if (node == null) {
      node = new Node();
      firstWords[words[0]] = node;
    }
    for (int i = 1; i < words.length; i++) {
      node = node.add(words[i]);
    }
    Keyword previous = node.keyword;
    if (previous == null) {
      node.keyword = keyword;
    }
    return previous;
  }

  /** The node for a phrase's first word, or null when no phrase starts with it. */
  Node first(int word) {
    return word >= 0 && word < firstWords.length ? firstWords[word] : null;
  }
}
