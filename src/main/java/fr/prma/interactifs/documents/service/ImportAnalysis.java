package fr.prma.interactifs.documents.service;

import java.util.List;

/**
 * An archive unpacked and listed, waiting for its options: how many files (and how many of them were already
 * refused: archives inside it, paths that climb out), their bytes, what was passed over, and the folders its
 * files may be filed by ({@link ImportOptions#folderCategories()}).
 */
public record ImportAnalysis(long importId, String archiveName, int files, long bytes, int refused, int skipped,
        List<String> folders) {

    public ImportAnalysis {
        folders = List.copyOf(folders);
    }
}
