package vn.mattran.documents.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.mattran.documents.DocumentSummary;
import vn.mattran.documents.DocumentText;
import vn.mattran.documents.DocumentType;
import vn.mattran.documents.IncomingDocument;
import vn.mattran.documents.OutgoingDocument;
import vn.mattran.documents.internal.DocumentSearch;
import vn.mattran.documents.internal.OutgoingDocuments;
import vn.mattran.documents.internal.incoming.IncomingDocuments;
import vn.mattran.documents.internal.incoming.IncomingDraft;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.web.PageOf;
import vn.mattran.shared.web.PageRequest;

/** Both registers for scripts: search, files, drafts, issuing, corrections, received documents. */
@RestController
@Tag(name = "Documents", description = "Văn bản đi, văn bản đến / outgoing and incoming documents")
class DocumentsApi {

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final DocumentSearch search;
	private final OutgoingDocuments outgoing;
	private final IncomingDocuments incoming;

	DocumentsApi(DocumentSearch search, OutgoingDocuments outgoing, IncomingDocuments incoming) {
		this.search = search;
		this.outgoing = outgoing;
		this.incoming = incoming;
	}

	/** A line of the search: {id, symbol, type, title, issuer, issuedOn}. */
	record Found(long id, String symbol, String type, String title, String issuer, LocalDate issuedOn) {

		static Found of(DocumentSummary summary) {
			return new Found(summary.id(), summary.symbol(), summary.type(), summary.title(), summary.issuer(),
					summary.issuedOn());
		}
	}

	@GetMapping("/api/v1/documents")
	@Operation(summary = "Search both registers by number and symbol, title, issuer and full text, without diacritics")
	ResponseEntity<List<Found>> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String direction, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageOf<DocumentSummary> found = search.search(new DocumentSearch.Query(q, direction, year), PageRequest.of(page, size));
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(found.total()))
			.body(found.items().stream().map(Found::of).toList());
	}

	@GetMapping("/api/v1/documents/{id}")
	Object document(@PathVariable long id) {
		return register(id).equals("IN") ? incoming.get(id) : outgoing.get(id);
	}

	@GetMapping("/api/v1/documents/{id}.pdf")
	@Operation(summary = "The PDF: as issued, as a draft would print now, or the received file when it is a PDF")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		if (register(id).equals("IN")) {
			return received(id, MediaType.APPLICATION_PDF_VALUE);
		}
		return file(outgoing.pdf(id), MediaType.APPLICATION_PDF_VALUE, outgoing.get(id), "pdf");
	}

	@GetMapping("/api/v1/documents/{id}.docx")
	@Operation(summary = "The DOCX: as issued, as a draft would print now, or the received file when it is a DOCX")
	ResponseEntity<byte[]> docx(@PathVariable long id) {
		if (register(id).equals("IN")) {
			return received(id, DOCX);
		}
		return file(outgoing.docx(id), DOCX, outgoing.get(id), "docx");
	}

	@PostMapping("/api/v1/documents")
	ResponseEntity<OutgoingDocument> draft(@RequestBody DocumentText text) {
		OutgoingDocument created = outgoing.createDraft(text);
		return ResponseEntity.created(URI.create("/api/v1/documents/" + created.id())).body(created);
	}

	@PutMapping("/api/v1/documents/{id}")
	OutgoingDocument revise(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestBody DocumentText text) {
		int current = version != null ? version : outgoing.get(id).version();
		return outgoing.updateDraft(id, current, text);
	}

	@PostMapping("/api/v1/documents/{id}/issue")
	@Operation(summary = "Issue a draft: the next number of its issuer's register for the year; it never changes again")
	OutgoingDocument issue(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn) {
		return outgoing.issue(id, issuedOn);
	}

	@PostMapping("/api/v1/documents/{id}/correct")
	ResponseEntity<OutgoingDocument> correct(@PathVariable long id) {
		return ResponseEntity.status(201).body(outgoing.correct(id));
	}

	@PostMapping(path = "/api/v1/documents/incoming", consumes = "multipart/form-data")
	@Operation(summary = "Enter a received PDF or DOCX in the incoming register of receivingBodyId")
	ResponseEntity<IncomingDocument> receive(@RequestParam("file") MultipartFile file,
			@RequestParam(required = false) Long receivingBodyId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@RequestParam(required = false) String symbol, @RequestParam(required = false) String issuer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
			@RequestParam(required = false) DocumentType type, @RequestParam(required = false) String title)
			throws IOException {
		IncomingDocument created = incoming.register(new IncomingDraft(receivingBodyId, receivedOn, symbol, issuer,
				issuedOn, type, title), file.getOriginalFilename(), file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/documents/" + created.id())).body(created);
	}

	@PostMapping("/api/v1/documents/{id}/links")
	List<IncomingDocuments.Link> link(@PathVariable long id, @RequestParam String targetKind,
			@RequestParam long targetId, @RequestParam(required = false) String note) {
		incoming.link(id, targetKind, targetId, note);
		return incoming.links(id);
	}

	private ResponseEntity<byte[]> received(long id, String mediaType) {
		IncomingDocument document = incoming.get(id);
		if (!document.mediaType().equals(mediaType)) {
			throw UserFacingException.notFound("document.error.noSuchFormat", document.fileName());
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(mediaType))
			.body(incoming.file(id));
	}

	private static ResponseEntity<byte[]> file(byte[] content, String mediaType, OutgoingDocument document,
			String extension) {
		String name = (document.symbol() != null ? document.symbol() : "du-thao-" + document.id()).replace('/', '_');
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(name + "." + extension, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(mediaType))
			.body(content);
	}

	private String register(long id) {
		return search.registerOf(id)
			.orElseThrow(() -> UserFacingException.notFound("document.error.noSuchId", String.valueOf(id)));
	}
}
