package fr.prma.interactifs.security.web;

import org.omnifaces.util.Servlets;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the application adds to the OpenID Connect mechanism, around the moment a person must sign in.
 * <ul>
 * <li>When the session has expired, the mechanism answers with a 302 to Keycloak. For a PrimeFaces ajax
 * request the browser follows it silently, the cross-origin login page cannot be read by the script, and
 * the page just stops working. For a Faces ajax request without a signed-in caller, this decorator answers
 * instead with a Faces partial-response redirect to the page itself: the browser loads it normally, which
 * leads to the login page and back.</li>
 * <li>It remembers the page a person asked for before being sent to Keycloak, for
 * {@link SignInCallbackServlet} to send them there afterwards. (The mechanism's own
 * {@code redirectToOriginalResource} replays the original request in a way that breaks Faces pages.)</li>
 * <li>Public resources (the health endpoints) are answered without asking the identity provider, so that
 * a probe still gets an answer while Keycloak is down.</li>
 * </ul>
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SignInRedirects implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism delegate;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (request.getUserPrincipal() == null) {
            if (Servlets.isFacesAjaxRequest(request)) {
                Servlets.facesRedirect(request, response, request.getRequestURI().replace("%", "%%"));
                return AuthenticationStatus.SEND_CONTINUE;
            }
            if ("GET".equals(request.getMethod()) && !SignInCallbackServlet.isCallback(request)) {
                SignInCallbackServlet.rememberDestination(request);
            }
        }
        return delegate.validateRequest(request, response, context);
    }
}
