package vn.mattran.fund.web;

import java.time.LocalDate;
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
import vn.mattran.fund.Fund;
import vn.mattran.fund.internal.Drives;
import vn.mattran.fund.internal.Funds;
import vn.mattran.fund.internal.Transfers;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;

/** Sending money to another fund (up, down, or to another province), and the receiver confirming it arrived. */
@Controller
class TransferController {

	private static final String FORM = "fund/transfer-form";

	private final Funds funds;
	private final Drives drives;
	private final Transfers transfers;

	TransferController(Funds funds, Drives drives, Transfers transfers) {
		this.funds = funds;
		this.drives = drives;
		this.transfers = transfers;
	}

	@GetMapping("/funds/{id}/transfers/new")
	String newForm(@PathVariable long id, Model model) {
		TransferForm form = new TransferForm();
		form.setSentOn(funds.today());
		return form(funds.get(id), form, model);
	}

	@PostMapping("/funds/{id}/transfers")
	String send(@PathVariable long id, @ModelAttribute("form") TransferForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Fund fund = funds.get(id);
		if (binding.hasErrors()) {
			return form(fund, form, model);
		}
		try {
			if (form.getToFundId() == null) {
				throw new InvalidInput("toFundId", "fund.page.error.toFund");
			}
			var sent = transfers.send(id, form.getToFundId(), MoneyInput.parse(form.getAmount(), "amount"),
					form.getSentOn(), form.getPurpose(), form.getDriveId());
			redirect.addFlashAttribute("success", "fund.page.transfer.sent");
			redirect.addFlashAttribute("successArgs", new Object[] { sent.toName() });
			return "redirect:/funds/" + id;
		}
		catch (UserFacingException e) {
			Outcome.reject(e, binding);
			return form(fund, form, model);
		}
	}

	private String form(Fund fund, TransferForm form, Model model) {
		model.addAttribute("fund", fund);
		model.addAttribute("form", form);
		model.addAttribute("drives", drives.list(fund.id()));
		model.addAttribute("directory", funds.directory().stream().filter(f -> f.id() != fund.id()).toList());
		return FORM;
	}

	/** The receiving fund confirms; back to its page ({@code fund} names it, the service checks it is the receiver's scope). */
	@PostMapping("/transfers/{id}/confirm")
	String confirm(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@RequestParam(required = false) Long fund, RedirectAttributes redirect) {
		return Outcome.redirect(fund == null ? "/funds" : "/funds/" + fund, redirect, "fund.page.transfer.confirmed", null,
				() -> transfers.confirm(id, receivedOn));
	}
}
