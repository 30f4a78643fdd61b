package fr.prma.interactifs.workflow.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

import fr.prma.interactifs.directory.entity.Person;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A frozen version of a position paper: what the bodies review. Its text is hashed and its attachments are named
 * by document version and content hash, so that what was approved can be told apart from anything changed since.
 * It has no setter: nothing changes it once written.
 */
@Entity
@Table(name = "paper_version")
public class PaperVersion {

    @Id
    @SequenceGenerator(name = "paper_version_seq", sequenceName = "paper_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "paper_version_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "paper_id", nullable = false)
    private PositionPaper paper;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = PositionPaper.TITLE_MAX)
    private String title;

    @Column(length = PositionPaper.SUMMARY_MAX)
    private String summary;

    @Column(length = PositionPaper.THEME_MAX)
    private String theme;

    @Column(length = PositionPaper.ADDRESSEE_MAX)
    private String addressee;

    @Column(name = "body_html", length = PositionPaper.BODY_MAX)
    private String bodyHtml;

    @Column(name = "body_sha256", nullable = false, length = 64)
    private String bodySha256;

    @Column(name = "frozen_at", nullable = false, updatable = false)
    private Instant frozenAt;

    @ManyToOne(optional = false)
    @JoinColumn(name = "frozen_by_id", nullable = false, updatable = false)
    private Person frozenBy;

    @ElementCollection
    @CollectionTable(name = "paper_version_attachment", joinColumns = @JoinColumn(name = "paper_version_id"))
    private List<AttachedDocument> attachments = new ArrayList<>();

    protected PaperVersion() {
        // for JPA
    }

    PaperVersion(PositionPaper paper, int number, PaperDraft text, List<AttachedDocument> attachments,
            Person frozenBy, Instant frozenAt) {
        this.paper = paper;
        this.number = number;
        this.title = text.title();
        this.summary = text.summary();
        this.theme = text.theme();
        this.addressee = text.addressee();
        this.bodyHtml = text.bodyHtml();
        this.bodySha256 = sha256(text.bodyHtml() == null ? "" : text.bodyHtml());
        this.attachments = new ArrayList<>(attachments);
        this.frozenBy = frozenBy;
        this.frozenAt = frozenAt;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getTheme() {
        return theme;
    }

    public String getAddressee() {
        return addressee;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getBodySha256() {
        return bodySha256;
    }

    public Instant getFrozenAt() {
        return frozenAt;
    }

    public Person getFrozenBy() {
        return frozenBy;
    }

    public List<AttachedDocument> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }
}
