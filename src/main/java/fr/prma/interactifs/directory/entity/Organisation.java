package fr.prma.interactifs.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A member structure, a partner or the coordination (PRMA). Seeded by the migrations from the
 * cluster's own description; matched to people through its Keycloak group.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = "Organisation.findAll", query = "select o from Organisation o")
@NamedQuery(name = "Organisation.findBySlug", query = "select o from Organisation o where o.slug = :slug")
@NamedQuery(name = "Organisation.findByKeycloakGroup",
        query = "select o from Organisation o where o.keycloakGroup = :group")
public class Organisation {

    @Id
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganisationKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "legal_form", length = 200)
    private String legalForm;

    @Column(length = 500)
    private String activities;

    /** Full path of the Keycloak group of this organisation, for example {@code /structures/le-camji}. */
    @Column(name = "keycloak_group", nullable = false, unique = true, length = 200)
    private String keycloakGroup;

    @Version
    private int version;

    protected Organisation() {
        // for JPA
    }

    /** Changes what the directory says of the organisation; its Keycloak group and slug stay. */
    public void describe(String name, String legalForm, String activities) {
        this.name = name;
        this.legalForm = legalForm;
        this.activities = activities;
    }

    public int getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getLegalForm() {
        return legalForm;
    }

    public String getActivities() {
        return activities;
    }

    public String getKeycloakGroup() {
        return keycloakGroup;
    }
}
