package fr.prma.interactifs.governance.entity;

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

/**
 * A person's role in a body. A person sits in a body when they hold at least one membership in it;
 * secretaries and the chair hold both their role and {@link BodyRole#MEMBER}.
 */
@Entity
@Table(name = "membership")
@NamedQuery(name = "Membership.findMembersOfBody",
        query = "select p, m.role, o.name from Membership m join m.person p left join p.organisation o"
                + " where m.body.code = :code")
@NamedQuery(name = "Membership.findByPeople",
        query = "select m from Membership m join fetch m.body where m.person.id in :people")
@NamedQuery(name = "Membership.findBodyIdsOfPerson",
        query = "select distinct m.body.id from Membership m where m.person.id = :person")
@NamedQuery(name = "Membership.deleteByPeople", query = "delete from Membership m where m.person in :people")
public class Membership {

    @Id
    @SequenceGenerator(name = "membership_seq", sequenceName = "membership_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id", nullable = false)
    private Body body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BodyRole role;

    protected Membership() {
        // for JPA
    }

    public Membership(Person person, Body body, BodyRole role) {
        this.person = Objects.requireNonNull(person);
        this.body = Objects.requireNonNull(body);
        this.role = Objects.requireNonNull(role);
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Body getBody() {
        return body;
    }

    public BodyRole getRole() {
        return role;
    }
}
