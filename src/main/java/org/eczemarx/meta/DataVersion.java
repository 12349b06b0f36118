package org.eczemarx.meta;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The curation this database holds (one row). */
@Entity
@Table(name = "data_version")
public class DataVersion {

    @Id
    private Integer id;
    private String version;
    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;
    private String notes;

    public String version() {
        return version;
    }

    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    public String notes() {
        return notes;
    }
}
