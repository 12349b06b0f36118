package org.eczemarx.drug;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.graphql.PageInfo;
import org.eczemarx.graphql.PageRequest;

/** A page of drugs (Relay connection). */
@Description("A page of drugs (Relay cursor connection) with the total number matching.")
public class DrugConnection {

    private final List<DrugEdge> edges;
    private final PageInfo pageInfo;
    private final int totalCount; // Int, as Relay connections count: the knowledge base stays far below 2^31 rows

    DrugConnection(PageRequest page, List<Drug> drugs, long totalCount) {
        this.edges = new ArrayList<>(drugs.size());
        for (int i = 0; i < drugs.size(); i++) {
            edges.add(new DrugEdge(page.cursorAt(page.offset() + i), drugs.get(i)));
        }
        this.pageInfo = PageInfo.of(page, drugs.size(), totalCount);
        this.totalCount = Math.toIntExact(totalCount);
    }

    @NonNull
    @Description("The drugs of this page with their cursors.")
    public List<@NonNull DrugEdge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("The drugs of this page, without cursors.")
    public List<@NonNull Drug> getNodes() {
        return edges.stream().map(DrugEdge::getNode).toList();
    }

    @NonNull
    @Description("Where this page sits.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    @NonNull
    @Description("How many drugs match the filter, over all pages.")
    public int getTotalCount() {
        return totalCount;
    }

    /** One drug of a page. */
    @Description("A drug and its cursor.")
    public static class DrugEdge {
        private final String cursor;
        private final Drug node;

        DrugEdge(String cursor, Drug node) {
            this.cursor = cursor;
            this.node = node;
        }

        @NonNull
        @Description("Pass as `after`, with the same `filter` and `orderBy`, to continue after this drug's position in the list (a data release that adds or removes drugs moves positions).")
        public String getCursor() {
            return cursor;
        }

        @NonNull
        @Description("The drug.")
        public Drug getNode() {
            return node;
        }
    }
}
