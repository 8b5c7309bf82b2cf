package vn.mattran.fund.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.mattran.fund.Channel;
import vn.mattran.fund.Donation;
import vn.mattran.fund.Donor;
import vn.mattran.fund.DonorKind;
import vn.mattran.fund.Fund;
import vn.mattran.fund.internal.DonationFilter;
import vn.mattran.fund.internal.Donations;
import vn.mattran.fund.internal.Donors;
import vn.mattran.fund.internal.Drives;
import vn.mattran.fund.internal.Funds;
import vn.mattran.fund.internal.Pledges;
import vn.mattran.fund.internal.ReceiptPdf;
import vn.mattran.organization.Organization;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.web.PageRequest;

/**
 * Donations of a fund: the list (filtered, found by the donor's name typed without diacritics),
 * entering one with the known donors it may be (the user picks one or says it is someone new: never
 * merged silently), a donation's page with its receipt, printing the receipt, and voiding it.
 */
@Controller
class DonationController {

	private static final String LIST = "fund/donations";
	private static final String FORM = "fund/donation-form";
	private static final String SHOW = "fund/donation";
	private static final String SUGGESTIONS = "fund/fragments :: suggestions";

	private final Funds funds;
	private final Donations donations;
	private final Donors donors;
	private final Drives drives;
	private final Pledges pledges;
	private final ReceiptPdf receipts;
	private final Organization organization;
	private final UnitChoices units;

	DonationController(Funds funds, Donations donations, Donors donors, Drives drives, Pledges pledges,
			ReceiptPdf receipts, Organization organization, UnitChoices units) {
		this.funds = funds;
		this.donations = donations;
		this.donors = donors;
		this.drives = drives;
		this.pledges = pledges;
		this.receipts = receipts;
		this.organization = organization;
		this.units = units;
	}

	@GetMapping("/funds/{id}/donations")
	String list(@PathVariable long id, @RequestParam(required = false) Long drive,
			@RequestParam(required = false) String donor, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Boolean voided, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, Model model) {
		Fund fund = funds.get(id);
		model.addAttribute("fund", fund);
		model.addAttribute("drives", drives.list(id));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("filter", new DonationFilter(drive, donor, channel, from, to, voided, sort));
		model.addAttribute("results", donations.search(id, new DonationFilter(drive, donor, channel, from, to, voided,
				sort), PageRequest.of(page, 25)));
		return LIST;
	}

	@GetMapping("/funds/{id}/donations/new")
	String newForm(@PathVariable long id, @RequestParam(required = false) Long drive, Model model) {
		DonationForm form = new DonationForm();
		form.setReceivedOn(funds.today());
		form.setDriveId(drive);
		return form(funds.get(id), form, model);
	}

	@PostMapping("/funds/{id}/donations")
	String create(@PathVariable long id, @ModelAttribute("form") DonationForm form, BindingResult binding, Model model) {
		Fund fund = funds.get(id);
		if (binding.hasErrors()) {
			return form(fund, form, model);
		}
		if (!form.donorDecided() && !suggestions(form).isEmpty()) {
			binding.rejectValue("donor", "fund.page.donation.chooseDonor");
			return form(fund, form, model);
		}
		try {
			Donation donation = donations.record(id, form.draft());
			return "redirect:/donations/" + donation.id() + "?saved";
		}
		catch (UserFacingException e) {
			Outcome.reject(e, binding);
			return form(fund, form, model);
		}
	}

	/** The known donors the name (or phone) being typed may be; for htmx, and the same list the form shows after a post. */
	@GetMapping("/funds/{id}/donors/suggestions")
	String suggestions(@PathVariable long id, @ModelAttribute("form") DonationForm form, Model model) {
		funds.get(id);
		model.addAttribute("suggestions", suggestions(form));
		return SUGGESTIONS;
	}

	private String form(Fund fund, DonationForm form, Model model) {
		model.addAttribute("fund", fund);
		model.addAttribute("form", form);
		model.addAttribute("suggestions", suggestions(form));
		model.addAttribute("drives", drives.list(fund.id()));
		model.addAttribute("units", units.below(fund));
		model.addAttribute("pledges", pledges.list(fund.id()).stream().filter(p -> p.remaining() > 0).toList());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("donorKinds", DonorKind.values());
		model.addAttribute("today", funds.today());
		return FORM;
	}

	private List<Donor> suggestions(DonationForm form) {
		if (form.getDonorKind() == DonorKind.ANONYMOUS) {
			return List.of();
		}
		return donors.suggestions(form.getDonorName(), form.getDonorPhone());
	}

	@GetMapping("/donations/{id}")
	String show(@PathVariable long id, Model model) {
		Donation donation = donations.get(id);
		Fund fund = funds.get(donation.fundId());
		model.addAttribute("donation", donation);
		model.addAttribute("fund", fund);
		model.addAttribute("drive", donation.driveId() == null ? null : drives.get(donation.driveId()));
		model.addAttribute("collector", organization.units(List.of(donation.unitId())).get(donation.unitId()));
		return SHOW;
	}

	@GetMapping("/donations/{id}/receipt.pdf")
	ResponseEntity<byte[]> receipt(@PathVariable long id) {
		byte[] pdf = receipts.print(id);
		String number = donations.get(id).receiptNumber().replace('/', '-');
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("bien-lai-" + number + ".pdf", StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(pdf);
	}

	@PostMapping("/donations/{id}/void")
	String voidReceipt(@PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return Outcome.redirect("/donations/" + id, redirect, "fund.page.donation.voided", null,
				() -> donations.voidReceipt(id, reason));
	}
}
