package vn.mattran.documents.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.mattran.documents.OutgoingDocument;
import vn.mattran.documents.internal.DocumentSearch;
import vn.mattran.documents.internal.OutgoingDocuments;
import vn.mattran.documents.internal.incoming.IncomingDocuments;
import vn.mattran.documents.internal.render.XhtmlRenderer;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.web.PageRequest;

/** Both registers: search, a document's page with its preview, and its files. */
@Controller
class DocumentController {

	static final String INDEX = "documents/index";
	static final String OUTGOING = "documents/outgoing";
	static final String INCOMING = "documents/incoming";

	private final DocumentSearch search;
	private final OutgoingDocuments outgoing;
	private final IncomingDocuments incoming;

	DocumentController(DocumentSearch search, OutgoingDocuments outgoing, IncomingDocuments incoming) {
		this.search = search;
		this.outgoing = outgoing;
		this.incoming = incoming;
	}

	@GetMapping("/documents")
	String index(@RequestParam(required = false) String q, @RequestParam(required = false) String direction,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("direction", direction == null ? "" : direction);
		model.addAttribute("year", year);
		model.addAttribute("results", search.search(new DocumentSearch.Query(q, direction, year), PageRequest.of(page, 25)));
		return INDEX;
	}

	@GetMapping("/documents/{id}")
	String show(@PathVariable long id, Model model) {
		String register = search.registerOf(id)
			.orElseThrow(() -> UserFacingException.notFound("document.error.noSuchId", String.valueOf(id)));
		if (register.equals("IN")) {
			model.addAttribute("document", incoming.get(id));
			model.addAttribute("links", incoming.links(id));
			return INCOMING;
		}
		OutgoingDocument document = outgoing.get(id);
		model.addAttribute("document", document);
		model.addAttribute("preview", XhtmlRenderer.fragment(document.content(), document.numbering()));
		model.addAttribute("today", java.time.LocalDate.now(vn.mattran.shared.format.Formats.VIETNAM));
		return OUTGOING;
	}

	@GetMapping("/documents/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		OutgoingDocument document = outgoing.get(id);
		return file(outgoing.pdf(id), MediaType.APPLICATION_PDF_VALUE, fileName(document, "pdf"));
	}

	@GetMapping("/documents/{id}.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id) {
		OutgoingDocument document = outgoing.get(id);
		return file(outgoing.docx(id), DocumentFiles.DOCX, fileName(document, "docx"));
	}

	static String fileName(OutgoingDocument document, String extension) {
		String name = document.symbol() != null ? document.symbol() : "du-thao-" + document.id();
		return name.replace('/', '_') + "." + extension;
	}

	static ResponseEntity<byte[]> file(byte[] content, String mediaType, String fileName) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(mediaType))
			.body(content);
	}
}
