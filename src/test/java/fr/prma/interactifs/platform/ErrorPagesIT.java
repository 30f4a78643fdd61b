package fr.prma.interactifs.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.prma.interactifs.testing.Deployments;

/**
 * What a person reads when a request fails: a French page that says what to do, never a stack trace.
 * The failures are provoked by a test-only servlet of the deployment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private record Answer(int status, String body) {
    }

    private Answer get(String kind) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(base, "probe/error?kind=" + kind).openConnection();
        int status = connection.getResponseCode();
        try (InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            return new Answer(status, new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void unexpectedFailureShowsAFrenchPageWithoutTechnicalDetail() throws IOException {
        Answer answer = get("crash");

        assertEquals(500, answer.status());
        assertTrue(answer.body().contains("Une erreur est survenue"), answer.body());
        assertTrue(answer.body().contains("Rien de ce que vous aviez enregistré n’est perdu."), answer.body());
        assertFalse(answer.body().contains("secret detail"), "the exception's message is not shown");
        assertFalse(answer.body().contains("IllegalStateException"), "nor its class");
        assertFalse(answer.body().contains("at fr.prma"), "nor a stack trace");
    }

    @Test
    void tokenThatDoesNotSayWhoSignedInShowsTheIncompleteAccountPage() throws IOException {
        Answer answer = get("identity");

        assertTrue(answer.body().contains("Compte incomplet"), answer.body());
        assertTrue(answer.body().contains("Demandez à l’équipe de coordination du PRMA de vérifier votre compte."),
                answer.body());
        assertTrue(answer.body().contains("id=\"sign-out\""), "the person can sign out from there");
    }

    @Test
    void expiredViewReloadsThePage() throws IOException {
        Answer answer = get("expired");

        assertTrue(answer.body().contains("Page expirée"), answer.body());
        assertTrue(answer.body().contains("http-equiv=\"refresh\""), "the page reloads by itself");
        assertTrue(answer.body().contains("/probe/error"), "it reloads the page that was asked for: " + answer.body());
    }
}
