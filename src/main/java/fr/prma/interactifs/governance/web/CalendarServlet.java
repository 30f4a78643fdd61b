package fr.prma.interactifs.governance.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.prma.interactifs.governance.service.InvalidCalendarTokenException;
import fr.prma.interactifs.governance.service.MeetingCalendar;
import fr.prma.interactifs.platform.http.ContentDisposition;
import fr.prma.interactifs.platform.service.GeneratedFile;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Meetings as iCalendar files.
 * <ul>
 * <li>{@code /calendrier/reunion/<id>.ics}: one meeting, downloaded by a signed-in person (the whole intranet
 * needs a sign-in) under a name made from its body and day; a meeting they may not see is a 404, like one that
 * does not exist.</li>
 * <li>{@code /calendrier/flux/<token>.ics}: a person's private feed, read by calendar applications, which cannot
 * sign in: this path is public in {@code web.xml}, the token is the key. A wrong or revoked token gets a 401
 * and one French sentence, nothing more; the token is never logged.</li>
 * </ul>
 * The page {@code /calendrier/index.xhtml} is not mapped here: it stays a Faces page behind the sign-in.
 */
@WebServlet(name = "calendar", urlPatterns = {"/calendrier/reunion/*", "/calendrier/flux/*"})
public class CalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern MEETING = Pattern.compile("/calendrier/reunion/(\\d{1,18})\\.ics");
    private static final Pattern FEED = Pattern.compile("/calendrier/flux/([^/]*)\\.ics");
    private static final String CALENDAR = "text/calendar; charset=utf-8";

    @EJB
    private MeetingCalendar calendar;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Matcher meeting = MEETING.matcher(path);
        Matcher feed = FEED.matcher(path);
        if (meeting.matches()) {
            meeting(Long.parseLong(meeting.group(1)), response);
        } else if (feed.matches()) {
            feed(feed.group(1), response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void meeting(long meetingId, HttpServletResponse response) throws IOException {
        GeneratedFile ics;
        try {
            // The sign-in is required by web.xml; an unrecorded one (should not happen) is treated as not found
            ics = currentUser.isKnown() ? calendar.meetingIcs(currentUser.actor(), meetingId) : null;
        } catch (NotFoundException unknown) {
            ics = null;
        }
        if (ics == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Content-Disposition", ContentDisposition.attachment(ics.fileName()));
        send(response, ics.content());
    }

    private void feed(String token, HttpServletResponse response) throws IOException {
        String ics;
        try {
            ics = calendar.feedIcs(token);
        } catch (InvalidCalendarTokenException refused) {
            // Not sendError: the error pages are Faces pages for people; a calendar application gets one sentence.
            // No WWW-Authenticate either: it would make applications ask for a password that does not exist.
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("text/plain; charset=utf-8");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.getOutputStream().write(ResourceBundle.getBundle("fr.prma.interactifs.i18n.messages",
                    Locale.FRENCH).getString(refused.messageKey()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(response, ics.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpServletResponse response, byte[] bytes) throws IOException {
        response.setContentType(CALENDAR);
        // Personal data: shared caches (proxies) must not keep it
        response.setHeader("Cache-Control", "private");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
