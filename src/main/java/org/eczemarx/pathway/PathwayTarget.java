package org.eczemarx.pathway;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Membership of a target in a pathway. */
@Entity
public class PathwayTarget {

    @Id
    private Long id;
    private Long pathwayId;
    private Long targetId;

    public Long pathwayId() {
        return pathwayId;
    }

    public Long targetId() {
        return targetId;
    }
}
