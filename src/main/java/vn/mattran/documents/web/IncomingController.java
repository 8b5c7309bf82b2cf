package vn.mattran.documents.web;

import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.mattran.documents.DocumentType;
import vn.mattran.documents.IncomingDocument;
import vn.mattran.documents.internal.incoming.IncomingDocuments;
import vn.mattran.documents.internal.incoming.IncomingDraft;
import vn.mattran.organization.Organization;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.web.Forms;

/** Entering a received document in the incoming register, its file, and what it caused. */
@Controller
class IncomingController {

	static final String FORM = "documents/incoming-form";

	private final IncomingDocuments incoming;
	private final Organization organization;

	IncomingController(IncomingDocuments incoming, Organization organization) {
		this.incoming = incoming;
		this.organization = organization;
	}

	@GetMapping("/documents/incoming/new")
	String newIncoming(@RequestParam(required = false) Long unit, Model model) {
		return form(model, new IncomingDraft(null, null, null, null, null, null, null), unit);
	}

	@PostMapping("/documents/incoming")
	String register(@ModelAttribute("form") IncomingDraft form, BindingResult binding,
			@RequestParam(value = "file", required = false) MultipartFile file, @RequestParam(required = false) Long unit,
			Model model, RedirectAttributes redirect) throws IOException {
		try {
			IncomingDocument created = incoming.register(form, file == null ? null : file.getOriginalFilename(),
					file == null ? new byte[0] : file.getBytes());
			redirect.addFlashAttribute("success", "incoming.registered");
			redirect.addFlashAttribute("successArgs", new Object[] { created.number() });
			return "redirect:/documents/" + created.id();
		}
		catch (InvalidInput e) {
			Forms.reject(binding, e);
			return form(model, form, unit);
		}
	}

	@GetMapping("/documents/{id}/file")
	ResponseEntity<byte[]> file(@PathVariable long id) {
		IncomingDocument document = incoming.get(id);
		return DocumentController.file(incoming.file(id), document.mediaType(), document.fileName());
	}

	@PostMapping("/documents/{id}/links")
	String link(@PathVariable long id, @RequestParam String targetKind, @RequestParam long targetId,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		incoming.link(id, targetKind, targetId, note);
		redirect.addFlashAttribute("success", "incoming.linked");
		return "redirect:/documents/" + id;
	}

	private String form(Model model, IncomingDraft form, Long unit) {
		Long unitId = unit != null ? unit : CurrentUser.get().map(me -> me.homeUnitId()).orElse(null);
		if (unitId == null && form.receivingBodyId() != null) {
			unitId = organization.body(form.receivingBodyId()).unitId();
		}
		if (unitId == null) {
			throw new InvalidInput("unit", "document.error.chooseUnit");
		}
		model.addAttribute("form", form);
		model.addAttribute("unit", organization.unit(unitId));
		model.addAttribute("bodies", organization.bodies(unitId));
		model.addAttribute("types", DocumentType.values());
		return FORM;
	}
}
