package fr.prma.interactifs.documents.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.prma.interactifs.documents.service.Download;
import fr.prma.interactifs.documents.service.Library;
import fr.prma.interactifs.documents.storage.ContentStore;
import fr.prma.interactifs.platform.http.PrivateDownload;
import fr.prma.interactifs.platform.service.NotFoundException;
import fr.prma.interactifs.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /documents/fichier/<id>} (current version) and {@code /documents/fichier/<id>/<version>}: the file, for
 * a signed-in person who may read the document; anything else is a 404. Served as an attachment under its
 * deposited name (RFC 6266: an ASCII fallback and the UTF-8 name), with the type detected from its bytes and
 * {@code nosniff}; only a PDF asked with {@code ?apercu} is served inline, for the page's preview.
 */
@WebServlet(name = "document-download", urlPatterns = "/documents/fichier/*")
public class DocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})(?:/(\\d{1,9}))?");

    @EJB
    private Library library;

    @Inject
    private ContentStore store;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Download download;
        try {
            download = path.matches() && currentUser.isKnown()
                    ? library.download(currentUser.actor(), Long.parseLong(path.group(1)),
                            path.group(2) == null ? null : Integer.valueOf(path.group(2)))
                    : null;
        } catch (NotFoundException unknown) {
            download = null;
        }
        if (download == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean inline = request.getParameter("apercu") != null && "application/pdf".equals(download.mediaType());
        PrivateDownload.headers(response, download.mediaType(), inline ? "inline" : "attachment", download.fileName(),
                download.size());
        if (!inline) {
            // Should a browser still open it, nothing in it may run (the PDF viewer needs no sandbox: it runs none).
            response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        }
        try (InputStream in = store.open(download.sha256())) {
            in.transferTo(response.getOutputStream());
        }
    }
}
