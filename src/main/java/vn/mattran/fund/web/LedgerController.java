package vn.mattran.fund.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.mattran.fund.internal.Funds;
import vn.mattran.shared.web.PageRequest;

/** A fund's journal, entry by entry with its lines and hash, and the check of its hash chain. */
@Controller
class LedgerController {

	private final Funds funds;

	LedgerController(Funds funds) {
		this.funds = funds;
	}

	@GetMapping("/funds/{id}/ledger")
	String journal(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("fund", funds.get(id));
		model.addAttribute("entries", funds.journal(id, PageRequest.of(page, 50)));
		return "fund/ledger";
	}

	@GetMapping("/funds/{id}/ledger/verify")
	String verify(@PathVariable long id, Model model) {
		model.addAttribute("fund", funds.get(id));
		model.addAttribute("check", funds.verify(id));
		return "fund/verify";
	}
}
