package fr.prma.interactifs.governance.entity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

import fr.prma.interactifs.directory.entity.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A member and a meeting: their answer to the convocation (with the member they give their proxy to, if they
 * cannot come) and, once the meeting is held, whether the secretary recorded them present.
 */
@Entity
@Table(name = "attendance")
@NamedQuery(name = "Attendance.findByMeeting",
        query = "select a from Attendance a join fetch a.person left join fetch a.proxy where a.meeting = :meeting")
@NamedQuery(name = "Attendance.findOne",
        query = "select a from Attendance a where a.meeting = :meeting and a.person.id = :person")
@NamedQuery(name = "Attendance.findAnsweredBy",
        query = "select a.meeting.id from Attendance a where a.person.id = :person and a.answer is not null"
                + " and a.meeting.id in :meetings")
public class Attendance {

    @Id
    @SequenceGenerator(name = "attendance_seq", sequenceName = "attendance_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private AttendanceAnswer answer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proxy_id")
    private Person proxy;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private AttendanceAnswer attended;

    @Version
    private int version;

    protected Attendance() {
        // for JPA
    }

    public Attendance(Meeting meeting, Person person) {
        this.meeting = Objects.requireNonNull(meeting);
        this.person = Objects.requireNonNull(person);
    }

    /** The member answers; a proxy only goes with an answer other than present (checked by the service). */
    public void answer(AttendanceAnswer answer, Person proxy, Instant now) {
        this.answer = Objects.requireNonNull(answer);
        this.proxy = answer == AttendanceAnswer.PRESENT ? null : proxy;
        this.answeredAt = now.atOffset(ZoneOffset.UTC);
    }

    /** What the secretary recorded on the day; {@code null} when not recorded. */
    public void recordAttended(AttendanceAnswer attended) {
        this.attended = attended;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Person getPerson() {
        return person;
    }

    public AttendanceAnswer getAnswer() {
        return answer;
    }

    public Person getProxy() {
        return proxy;
    }

    public OffsetDateTime getAnsweredAt() {
        return answeredAt;
    }

    public AttendanceAnswer getAttended() {
        return attended;
    }
}
