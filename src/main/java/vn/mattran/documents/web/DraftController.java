package vn.mattran.documents.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.mattran.documents.DocumentText;
import vn.mattran.documents.DocumentType;
import vn.mattran.documents.OutgoingDocument;
import vn.mattran.documents.RightTitle;
import vn.mattran.documents.internal.OutgoingDocuments;
import vn.mattran.organization.Body;
import vn.mattran.organization.Organization;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.security.CurrentUser;
import vn.mattran.shared.web.Forms;

/** Writing a document: the form, saving a draft, issuing it with its number, and starting a correction. */
@Controller
class DraftController {

	static final String FORM = "documents/form";
	static final String CHOOSE = "documents/choose";

	private final OutgoingDocuments outgoing;
	private final Organization organization;

	DraftController(OutgoingDocuments outgoing, Organization organization) {
		this.outgoing = outgoing;
		this.organization = organization;
	}

	/** Without an issuing body: choose one of the unit's bodies and the type; with them: the form, pre-filled. */
	@GetMapping("/documents/new")
	String newDocument(@RequestParam(required = false) Long unit, @RequestParam(required = false) Long body,
			@RequestParam(required = false) DocumentType type, Model model) {
		if (body == null || type == null) {
			Long unitId = unit != null ? unit : CurrentUser.get().map(me -> me.homeUnitId()).orElse(null);
			if (unitId == null) {
				throw new InvalidInput("unit", "document.error.chooseUnit");
			}
			model.addAttribute("unit", organization.unit(unitId));
			model.addAttribute("bodies", organization.bodies(unitId));
			model.addAttribute("types", DocumentType.values());
			return CHOOSE;
		}
		DocumentText start = outgoing.startingPoint(new DocumentText(type, body, null, null, RightTitle.NONE, true, null,
				null, null, null, null, null, null, null, null, null, null, null));
		return form(model, start, null);
	}

	@PostMapping("/documents")
	String create(@ModelAttribute("form") DocumentText form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			OutgoingDocument created = outgoing.createDraft(form);
			redirect.addFlashAttribute("success", "document.saved");
			return "redirect:/documents/" + created.id();
		}
		catch (InvalidInput e) {
			Forms.reject(binding, e);
			return form(model, form, null);
		}
	}

	@GetMapping("/documents/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		OutgoingDocument document = outgoing.get(id);
		return form(model, document.text(), document);
	}

	@PostMapping("/documents/{id}/edit")
	String update(@PathVariable long id, @RequestParam(required = false) Integer version,
			@ModelAttribute("form") DocumentText form, BindingResult binding, Model model, RedirectAttributes redirect) {
		OutgoingDocument document = outgoing.get(id);
		try {
			outgoing.updateDraft(id, version == null ? -1 : version, form);
			redirect.addFlashAttribute("success", "document.saved");
			return "redirect:/documents/" + id;
		}
		catch (InvalidInput e) {
			Forms.reject(binding, e);
			return form(model, form, document);
		}
	}

	@PostMapping("/documents/{id}/issue")
	String issue(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
			RedirectAttributes redirect) {
		try {
			OutgoingDocument issued = outgoing.issue(id, issuedOn);
			redirect.addFlashAttribute("success", "document.issued");
			redirect.addFlashAttribute("successArgs", new Object[] { issued.symbol() });
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("failure", e.messageKey());
			redirect.addFlashAttribute("failureArgs", e.args());
		}
		return "redirect:/documents/" + id;
	}

	@PostMapping("/documents/{id}/correct")
	String correct(@PathVariable long id, RedirectAttributes redirect) {
		OutgoingDocument correction = outgoing.correct(id);
		redirect.addFlashAttribute("success", "document.correctionStarted");
		return "redirect:/documents/" + correction.id() + "/edit";
	}

	private String form(Model model, DocumentText form, OutgoingDocument editing) {
		if (form.issuerBodyId() == null) {
			throw new InvalidInput("issuerBodyId", "document.error.issuerRequired");
		}
		Body issuer = organization.body(form.issuerBodyId());
		List<Body> bodies = organization.bodies(issuer.unitId());
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		model.addAttribute("issuer", issuer);
		model.addAttribute("draftingBodies", bodies.stream().filter(body -> body.id() != issuer.id()).toList());
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("rightTitles", RightTitle.values());
		return FORM;
	}
}
