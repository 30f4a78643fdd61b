package fr.prma.interactifs.documents.service;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

import fr.prma.interactifs.documents.entity.DepositedFile;
import fr.prma.interactifs.documents.entity.FileNames;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.platform.service.Label;

/**
 * Which files the library accepts, judged from their bytes: Tika's magic numbers give the type, and the
 * file's name may only narrow it within the family the bytes show (an OOXML container named {@code .xlsx} is
 * a spreadsheet); a name that contradicts the bytes (a {@code .pdf} holding text) is refused, as is any type
 * outside the allow-list (executables, scripts, archives…). The extraction worker, which has every parser,
 * later records the exact type.
 * <p>
 * The allow-list holds exact types, and families written {@code prefix*}.
 */
public final class DocumentTypes {

    /** Office, PDF, text, image and OpenDocument types; {@code interactifs.documents.allowed-types} replaces it. */
    public static final List<String> DEFAULT_ALLOWED = List.of(
            "application/pdf",
            "text/plain", "text/csv", "text/html", "application/xhtml+xml", "text/x-web-markdown",
            "application/rtf",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/x-tika-msoffice", "application/x-tika-ooxml",
            "application/vnd.openxmlformats-officedocument.*",
            "application/vnd.oasis.opendocument.*",
            "image/png", "image/jpeg", "image/gif", "image/tiff", "image/webp");

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

    private final List<String> allowed;

    public DocumentTypes(List<String> allowed) {
        this.allowed = allowed.stream().map(type -> type.strip().toLowerCase(Locale.ROOT))
                .filter(type -> !type.isEmpty()).toList();
    }

    /**
     * The type of a stored file, from its bytes and, within what they allow, its name.
     *
     * @throws BusinessException when the type is not allowed, or the name says another type than the bytes
     */
    public String accept(Path file, String name) throws IOException {
        MediaType fromBytes = detect(file, null);
        MediaType withName = detect(file, name);
        MediaType type = REGISTRY.isSpecializationOf(withName, fromBytes) ? withName : fromBytes;
        MediaType named = namedType(name);
        if (named != null && !compatible(named, fromBytes)) {
            throw new BusinessException("document.error.typeMismatch", name, FileNames.extension(name),
                    new Label("document.type." + DepositedFile.familyOf(fromBytes.toString())));
        }
        if (!isAllowed(type)) {
            throw new BusinessException("document.error.typeRefused", name, type.toString());
        }
        return type.toString();
    }

    private static MediaType detect(Path file, String name) throws IOException {
        Metadata metadata = new Metadata();
        if (name != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return TYPES.detect(in, metadata).getBaseType();
        }
    }

    /** The type the name's extension stands for, or null when it says nothing we know. */
    private static MediaType namedType(String name) {
        if (FileNames.extension(name).isEmpty()) {
            return null;
        }
        MediaType type = TYPES.getMimeType(name).getType().getBaseType();
        return MediaType.OCTET_STREAM.equals(type) ? null : type;
    }

    /** The bytes are of the named type, of a family it belongs to, or both are some kind of text. */
    private static boolean compatible(MediaType named, MediaType fromBytes) {
        return named.equals(fromBytes) || REGISTRY.isSpecializationOf(named, fromBytes)
                || REGISTRY.isSpecializationOf(fromBytes, named)
                || isText(named) && isText(fromBytes);
    }

    private static boolean isText(MediaType type) {
        return "text".equals(type.getType()) || REGISTRY.isSpecializationOf(type, MediaType.TEXT_PLAIN);
    }

    boolean isAllowed(MediaType type) {
        String name = type.getBaseType().toString();
        return allowed.stream().anyMatch(entry -> entry.endsWith("*")
                ? name.startsWith(entry.substring(0, entry.length() - 1))
                : name.equals(entry));
    }
}
