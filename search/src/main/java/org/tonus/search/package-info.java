/**
 * Ask: plain-language questions about baclofen answered from the monograph. {@link
 * org.tonus.search.Asker} holds an in-memory Lucene index of the monograph's facts, built once from
 * the loaded knowledge, and returns the best passages with their section and sources, or says it
 * does not know.
 */
package org.tonus.search;
