package org.tonus.core.sig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tonus.core.knowledge.Drug;
import org.tonus.core.knowledge.DrugVocabulary;

/**
 * Every phrase the parser knows, in one word table and one phrase trie: the fixed keywords and
 * every drug name, brand and synonym of the knowledge's vocabulary. Built once per parser; the trie
 * is read-only after construction.
 */
final class Lexicon {
  private final WordTable words;
  private final PhraseTrie phrases;

  Lexicon(DrugVocabulary drugs) {
    Map<String, Keyword> keywords = Keywords.all();
    Map<String, Keyword> drugNames = drugNames(drugs);
    Map<String, Integer> ids = new LinkedHashMap<>();
    List<int[]> keywordPaths = paths(keywords.keySet(), ids);
    // A name written with digits cannot be matched word by word; it stays unknown, so a sig
    // naming it is refused rather than misread.
    drugNames.keySet().removeIf(Lexicon::holdsDigit);
    List<int[]> drugPaths = paths(drugNames.keySet(), ids);
    words = new WordTable(new ArrayList<>(ids.keySet()));
    List<PhraseTrie.Entry> entries = new ArrayList<>();
    Set<Integer> singleWordKeywords = new HashSet<>();
    List<Keyword> keywordValues = new ArrayList<>(keywords.values());
    for (int i = 0; i < keywordPaths.size(); i++) {
      entries.add(new PhraseTrie.Entry(keywordPaths.get(i), keywordValues.get(i)));
      if (keywordPaths.get(i).length == 1) {
        singleWordKeywords.add(keywordPaths.get(i)[0]);
      }
    }
    List<String> drugTexts = new ArrayList<>(drugNames.keySet());
    List<Keyword> drugValues = new ArrayList<>(drugNames.values());
    Map<PhraseTrie.Entry, String> drugTextOf = new HashMap<>();
    for (int i = 0; i < drugPaths.size(); i++) {
      int[] path = drugPaths.get(i);
      if (path.length > 1 && singleWordKeywords.contains(path[0])) {
        // "intrathecal baclofen" reads as route + drug already; a phrase would hide the route.
        continue;
      }
      PhraseTrie.Entry entry = new PhraseTrie.Entry(path, drugValues.get(i));
      drugTextOf.put(entry, drugTexts.get(i));
      entries.add(entry);
    }
    Map<PhraseTrie.Entry, Keyword> clashes = new LinkedHashMap<>();
    phrases = new PhraseTrie(ids.size(), entries, clashes);
    clashes.forEach(
        (entry, existing) -> {
          if (!existing.equals(entry.keyword())) {
            throw new IllegalStateException(
                "drug name '"
                    + drugTextOf.getOrDefault(entry, "?")
                    + "' is also a sig keyword ("
                    + existing.kind()
                    + ")");
          }
        });
  }

  WordTable words() {
    return words;
  }

  PhraseTrie phrases() {
    return phrases;
  }

  private static Map<String, Keyword> drugNames(DrugVocabulary drugs) {
    Map<String, Keyword> names = new LinkedHashMap<>();
    for (Drug drug : drugs.drugs()) {
      names.put(drug.name(), new Keyword(TermKind.DRUG, new DrugName(drug, Optional.empty())));
      for (String synonym : drug.synonyms()) {
        names.put(synonym, new Keyword(TermKind.DRUG, new DrugName(drug, Optional.empty())));
      }
      for (String brand : drug.brands()) {
        names.put(brand, new Keyword(TermKind.DRUG, new DrugName(drug, Optional.of(brand))));
      }
    }
    return names;
  }

  private static boolean holdsDigit(String name) {
    return name.chars().anyMatch(c -> c >= '0' && c <= '9');
  }

  /** Each phrase as word ids, adding new words to {@code ids}; a phrase with a number has none. */
  private static List<int[]> paths(Iterable<String> texts, Map<String, Integer> ids) {
    List<int[]> paths = new ArrayList<>();
    for (String text : texts) {
      Tokens tokens = Tokenizer.tokenize(text, null);
      int[] path = new int[tokens.size()];
      for (int t = 0; t < tokens.size(); t++) {
        if (tokens.kind(t) == Tokens.NUMBER) {
          throw new IllegalStateException("phrase '" + text + "' holds a number");
        }
        String key = WordTable.key(text.subSequence(tokens.start(t), tokens.end(t)));
        path[t] = ids.computeIfAbsent(key, k -> ids.size());
      }
      paths.add(path);
    }
    return paths;
  }
}
