package fr.prma.interactifs.security.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import fr.prma.interactifs.security.OpenIdSettings;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * "Se déconnecter": ends the application session, then sends the browser to Keycloak's end-session
 * endpoint (OpenID Connect RP-initiated logout) so that the single sign-on session ends too; Keycloak
 * sends the person back to the application's home, hence to the login page.
 * POST only, so that a link followed by a third party cannot sign anyone out.
 */
@WebServlet(name = "signOut", urlPatterns = "/deconnexion")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private OpenIdContext openIdContext;

    @Inject
    private OpenIdSettings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<String> endSession = Optional.empty();
        String idToken = null;
        if (request.getUserPrincipal() != null && openIdContext.getIdentityToken() != null) {
            idToken = openIdContext.getIdentityToken().getToken();
            endSession = Optional.ofNullable(openIdContext.getProviderMetadata())
                    .map(metadata -> metadata.getString("end_session_endpoint", null));
        }
        // The sign-in lives in the HTTP session (the mechanism registers it there): ending the session ends
        // it. HttpServletRequest.logout() is not used: the OpenID mechanism answers it with a new sign-in.
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (endSession.isPresent()) {
            response.sendRedirect(endSession.get()
                    + "?client_id=" + encode(settings.getClientId())
                    + "&post_logout_redirect_uri=" + encode(settings.getPostLogoutUri())
                    + "&id_token_hint=" + encode(idToken));
        } else {
            response.sendRedirect(settings.getPostLogoutUri());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
