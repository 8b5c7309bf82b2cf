package vn.mattran.fund.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.mattran.fund.DisbursementStatus;
import vn.mattran.fund.Fund;
import vn.mattran.fund.FundKind;
import vn.mattran.fund.internal.Disbursements;
import vn.mattran.fund.internal.DonationFilter;
import vn.mattran.fund.internal.Donations;
import vn.mattran.fund.internal.Drives;
import vn.mattran.fund.internal.Funds;
import vn.mattran.fund.internal.Transfers;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.web.PageRequest;

/** The funds of the scope with their balances, opening a fund, and a fund's own page with its board and books. */
@Controller
class FundController {

	private static final String INDEX = "fund/index";
	private static final String SHOW = "fund/show";

	private final Funds funds;
	private final Drives drives;
	private final Donations donations;
	private final Disbursements disbursements;
	private final Transfers transfers;
	private final UnitChoices units;

	FundController(Funds funds, Drives drives, Donations donations, Disbursements disbursements, Transfers transfers,
			UnitChoices units) {
		this.funds = funds;
		this.drives = drives;
		this.donations = donations;
		this.disbursements = disbursements;
		this.transfers = transfers;
		this.units = units;
	}

	@GetMapping("/funds")
	String index(Model model) {
		return index(new FundForm(), model);
	}

	@PostMapping("/funds")
	String create(@ModelAttribute("form") FundForm form, BindingResult binding, Model model) {
		if (binding.hasErrors()) {
			return index(form, model);
		}
		try {
			if (form.getUnitId() == null) {
				throw new InvalidInput("unitId", "fund.page.error.unit");
			}
			Fund fund = funds.create(form.getUnitId(), form.getName(), form.getKind(), form.getBankAccount(),
					form.getBankName());
			return "redirect:/funds/" + fund.id() + "?created";
		}
		catch (UserFacingException e) {
			Outcome.reject(e, binding);
			return index(form, model);
		}
	}

	private String index(FundForm form, Model model) {
		model.addAttribute("funds", funds.list());
		model.addAttribute("form", form);
		model.addAttribute("kinds", FundKind.values());
		model.addAttribute("units", units.forNewFund());
		return INDEX;
	}

	@GetMapping("/funds/{id}")
	String show(@PathVariable long id, Model model) {
		Fund fund = funds.get(id);
		model.addAttribute("fund", fund);
		model.addAttribute("board", funds.board(id));
		model.addAttribute("accounts", funds.boardCandidates(id));
		model.addAttribute("drives", drives.list(id));
		model.addAttribute("recent", donations.search(id, new DonationFilter(null, null, null, null, null, null, null),
				new PageRequest(0, 10)));
		model.addAttribute("proposed", disbursements.list(id, DisbursementStatus.PROPOSED, new PageRequest(0, 50)));
		model.addAttribute("approved", disbursements.list(id, DisbursementStatus.APPROVED, new PageRequest(0, 50)));
		model.addAttribute("transfers", transfers.ofFund(id));
		model.addAttribute("today", funds.today());
		return SHOW;
	}

	@PostMapping("/funds/{id}/board")
	String addBoardMember(@PathVariable long id, @RequestParam(required = false) String fullName,
			@RequestParam(required = false) String role, @RequestParam(required = false) Long userId,
			RedirectAttributes redirect) {
		return Outcome.redirect("/funds/" + id, redirect, "fund.page.board.added", new Object[] { fullName },
				() -> funds.addBoardMember(id, fullName, role, userId));
	}

	@PostMapping("/funds/{id}/close")
	String closePeriod(@PathVariable long id, @RequestParam(required = false) String period,
			RedirectAttributes redirect) {
		return Outcome.redirect("/funds/" + id, redirect, "fund.page.close.done", new Object[] { period },
				() -> funds.closePeriod(id, period));
	}
}
