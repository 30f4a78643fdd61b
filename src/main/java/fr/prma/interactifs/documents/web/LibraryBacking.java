package fr.prma.interactifs.documents.web;

import java.util.List;

import fr.prma.interactifs.documents.entity.DepositedFile;
import fr.prma.interactifs.documents.entity.DocumentCategory;
import fr.prma.interactifs.documents.service.Library;
import fr.prma.interactifs.documents.service.LibraryFilter;
import fr.prma.interactifs.documents.service.LibraryPage;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs {@code /documents/index.xhtml}: one page of the library as the reader may read it, narrowed by category,
 * body, type and year and sorted, all as GET parameters; only the page asked is read from the database.
 */
@Named
@RequestScoped
public class LibraryBacking {

    public static final int PAGE_SIZE = 25;

    @EJB
    private Library library;

    @Inject
    private CurrentUser currentUser;

    private DocumentCategory category;
    private BodyCode body;
    private String type;
    private Integer year;
    private String organisation;
    private LibraryFilter.Sort sort = LibraryFilter.Sort.NEWEST;
    private int page = 1;

    private LibraryPage documents;
    private Boolean canDeposit;
    private List<Library.OrganisationChoice> organisations;

    /** View action. */
    public void load() {
        documents = library.page(currentUser.actor(), new LibraryFilter(category, body, type,
                organisation == null || organisation.isBlank() ? null : organisation, year, sort),
                (Math.max(page, 1) - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    public int getPages() {
        return (int) ((documents.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isCanDeposit() {
        if (canDeposit == null) {
            canDeposit = library.canDeposit(currentUser.actor());
        }
        return canDeposit;
    }

    public LibraryPage getDocuments() {
        return documents;
    }

    public DocumentCategory[] getCategories() {
        return DocumentCategory.values();
    }

    public BodyCode[] getBodies() {
        return BodyCode.values();
    }

    public List<String> getTypes() {
        return DepositedFile.FAMILIES;
    }

    public List<Library.OrganisationChoice> getOrganisations() {
        if (organisations == null) {
            organisations = library.organisationsWithDocuments();
        }
        return organisations;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public LibraryFilter.Sort[] getSorts() {
        return LibraryFilter.Sort.values();
    }

    public DocumentCategory getCategory() {
        return category;
    }

    public void setCategory(DocumentCategory category) {
        this.category = category;
    }

    public BodyCode getBody() {
        return body;
    }

    public void setBody(BodyCode body) {
        this.body = body;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type == null || type.isBlank() ? null : type;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LibraryFilter.Sort getSort() {
        return sort;
    }

    public void setSort(LibraryFilter.Sort sort) {
        this.sort = sort == null ? LibraryFilter.Sort.NEWEST : sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
