package fr.prma.interactifs.governance.entity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

import fr.prma.interactifs.directory.entity.Person;
import fr.prma.interactifs.platform.service.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An attendee's remark on a draft of minutes circulated for corrections. Only an attendee (recorded present)
 * comments, only while the draft is circulated and until its deadline (the day included).
 */
@Entity
@Table(name = "minutes_comment")
@NamedQuery(name = "MinutesComment.findByMinutes",
        query = "select c from MinutesComment c where c.minutes.id = :minutes order by c.createdAt, c.id")
public class MinutesComment {

    public static final int BODY_MAX = 4000;

    @Id
    @SequenceGenerator(name = "minutes_comment_seq", sequenceName = "minutes_comment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "minutes_comment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "minutes_id", nullable = false, updatable = false)
    private Minutes minutes;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false, length = 200, updatable = false)
    private String authorName;

    @Column(nullable = false, length = BODY_MAX, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected MinutesComment() {
        // for JPA
    }

    /** @throws BusinessException when the draft is not open to comments, the author did not attend, or the text is empty */
    public MinutesComment(Minutes minutes, Person author, String text, Instant now) {
        if (minutes.getStatus() != MinutesStatus.IN_CORRECTION
                || now.atZone(MeetingSchedule.ZONE).toLocalDate().isAfter(minutes.getCommentsUntil())) {
            throw new BusinessException("minutes.error.notOpenToComments");
        }
        if (minutes.getAttendees().stream().noneMatch(attendee -> attendee.getPersonId() == author.getId()
                && attendee.getStatus() == AttendanceAnswer.PRESENT)) {
            throw new BusinessException("minutes.error.notAnAttendee");
        }
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new BusinessException("minutes.error.commentRequired");
        }
        if (stripped.length() > BODY_MAX) {
            throw new BusinessException("minutes.error.commentTooLong", BODY_MAX);
        }
        this.minutes = Objects.requireNonNull(minutes);
        this.authorId = author.getId();
        this.authorName = author.getDisplayName();
        this.body = stripped;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
