package vn.mattran.planning.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.mattran.organization.Organization;
import vn.mattran.planning.Campaign;
import vn.mattran.planning.ModelSite;
import vn.mattran.planning.internal.Campaigns;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.security.CurrentUser;

/** Campaigns and emulation movements: their model sites with progress, commitments and evaluations. */
@Controller
class CampaignController {

	private final Campaigns campaigns;
	private final Organization organization;

	CampaignController(Campaigns campaigns, Organization organization) {
		this.campaigns = campaigns;
		this.organization = organization;
	}

	@GetMapping("/campaigns")
	String index(Model model) {
		model.addAttribute("campaigns", campaigns.visible());
		model.addAttribute("kinds", Campaign.Kind.values());
		model.addAttribute("homeUnit", CurrentUser.get().map(me -> me.homeUnitId()).orElse(null));
		return "campaigns/index";
	}

	@PostMapping("/campaigns")
	String create(@RequestParam long unitId, @RequestParam(required = false) Campaign.Kind kind,
			@RequestParam(required = false) String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn,
			@RequestParam(required = false) String description, RedirectAttributes redirect) {
		try {
			Campaign created = campaigns.create(unitId, kind, name, startedOn, endedOn, description);
			redirect.addFlashAttribute("success", "campaign.saved");
			return "redirect:/campaigns/" + created.id();
		}
		catch (UserFacingException e) {
			return failed(e, redirect, "/campaigns");
		}
	}

	@GetMapping("/campaigns/{id}")
	String show(@PathVariable long id, Model model) {
		Campaign campaign = campaigns.get(id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("sites", campaigns.sites(id, null));
		model.addAttribute("emulation", campaign.kind() == Campaign.Kind.EMULATION ? campaigns.emulation(id)
				: java.util.List.of());
		model.addAttribute("ours", CurrentUser.scope().contains(campaign.unitPath()));
		Long home = CurrentUser.get().map(me -> me.homeUnitId()).orElse(null);
		model.addAttribute("homeUnit", home == null ? null : organization.unit(home));
		model.addAttribute("places", home == null ? java.util.List.of() : organization.children(home,
				java.time.LocalDate.now(vn.mattran.shared.format.Formats.VIETNAM)));
		model.addAttribute("homeBodies", home == null ? java.util.List.of() : organization.bodies(home));
		model.addAttribute("today", java.time.LocalDate.now(vn.mattran.shared.format.Formats.VIETNAM));
		return "campaigns/show";
	}

	@PostMapping("/campaigns/{id}/sites")
	String addSite(@PathVariable long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String label, @RequestParam long placeUnitId,
			@RequestParam(required = false) Long responsibleBodyId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@RequestParam(required = false) Long budget, RedirectAttributes redirect) {
		try {
			campaigns.addSite(new Campaigns.SiteDraft(null, id, kind, label, placeUnitId, responsibleBodyId, startsOn,
					endsOn, budget));
			redirect.addFlashAttribute("success", "site.saved");
		}
		catch (UserFacingException e) {
			return failed(e, redirect, "/campaigns/" + id);
		}
		return "redirect:/campaigns/" + id;
	}

	@PostMapping("/sites/{id}/progress")
	String addProgress(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportedOn,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		ModelSite site = campaigns.site(id);
		String back = site.campaignId() != null ? "/campaigns/" + site.campaignId() : "/plans/" + site.planId();
		try {
			campaigns.addProgress(id, reportedOn, text);
			redirect.addFlashAttribute("success", "site.progressSaved");
		}
		catch (UserFacingException e) {
			return failed(e, redirect, back);
		}
		return "redirect:" + back;
	}

	@PostMapping("/campaigns/{id}/commitments")
	String commit(@PathVariable long id, @RequestParam long unitId, @RequestParam int year,
			@RequestParam(required = false) String commitment,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate committedOn,
			RedirectAttributes redirect) {
		try {
			campaigns.commit(id, unitId, year, commitment, committedOn);
			redirect.addFlashAttribute("success", "emulation.committed");
		}
		catch (UserFacingException e) {
			return failed(e, redirect, "/campaigns/" + id);
		}
		return "redirect:/campaigns/" + id;
	}

	@PostMapping("/emulation/{id}/evaluate")
	String evaluate(@PathVariable long id, @RequestParam long campaignId, @RequestParam int score,
			@RequestParam(required = false) String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate evaluatedOn,
			RedirectAttributes redirect) {
		try {
			campaigns.evaluate(id, score, title, evaluatedOn);
			redirect.addFlashAttribute("success", "emulation.evaluated");
		}
		catch (UserFacingException e) {
			return failed(e, redirect, "/campaigns/" + campaignId);
		}
		return "redirect:/campaigns/" + campaignId;
	}

	private static String failed(UserFacingException e, RedirectAttributes redirect, String back) {
		if (e.status() == 403 || e.status() == 404) {
			throw e;
		}
		redirect.addFlashAttribute("failure", e.messageKey());
		redirect.addFlashAttribute("failureArgs", e.args());
		return "redirect:" + back;
	}
}
