package org.regiolab.portal;

/**
 * The portal's full-text search over profiles and city offers. PostgreSQL stays the record; an
 * implementation keeps its own index derived from it, current through the portal's index queue
 * and rebuildable at any time. RegioLab ships an embedded Lucene index for one node; on several
 * nodes an OpenSearch cluster would implement this same interface.
 */
public interface PortalSearch {

	/** One page of what matches, with the facets of all that matches. */
	SearchResult search(SearchQuery query);

	/** How big the index is and whether a rebuild is running, with its progress. */
	IndexStatus status();

	/** Starts building the index anew from PostgreSQL in the background; a rebuild already running goes on. */
	void rebuild();
}
