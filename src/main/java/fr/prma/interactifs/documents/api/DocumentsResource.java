package fr.prma.interactifs.documents.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.prma.interactifs.documents.entity.DocumentCategory;
import fr.prma.interactifs.documents.entity.DocumentDescription;
import fr.prma.interactifs.documents.search.SearchRequest;
import fr.prma.interactifs.documents.service.Deposit;
import fr.prma.interactifs.documents.service.DepositOutcome;
import fr.prma.interactifs.documents.service.DocumentDetails;
import fr.prma.interactifs.documents.service.DocumentSearch;
import fr.prma.interactifs.documents.service.Download;
import fr.prma.interactifs.documents.service.Library;
import fr.prma.interactifs.documents.service.LibraryFilter;
import fr.prma.interactifs.documents.service.LibraryPage;
import fr.prma.interactifs.documents.service.SearchPage;
import fr.prma.interactifs.documents.service.VersionDetails;
import fr.prma.interactifs.documents.storage.ContentStore;
import fr.prma.interactifs.governance.entity.BodyCode;
import fr.prma.interactifs.platform.api.ApiErrors;
import fr.prma.interactifs.platform.http.ContentDisposition;
import fr.prma.interactifs.platform.service.BusinessException;
import fr.prma.interactifs.security.Actor;
import fr.prma.interactifs.security.api.ApiActors;
import fr.prma.interactifs.security.api.ApiCaller;
import fr.prma.interactifs.security.api.ApiOrBrowserAuthentication;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * The library through the REST API: list, search, read, download, deposit, new versions, description, visibility,
 * restoring a version and the bin, with exactly the use cases and permissions of the screens ({@link Library},
 * {@link DocumentSearch}). The caller is the person (or service account) their bearer token names.
 */
@Path("/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class DocumentsResource {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @EJB
    private Library library;

    @EJB
    private DocumentSearch search;

    @Inject
    private ContentStore store;

    @Inject
    private ApiActors actors;

    @Context
    private HttpServletRequest request;

    private Actor actor() {
        Object caller = request.getAttribute(ApiOrBrowserAuthentication.CALLER);
        if (!(caller instanceof ApiCaller apiCaller)) {
            throw new NotAuthorizedException("Bearer");
        }
        return actors.actorOf(apiCaller);
    }

    @GET
    @Operation(summary = "Une page de la bibliothèque", description = "Les documents que l'appelant peut lire, "
            + "les plus récents d'abord ; page à partir de 1.")
    public LibraryPage list(@QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("taille") @DefaultValue("25") int size) {
        int limit = Math.min(Math.max(size, 1), 200);
        return library.page(actor(), LibraryFilter.none(), (Math.max(page, 1) - 1) * limit, limit);
    }

    @GET
    @Path("/recherche")
    @Operation(summary = "Recherche en texte intégral", description = "Mots en français, expressions entre "
            + "guillemets ; extraits surlignés (<mark>) et facettes, parmi ce que l'appelant peut lire.")
    public SearchPage search(@QueryParam("q") String words, @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("taille") @DefaultValue("20") int size, @QueryParam("recents") boolean newest) {
        int limit = Math.min(Math.max(size, 1), 100);
        return search.search(actor(), new SearchRequest(words, null, null, null, null,
                newest ? SearchRequest.Order.NEWEST : SearchRequest.Order.RELEVANCE, (Math.max(page, 1) - 1) * limit,
                limit));
    }

    /** The documents that hold a content, as an import script asks before sending a file. */
    public record SameContent(String empreinte, List<Long> documents) {
    }

    @GET
    @Path("/empreintes/{empreinte}")
    @Operation(summary = "Les documents qui ont déjà ce contenu", description = "Empreinte SHA-256 du fichier, en "
            + "hexadécimal : les documents lisibles par l'appelant dont la version en vigueur a exactement ce "
            + "contenu (hors corbeille) ; 404 s'il n'y en a aucun, 400 si l'empreinte est mal formée.")
    public Response withContent(@PathParam("empreinte") String fingerprint) {
        String sha256 = fingerprint.toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(sha256).matches()) {
            return ApiErrors.answer(Response.Status.BAD_REQUEST, "api.malformedFingerprint");
        }
        List<Long> documents = library.withContent(actor(), sha256);
        if (documents.isEmpty()) {
            return ApiErrors.answer(Response.Status.NOT_FOUND, "api.noSuchContent");
        }
        return Response.ok(new SameContent(sha256, documents)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Un document, ses propriétés et ses versions")
    public DocumentDetails find(@PathParam("id") long id) {
        return library.find(actor(), id);
    }

    @GET
    @Path("/{id}/contenu")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Le fichier d'une version (la version en vigueur par défaut)")
    public Response download(@PathParam("id") long id, @QueryParam("version") Integer version) {
        Download download = library.download(actor(), id, version);
        StreamingOutput body = out -> {
            try (InputStream in = store.open(download.sha256())) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, download.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(download.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Length", download.size())
                .build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Déposer un document", description = "Parties : fichier (obligatoire), titre, "
            + "description, rubrique (STRATEGIC_WATCH, INFLUENCE, ECONOMIC_MODELS, RESEARCH, CLUSTER_LIFE), "
            + "motsCles (séparés par des virgules, ou un par ligne dès que la valeur contient un saut de ligne), "
            + "instances (codes séparés par des virgules ; vide : tout le pôle), nomFichier (nom du fichier en UTF-8, "
            + "s'il diffère de celui de la partie fichier).")
    public Response deposit(@FormParam("fichier") EntityPart file, @FormParam("titre") String title,
            @FormParam("description") String description, @FormParam("rubrique") String category,
            @FormParam("motsCles") String tags, @FormParam("instances") String bodies,
            @FormParam("nomFichier") String fileName) {
        if (file == null) {
            throw new BusinessException("api.fileRequired");
        }
        String name = fileName == null || fileName.isBlank() ? file.getFileName().orElse(null) : fileName;
        try (InputStream content = file.getContent()) {
            DepositOutcome outcome = library.deposit(actor(), new Deposit(content, name, new DocumentDescription(title,
                    description, category(category, DocumentCategory.CLUSTER_LIFE), tags(tags)), bodies(bodies)));
            return Response.created(URI.create("documents/" + outcome.documentId())).entity(outcome).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @POST
    @Path("/{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Déposer une nouvelle version", description = "Parties : fichier, commentaire.")
    public Response addVersion(@PathParam("id") long id, @FormParam("fichier") EntityPart file,
            @FormParam("commentaire") String comment) {
        if (file == null) {
            throw new BusinessException("api.fileRequired");
        }
        try (InputStream content = file.getContent()) {
            VersionDetails added = library.addVersion(actor(), id, content, file.getFileName().orElse(null), comment);
            return Response.created(URI.create("documents/" + id)).entity(added).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document's description as the API receives it, with the document's version the caller read. */
    public record DescriptionChange(String titre, String description, String rubrique, List<String> motsCles,
            Integer version) {
    }

    /** A document's visibility as the API receives it: no body means the whole cluster. */
    public record VisibilityChange(List<String> instances, Integer version) {
    }

    @PUT
    @Path("/{id}/description")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changer le titre, la description, la rubrique et les mots-clés", description = "Corps JSON : "
            + "titre, description, rubrique, motsCles (liste), version (celle du document lu ; 409 si quelqu'un l'a "
            + "changé entre-temps).")
    public Response describe(@PathParam("id") long id, DescriptionChange change) {
        if (change == null || change.version() == null) {
            throw new BusinessException("api.versionRequired");
        }
        library.describe(actor(), id, new DocumentDescription(change.titre(), change.description(),
                category(change.rubrique(), null), change.motsCles()), change.version());
        return Response.noContent().build();
    }

    @PUT
    @Path("/{id}/visibilite")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changer la visibilité", description = "Corps JSON : instances (codes ; liste vide : tout "
            + "le pôle), version (celle du document lu ; 409 si quelqu'un l'a changé entre-temps).")
    public Response changeVisibility(@PathParam("id") long id, VisibilityChange change) {
        if (change == null || change.version() == null) {
            throw new BusinessException("api.versionRequired");
        }
        library.changeVisibility(actor(), id, bodies(change.instances() == null ? ""
                : String.join(",", change.instances())), change.version());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/versions/{numero}/retablissement")
    @Operation(summary = "Rétablir une version", description = "La version redevient celle en vigueur, déposée à "
            + "nouveau comme version suivante ; paramètre commentaire facultatif.")
    public Response restore(@PathParam("id") long id, @PathParam("numero") int number,
            @QueryParam("commentaire") String comment) {
        VersionDetails restored = library.restore(actor(), id, number, comment);
        return Response.created(URI.create("documents/" + id)).entity(restored).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Mettre un document à la corbeille", description = "Il quitte la bibliothèque et la "
            + "recherche ; les administrateurs peuvent l'en sortir depuis l'intranet.")
    public Response delete(@PathParam("id") long id) {
        library.delete(actor(), id);
        return Response.noContent().build();
    }

    /** The category a code names; the fallback when none is given (null: the service asks for one). */
    private static DocumentCategory category(String value, DocumentCategory fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return DocumentCategory.valueOf(value.strip());
        } catch (IllegalArgumentException unknown) {
            throw new BusinessException("api.unknownCategory", value);
        }
    }

    /**
     * Tags as a form gives them: one per line when the value holds a line break (so that a tag may hold a comma,
     * as folder names do), else separated by commas.
     */
    static List<String> tags(String value) {
        if (value == null || value.indexOf('\n') < 0) {
            return list(value);
        }
        return value.lines().map(String::strip).filter(tag -> !tag.isEmpty()).toList();
    }

    private static List<String> list(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    private static Set<BodyCode> bodies(String value) {
        Set<BodyCode> codes = EnumSet.noneOf(BodyCode.class);
        for (String code : list(value)) {
            try {
                codes.add(BodyCode.valueOf(code));
            } catch (IllegalArgumentException unknown) {
                throw new BusinessException("document.error.noSuchBody");
            }
        }
        return codes;
    }
}
