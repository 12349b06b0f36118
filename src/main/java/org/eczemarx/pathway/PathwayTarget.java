package org.eczemarx.pathway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Membership of a target in a pathway. */
@Entity
@Table(name = "pathway_target")
public class PathwayTarget {

    @Id
    private Long id;
    @Column(name = "pathway_id")
    private Long pathwayId;
    @Column(name = "target_id")
    private Long targetId;

    public Long pathwayId() {
        return pathwayId;
    }

    public Long targetId() {
        return targetId;
    }
}
