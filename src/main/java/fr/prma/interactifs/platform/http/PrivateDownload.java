package fr.prma.interactifs.platform.http;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers of a file the intranet hands to one signed-in person: its type, a safe attachment name (RFC 6266),
 * no guessing of the type by the browser, kept in no shared cache. Used for the PDFs the intranet makes (minutes,
 * adoption records) and for the library's downloads.
 */
public final class PrivateDownload {

    private PrivateDownload() {
    }

    /** Sets the headers of a file of this type and size, to be saved under this name. */
    public static void headers(HttpServletResponse response, String mediaType, String disposition, String fileName,
            long size) {
        response.setContentType(mediaType);
        response.setHeader("Content-Disposition", ContentDisposition.of(disposition, fileName));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLengthLong(size);
    }

    /** Answers with a PDF the intranet made, as an attachment under this name. */
    public static void pdf(HttpServletResponse response, String fileName, byte[] pdf) throws IOException {
        headers(response, "application/pdf", "attachment", fileName, pdf.length);
        response.getOutputStream().write(pdf);
    }
}
