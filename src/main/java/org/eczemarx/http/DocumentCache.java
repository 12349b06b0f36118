package org.eczemarx.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.language.AstPrinter;
import graphql.language.Document;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Documents that parsed, passed the document limits and validated against the schema, by their text: a client that
 * sends the same document again (every app does) costs a map lookup, not a parse and a validation. Bounded by the
 * total length of the cached texts; the least recently used go first. Rejected documents are not kept.
 */
@ApplicationScoped
class DocumentCache {

    /** About 3,000 typical documents; an AST takes some 10-30 times its text. */
    private static final long MAX_TEXT_CHARS = 1_000_000;

    /** A checked document and its normalised text (comments, spacing and commas removed). */
    record Checked(Document document, String normalized) {
    }

    private final Cache<String, Checked> documents = Caffeine.newBuilder()
            .maximumWeight(MAX_TEXT_CHARS)
            .<String, Checked> weigher((text, checked) -> text.length() + checked.normalized().length())
            .build();

    Checked find(String text) {
        return documents.getIfPresent(text);
    }

    Checked remember(String text, Document document) {
        Checked checked = new Checked(document, AstPrinter.printAstCompact(document));
        documents.put(text, checked);
        return checked;
    }
}
