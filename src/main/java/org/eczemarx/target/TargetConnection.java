package org.eczemarx.target;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.graphql.PageInfo;
import org.eczemarx.graphql.PageRequest;

/** A page of targets (Relay connection). */
@Description("A page of targets (Relay cursor connection), by symbol, with the total number.")
public class TargetConnection {

    private final List<TargetEdge> edges;
    private final PageInfo pageInfo;
    private final int totalCount; // Int, as Relay connections count: the knowledge base stays far below 2^31 rows

    TargetConnection(PageRequest page, List<Target> targets, long totalCount) {
        this.edges = new ArrayList<>(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            edges.add(new TargetEdge(page.cursorAt(page.offset() + i), targets.get(i)));
        }
        this.pageInfo = PageInfo.of(page, targets.size(), totalCount);
        this.totalCount = Math.toIntExact(totalCount);
    }

    @NonNull
    @Description("The targets of this page with their cursors.")
    public List<@NonNull TargetEdge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("The targets of this page, without cursors.")
    public List<@NonNull Target> getNodes() {
        return edges.stream().map(TargetEdge::getNode).toList();
    }

    @NonNull
    @Description("Where this page sits.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    @NonNull
    @Description("How many targets there are, over all pages.")
    public int getTotalCount() {
        return totalCount;
    }

    /** One target of a page. */
    @Description("A target and its cursor.")
    public static class TargetEdge {
        private final String cursor;
        private final Target node;

        TargetEdge(String cursor, Target node) {
            this.cursor = cursor;
            this.node = node;
        }

        @NonNull
        @Description("Pass as `after` to continue after this target's position in the list (a data release that adds or removes targets moves positions).")
        public String getCursor() {
            return cursor;
        }

        @NonNull
        @Description("The target.")
        public Target getNode() {
            return node;
        }
    }
}
