package org.tonus.core.check;

import org.tonus.core.knowledge.Condition;

/** A recorded condition matched to the vocabulary, and how it matched ("ICD-10 G40.909"). */
record MatchedCondition(ConditionMention mention, Condition condition, String matchedBy) {}
