package fr.prma.interactifs.governance.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three governance bodies of Les Interactifs. The slug is the name of the body's Keycloak group
 * under {@code /instances}.
 */
public enum BodyCode {

    WORKING_GROUP("groupe-de-travail-resserre"),
    DEPARTMENTAL_MEETING("reunion-departementale"),
    STEERING_COMMITTEE("comite-de-pilotage");

    private final String slug;

    BodyCode(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<BodyCode> fromSlug(String slug) {
        return Arrays.stream(values()).filter(code -> code.slug.equals(slug)).findFirst();
    }
}
