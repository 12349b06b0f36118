package org.eczemarx.search;

/** A node found by search, before its object is read: which node, the name that matched, and the score (unrounded). */
record Match(SearchType type, long nodeId, String shown, MatchKind kind, double score) {
}
