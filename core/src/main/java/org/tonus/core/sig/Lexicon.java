package org.tonus.core.sig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    phrases = new PhraseTrie(ids.size());
    List<Keyword> keywordValues = new ArrayList<>(keywords.values());
    for (int i = 0; i < keywordPaths.size(); i++) {
      phrases.put(keywordPaths.get(i), keywordValues.get(i));
    }
    List<String> drugTexts = new ArrayList<>(drugNames.keySet());
    List<Keyword> drugValues = new ArrayList<>(drugNames.values());
    for (int i = 0; i < drugPaths.size(); i++) {
      int[] path = drugPaths.get(i);
      PhraseTrie.Node first = phrases.first(path[0]);
      if (first != null
          && first.keyword() != null
          && first.keyword().kind() != TermKind.DRUG
          && path.length > 1) {
        // "intrathecal baclofen" reads as route + drug already; a phrase would hide the route.
        continue;
      }
      Keyword clash = phrases.put(path, drugValues.get(i));
      if (clash != null && !clash.equals(drugValues.get(i))) {
        throw new IllegalStateException(
            "drug name '" + drugTexts.get(i) + "' is also a sig keyword (" + clash.kind() + ")");
      }
    }
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
      Tokens tokens = Tokenizer.tokenize(text);
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
