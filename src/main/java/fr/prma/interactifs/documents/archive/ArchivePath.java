package fr.prma.interactifs.documents.archive;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.prma.interactifs.documents.entity.Document;

/**
 * The path of an entry inside an archive, as names made on any system arrive (backslashes, drive letters,
 * absolute paths, {@code ..}, control characters), made into a plain relative path of clean folder names and a
 * file name. It is only ever shown and turned into tags: unpacked files are written under numbers, never under
 * a name that came from the archive.
 *
 * @param folders the folders from the archive's root down to the file, each cleaned
 * @param name    the file's name, cleaned
 */
public record ArchivePath(List<String> folders, String name) {

    /** Longest folder or file name kept, in UTF-16 units (as the database counts them). */
    public static final int SEGMENT_MAX = 255;
    /** Longest whole path kept. */
    public static final int PATH_MAX = 1000;

    /** Files that systems leave in folders, never documents of anyone's. */
    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "ehthumbs.db", "desktop.ini");
    /** Folders of system metadata (macOS resource forks). */
    private static final Set<String> SYSTEM_FOLDERS = Set.of("__macosx");
    /** Extensions of archives and compressed files: such an entry is not expanded. */
    private static final Set<String> ARCHIVE_EXTENSIONS = Set.of("zip", "7z", "rar", "tar", "gz", "tgz", "bz2",
            "tbz", "tbz2", "xz", "txz", "z", "lz", "lzma", "zst", "cab", "iso", "jar", "war", "ear", "arj", "lzh",
            "sit", "sitx", "dmg", "zipx");

    public ArchivePath {
        folders = List.copyOf(folders);
    }

    /** What a raw entry name turns out to be. */
    public sealed interface Reading permits Kept, Skipped, Unsafe {
    }

    /** A file to consider, under this clean path. */
    public record Kept(ArchivePath path) implements Reading {
    }

    /** A folder, or a hidden or system file: nothing to import, nothing to report. */
    public record Skipped() implements Reading {
    }

    /** A name that would leave the archive's root ({@code ../../etc/passwd}): refused; its cleaned form. */
    public record Unsafe(String shown) implements Reading {
    }

    /** Reads a raw entry name, as the archive gives it. */
    public static Reading read(String rawName) {
        String raw = rawName == null ? "" : rawName.replace('\\', '/');
        boolean directory = raw.endsWith("/");
        // A drive letter ("C:") or a UNC or absolute start ("//server", "/home"): the path is taken as relative.
        raw = raw.replaceFirst("^[A-Za-z]:", "");
        Deque<String> segments = new ArrayDeque<>();
        boolean escapes = false;
        for (String part : raw.split("/")) {
            String segment = clean(part);
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    escapes = true;
                } else {
                    segments.removeLast();
                }
                continue;
            }
            segments.addLast(segment);
        }
        if (escapes) {
            return new Unsafe(shorten(clean(raw), PATH_MAX));
        }
        if (directory || segments.isEmpty()) {
            return new Skipped();
        }
        for (String segment : segments) {
            if (segment.startsWith(".") || SYSTEM_FOLDERS.contains(segment.toLowerCase(Locale.ROOT))) {
                return new Skipped();
            }
        }
        String name = segments.removeLast();
        String lower = name.toLowerCase(Locale.ROOT);
        if (SYSTEM_FILES.contains(lower) || name.startsWith("~$")) {
            return new Skipped();
        }
        List<String> folders = segments.stream().map(s -> shorten(s, SEGMENT_MAX)).toList();
        String shortName = shorten(name, SEGMENT_MAX);
        // The whole path within its column: the deepest folders give way first.
        while (!folders.isEmpty() && String.join("/", folders).length() + 1 + shortName.length() > PATH_MAX) {
            folders = folders.subList(0, folders.size() - 1);
        }
        return new Kept(new ArchivePath(folders, shortName));
    }

    /** One folder or file name without control or invisible characters, nor those that file systems refuse. */
    static String clean(String segment) {
        String normalised = Normalizer.normalize(segment, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(normalised.length());
        normalised.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint) || isInvisible(codePoint)) {
                return;
            }
            kept.appendCodePoint(":*?\"<>|".indexOf(codePoint) >= 0 ? '_' : codePoint);
        });
        return kept.toString().strip();
    }

    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end).strip();
    }

    /** The path as shown: folders and name joined by {@code /}. */
    public String text() {
        return folders.isEmpty() ? name : String.join("/", folders) + "/" + name;
    }

    /** Whether the name says it is itself an archive or a compressed file ({@code .zip}, {@code .tar.gz}…). */
    public boolean isArchive() {
        int dot = name.lastIndexOf('.');
        return dot > 0 && ARCHIVE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Folder names as a document's tags, as both imports (archive and command line) give them: each within the
     * library's length, once whatever the case, at most as many as a document holds. The limits are the library's
     * compile-time constants: this class stays loadable without the persistence API (the command line uses it).
     */
    public static List<String> tags(List<String> folders) {
        List<String> tags = new ArrayList<>();
        for (String folder : folders) {
            String tag = shorten(folder.strip().replaceAll("\\s+", " "), Document.TAG_MAX);
            String lower = tag.toLowerCase(Locale.FRENCH);
            if (!tag.isEmpty() && tags.stream().noneMatch(t -> t.toLowerCase(Locale.FRENCH).equals(lower))
                    && tags.size() < Document.TAGS_MAX) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /** The folder at this depth (0 for the top one), or null when the file lies higher. */
    public String folderAt(int depth) {
        return depth < folders.size() ? folders.get(depth) : null;
    }
}
