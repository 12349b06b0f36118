package org.eczemarx.target;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Another name of a target ("IL-4Rα" for IL4R). Served as plain strings. */
@Entity
@Table(name = "target_alias")
public class TargetAlias {

    @Id
    private Long id;
    @Column(name = "target_id")
    private Long targetId;
    private String alias;

    public Long targetId() {
        return targetId;
    }

    public String alias() {
        return alias;
    }
}
