package vn.mattran.fund.web;

import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.mattran.fund.internal.Disbursements;

/** The steps of a support payment, each a button on its page: approve or reject (the board), pay, acknowledge. */
@Controller
class DisbursementStepController {

	private final Disbursements disbursements;

	DisbursementStepController(Disbursements disbursements) {
		this.disbursements = disbursements;
	}

	@PostMapping("/disbursements/{id}/approve")
	String approve(@PathVariable long id, RedirectAttributes redirect) {
		return Outcome.redirect(page(id), redirect, "fund.page.disbursement.approved", null,
				() -> disbursements.approve(id));
	}

	@PostMapping("/disbursements/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return Outcome.redirect(page(id), redirect, "fund.page.disbursement.rejected", null,
				() -> disbursements.reject(id, note));
	}

	@PostMapping("/disbursements/{id}/pay")
	String pay(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
			RedirectAttributes redirect) {
		return Outcome.redirect(page(id), redirect, "fund.page.disbursement.paid", null,
				() -> disbursements.pay(id, paidOn));
	}

	@PostMapping("/disbursements/{id}/acknowledge")
	String acknowledge(@PathVariable long id, @RequestParam(name = "proof", required = false) MultipartFile proof,
			RedirectAttributes redirect) throws IOException {
		String name = proof == null || proof.getOriginalFilename() == null ? "" : proof.getOriginalFilename();
		byte[] content = proof == null ? null : proof.getBytes();
		return Outcome.redirect(page(id), redirect, "fund.page.disbursement.acknowledged", null,
				() -> disbursements.acknowledge(id, name, content));
	}

	private static String page(long id) {
		return "/disbursements/" + id;
	}
}
