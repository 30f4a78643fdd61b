package fr.prma.interactifs.testing;

import fr.prma.interactifs.security.IncompleteIdentityException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test deployments only: fails the way a real request can fail, so that the error pages people would see
 * can be checked without waiting for the failure to happen for real.
 */
@WebServlet("/probe/error")
public class ErrorProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        switch (String.valueOf(request.getParameter("kind"))) {
            case "identity" -> throw new IncompleteIdentityException("The token has no subject (sub) claim");
            case "expired" -> throw new ViewExpiredException("View /index.xhtml could not be restored.", "/index.xhtml");
            default -> throw new IllegalStateException("Something broke deep inside: secret detail 42");
        }
    }
}
