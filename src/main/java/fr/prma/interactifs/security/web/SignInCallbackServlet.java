package fr.prma.interactifs.security.web;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Where Keycloak sends people back after they signed in ({@code /callback}, the redirect URI registered for
 * the client). The OpenID mechanism has already validated the code and signed the person in when this
 * runs; it sends them on to the page they had asked for, or to the home page.
 */
@WebServlet(name = "signInCallback", urlPatterns = SignInCallbackServlet.PATH)
public class SignInCallbackServlet extends HttpServlet {

    static final String PATH = "/callback";
    private static final long serialVersionUID = 1L;
    private static final String DESTINATION = SignInCallbackServlet.class.getName() + ".destination";

    static boolean isCallback(HttpServletRequest request) {
        return (request.getContextPath() + PATH).equals(request.getRequestURI());
    }

    /** Remembers the page asked for by a person who is about to be sent to the login page. */
    static void rememberDestination(HttpServletRequest request) {
        String query = request.getQueryString();
        request.getSession().setAttribute(DESTINATION, request.getRequestURI() + (query == null ? "" : "?" + query));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object destination = session == null ? null : session.getAttribute(DESTINATION);
        if (session != null) {
            session.removeAttribute(DESTINATION);
        }
        // Only ever a path of this application, never an address taken from elsewhere.
        String path = destination instanceof String local && local.startsWith(request.getContextPath() + "/")
                && !local.startsWith("//") && !local.startsWith("/\\") ? local : request.getContextPath() + "/";
        response.sendRedirect(path);
    }
}
