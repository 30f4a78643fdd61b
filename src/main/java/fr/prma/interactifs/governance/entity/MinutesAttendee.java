package fr.prma.interactifs.governance.entity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A member of the body in the minutes: their name as it was, and whether they were there. */
@Entity
@Table(name = "minutes_attendee")
public class MinutesAttendee {

    @Id
    @SequenceGenerator(name = "minutes_attendee_seq", sequenceName = "minutes_attendee_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "minutes_attendee_seq")
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 200)
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AttendanceAnswer status;

    @Column(name = "proxy_name", length = 200)
    private String proxyName;

    protected MinutesAttendee() {
        // for JPA
    }

    public MinutesAttendee(long personId, String displayName, String organisation, AttendanceAnswer status,
                           String proxyName) {
        this.personId = personId;
        this.displayName = Objects.requireNonNull(displayName);
        this.organisation = organisation;
        this.status = Objects.requireNonNull(status);
        this.proxyName = status == AttendanceAnswer.PRESENT ? null : proxyName;
    }

    MinutesAttendee copy() {
        return new MinutesAttendee(personId, displayName, organisation, status, proxyName);
    }

    void changeStatus(AttendanceAnswer status) {
        this.status = Objects.requireNonNull(status);
        if (status == AttendanceAnswer.PRESENT) {
            proxyName = null;
        }
    }

    public long getPersonId() {
        return personId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getOrganisation() {
        return organisation;
    }

    public AttendanceAnswer getStatus() {
        return status;
    }

    public String getProxyName() {
        return proxyName;
    }
}
