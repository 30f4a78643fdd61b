package fr.prma.interactifs.directory.entity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

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
import jakarta.persistence.Version;

/**
 * A person who may sign in. Keycloak is the source of truth for who they are; this record is the
 * application's copy, refreshed at each sign-in, so that other features can name authors, attendees
 * and reviewers without asking Keycloak.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = "Person.findBySubject", query = "select p from Person p where p.subject = :subject")
@NamedQuery(name = "Person.findAll", query = "select p from Person p")
@NamedQuery(name = "Person.findByOrganisations",
        query = "select p from Person p where p.organisation in :organisations order by p.lastName, p.firstName, p.username")
public class Person {

    @Id
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    private Long id;

    /** The stable Keycloak user id (the token's {@code sub}); user names and e-mails may change. */
    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String subject;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", length = 100)
    private String lastName;

    @Column(length = 200)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    /** Kept as an offset date-time: the JPA provider maps it natively, which it does not do for Instant. */
    @Column(name = "last_sign_in")
    private OffsetDateTime lastSignIn;

    @Version
    private int version;

    protected Person() {
        // for JPA
    }

    public Person(String subject) {
        this.subject = Objects.requireNonNull(subject);
    }

    /** Copies what the identity provider says about this person, at the moment they sign in. */
    public void refreshFromSignIn(String username, String firstName, String lastName, String email,
                                  Organisation organisation, Instant signedInAt) {
        refreshFromDirectory(username, firstName, lastName, email, organisation);
        this.lastSignIn = signedInAt.atOffset(ZoneOffset.UTC);
    }

    /** Copies what the identity provider's directory says about this person (who may never have signed in). */
    public void refreshFromDirectory(String username, String firstName, String lastName, String email,
                                     Organisation organisation) {
        this.username = Objects.requireNonNull(username);
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.organisation = organisation;
    }

    /** "Prénom Nom", or the user name when the identity provider gave no name. */
    public String getDisplayName() {
        String full = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return full.isEmpty() ? username : full;
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getUsername() {
        return username;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Instant getLastSignIn() {
        return lastSignIn == null ? null : lastSignIn.toInstant();
    }
}
