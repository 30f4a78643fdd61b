package fr.prma.interactifs.platform.api;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API, under {@code /api}: the same use cases and permissions as the screens, for scripts (the import
 * of archives) and other tools. Callers send an access token of Keycloak's realm as
 * {@code Authorization: Bearer …}; MicroProfile OpenAPI describes the API at {@code /openapi}.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Les Interactifs - intranet", version = "1",
        description = "Documents de la bibliothèque : liste, recherche, dépôt, versions, téléchargement."),
        security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "Jeton d'accès du royaume Keycloak « interactifs »")
public class RestApplication extends Application {
}
