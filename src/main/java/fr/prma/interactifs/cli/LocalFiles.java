package fr.prma.interactifs.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import fr.prma.interactifs.documents.archive.ArchivePath;

/**
 * The files of a folder to import, in the same order at every run: everything under it except what systems
 * leave in folders (hidden files, {@code Thumbs.db}, {@code __MACOSX}, Office lock files), read with the same
 * rules as the entries of an archive imported from the browser.
 */
final class LocalFiles {

    private LocalFiles() {
    }

    /**
     * A file to import.
     *
     * @param path  where it is on disk
     * @param shown its path under the imported folder, cleaned: its folders become tags
     * @param size  its size in bytes
     */
    record LocalFile(Path path, ArchivePath shown, long size) {
    }

    /** The files under the folder, sorted by their path; symbolic links to folders are not followed. */
    static List<LocalFile> under(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> read(folder, path))
                    .filter(file -> file != null)
                    .sorted(Comparator.comparing((LocalFile file) -> file.shown().text()))
                    .toList();
        } catch (UncheckedIOException unreadable) {
            throw unreadable.getCause();
        }
    }

    private static LocalFile read(Path folder, Path path) {
        String relative = folder.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
        if (!(ArchivePath.read(relative) instanceof ArchivePath.Kept kept)) {
            return null;
        }
        try {
            return new LocalFile(path, kept.path(), Files.size(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
