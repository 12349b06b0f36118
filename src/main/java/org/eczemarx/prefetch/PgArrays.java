package org.eczemarx.prefetch;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads PostgreSQL's text form of {@code text[]} values, as {@code array_out} writes them: {@code {a,"b c",NULL}} for
 * one dimension, {@code {{a,b},{c,d}}} for two, {@code {}} when empty. An element is written in double quotes, with
 * {@code "} and {@code \} escaped by a backslash, when it is empty, is the word NULL, or holds a space, a comma, a
 * brace, a quote or a backslash; an unquoted {@code NULL} is SQL null.
 */
final class PgArrays {

    private final String text;
    private int at;

    private PgArrays(String text) {
        this.text = text;
    }

    /** The elements of a one-dimensional array (null for SQL null). */
    static String[] elements(String text) {
        PgArrays reader = new PgArrays(text);
        String[] elements = reader.array();
        reader.end();
        return elements;
    }

    /** The rows of a two-dimensional array, each as its elements; none for {@code {}}. */
    static List<String[]> rows(String text) {
        PgArrays reader = new PgArrays(text);
        List<String[]> rows = new ArrayList<>();
        reader.expect('{');
        if (reader.peek() == '}') {
            reader.at++;
        } else {
            do {
                rows.add(reader.array());
            } while (reader.separator());
        }
        reader.end();
        return rows;
    }

    private String[] array() {
        expect('{');
        if (peek() == '}') {
            at++;
            return new String[0];
        }
        List<String> elements = new ArrayList<>();
        do {
            elements.add(element());
        } while (separator());
        return elements.toArray(new String[0]);
    }

    /** Past a comma (true: another item follows) or the closing brace (false). */
    private boolean separator() {
        char c = next();
        if (c == ',') {
            return true;
        }
        if (c != '}') {
            throw malformed("',' or '}'");
        }
        return false;
    }

    private String element() {
        if (peek() == '"') {
            at++;
            int start = at;
            StringBuilder unescaped = null;
            while (true) {
                char c = next();
                if (c == '"') {
                    return unescaped == null ? text.substring(start, at - 1) : unescaped.toString();
                }
                if (c == '\\') {
                    if (unescaped == null) {
                        unescaped = new StringBuilder(text.length() - start).append(text, start, at - 1);
                    }
                    unescaped.append(next());
                } else if (unescaped != null) {
                    unescaped.append(c);
                }
            }
        }
        int start = at;
        while (at < text.length() && text.charAt(at) != ',' && text.charAt(at) != '}') {
            at++;
        }
        if (at == start) {
            throw malformed("an element");
        }
        return at - start == 4 && text.regionMatches(true, start, "NULL", 0, 4) ? null : text.substring(start, at);
    }

    private void expect(char c) {
        if (next() != c) {
            throw malformed("'" + c + "'");
        }
    }

    private char peek() {
        if (at >= text.length()) {
            throw malformed("more");
        }
        return text.charAt(at);
    }

    private char next() {
        char c = peek();
        at++;
        return c;
    }

    private void end() {
        if (at != text.length()) {
            throw malformed("the end");
        }
    }

    private IllegalStateException malformed(String expected) {
        return new IllegalStateException("Unreadable prefetched array: expected " + expected + " at " + at + " of "
                + (text.length() > 200 ? text.substring(0, 200) + "..." : text));
    }
}
