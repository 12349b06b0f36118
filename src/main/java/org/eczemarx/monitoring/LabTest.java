package org.eczemarx.monitoring;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.graphql.Node;
import org.eczemarx.graphql.NodeEntity;
import org.eczemarx.graphql.NodeType;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.persistence.Entity;

/** A test or check done before or during treatment. */
@Entity
@RegisterForReflection(fields = true, methods = true) // built from prefetched rows (prefetch/EntityColumns), also in a native image
@Description("A laboratory test or clinical check done before or during treatment (blood count, lipids, TB screening, blood pressure ...).")
public class LabTest extends NodeEntity implements Node {

    public String code;
    public String name;
    public String measures;

    @Override
    protected NodeType nodeType() {
        return NodeType.LAB_TEST;
    }

    @NonNull
    @Description("Stable code, e.g. \"CBC\", \"LIPID_PANEL\", \"TB_SCREENING\".")
    public String getCode() {
        return code;
    }

    @NonNull
    @Description("Name of the test, e.g. \"complete blood count with differential\".")
    public String getName() {
        return name;
    }

    @NonNull
    @Description("What it measures.")
    public String getMeasures() {
        return measures;
    }
}
