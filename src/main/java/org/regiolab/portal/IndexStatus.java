package org.regiolab.portal;

/**
 * The state of the search index.
 * @param documents how many items it holds
 * @param pending changes queued but not yet in the index
 * @param rebuilding whether a rebuild runs
 * @param done how many items the running (or last) rebuild has indexed
 * @param total how many it has to index
 */
public record IndexStatus(long documents, long pending, boolean rebuilding, long done, long total) {
}
