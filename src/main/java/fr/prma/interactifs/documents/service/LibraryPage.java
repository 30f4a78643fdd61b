package fr.prma.interactifs.documents.service;

import java.util.List;

/** One page of a list of the library, and how many documents the whole list has. */
public record LibraryPage(long total, List<LibraryRow> rows) {

    public LibraryPage {
        rows = List.copyOf(rows);
    }
}
