package fr.prma.interactifs.security.api;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The application's one authentication mechanism (Jakarta Security 3 takes one per application): requests to
 * the REST API ({@code /api/…}) are authenticated by their bearer token, and refused with a 401 when they have
 * none or a bad one, never sent to a login page; every other request goes to the OpenID Connect sign-in of
 * {@link fr.prma.interactifs.security.OpenIdSignIn}, whose mechanism this one delegates to.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class ApiOrBrowserAuthentication implements HttpAuthenticationMechanism {

    /** Where the caller of an API request is left for the resources. */
    public static final String CALLER = ApiCaller.class.getName();

    @Inject
    BeanManager beans;

    @Inject
    BearerTokens tokens;

    private volatile HttpAuthenticationMechanism browser;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (!isApi(request)) {
            return browser().validateRequest(request, response, context);
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<ApiCaller> caller = tokens.validate(header.substring(7).strip());
            if (caller.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                return context.responseUnauthorized();
            }
            request.setAttribute(CALLER, caller.get());
            return context.notifyContainerAboutLogin(caller.get().username(), caller.get().roles());
        }
        if (context.isProtected()) {
            response.setHeader("WWW-Authenticate", "Bearer");
            return context.responseUnauthorized();
        }
        return context.doNothing();
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        return isApi(request) ? AuthenticationStatus.SUCCESS : browser().secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
        } else {
            browser().cleanSubject(request, response, context);
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    /** The OpenID Connect mechanism that Jakarta Security made from the annotation: the other mechanism bean. */
    private HttpAuthenticationMechanism browser() {
        HttpAuthenticationMechanism found = browser;
        if (found == null) {
            Bean<?> bean = beans.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE).stream()
                    .filter(candidate -> candidate.getBeanClass() != ApiOrBrowserAuthentication.class)
                    .findFirst().orElseThrow(() -> new IllegalStateException("No OpenID Connect mechanism"));
            found = (HttpAuthenticationMechanism) beans.getReference(bean, HttpAuthenticationMechanism.class,
                    beans.createCreationalContext(bean));
            browser = found;
        }
        return found;
    }
}
