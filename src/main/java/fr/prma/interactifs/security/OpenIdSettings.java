package fr.prma.interactifs.security;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Where the identity provider is and who the application is to it. From MicroProfile Config (for example
 * the environment variables {@code INTERACTIFS_OIDC_PROVIDER_URI}, {@code INTERACTIFS_OIDC_CLIENT_ID},
 * {@code INTERACTIFS_OIDC_CLIENT_SECRET}, {@code INTERACTIFS_PUBLIC_URL}); the defaults are the local demo.
 * Named, because the authentication mechanism's annotation reads it through EL.
 */
@Named
@ApplicationScoped
public class OpenIdSettings {

    @Inject
    @ConfigProperty(name = "interactifs.oidc.provider-uri", defaultValue = "http://localhost:8180/realms/interactifs")
    String providerUri;

    @Inject
    @ConfigProperty(name = "interactifs.oidc.client-id", defaultValue = "interactifs-web")
    String clientId;

    /** Demo secret of the demo realm; set the real one through the environment in production. */
    @Inject
    @ConfigProperty(name = "interactifs.oidc.client-secret", defaultValue = "interactifs-demo-secret")
    String clientSecret;

    /** The address people use to reach the application, as registered in Keycloak. */
    @Inject
    @ConfigProperty(name = "interactifs.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** Public address without a trailing slash. */
    public String getPublicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Where Keycloak sends people back with the authorisation code. */
    public String getCallbackUri() {
        return getPublicUrl() + "/callback";
    }

    /** Where Keycloak sends people after signing them out. */
    public String getPostLogoutUri() {
        return getPublicUrl() + "/";
    }
}
