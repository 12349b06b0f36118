package org.eczemarx.meta;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The curation this database holds (one row). */
@Entity
public class DataVersion {

    @Id
    private Integer id;
    private String version;
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
