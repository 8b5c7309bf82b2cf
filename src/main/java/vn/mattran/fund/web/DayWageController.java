package vn.mattran.fund.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.mattran.fund.internal.DayWage;
import vn.mattran.fund.internal.DayWageWorkbook;
import vn.mattran.shared.error.UserFacingException;
import vn.mattran.shared.web.Messages;

/**
 * One day's wage of an agency's staff list for a drive: upload the list, see each person's day's
 * wage and the total to transfer, download it as XLSX. The page posts the list it shows back for
 * the download, so nothing is kept on the server.
 */
@Controller
class DayWageController {

	private static final String PAGE = "fund/day-wage";
	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final DayWage dayWage;
	private final DayWageWorkbook workbook;
	private final Messages messages;

	DayWageController(DayWage dayWage, DayWageWorkbook workbook, Messages messages) {
		this.dayWage = dayWage;
		this.workbook = workbook;
		this.messages = messages;
	}

	@GetMapping("/drives/{id}/day-wage")
	String form(@PathVariable long id, Model model) {
		model.addAttribute("drive", dayWage.drive(id));
		return PAGE;
	}

	@PostMapping("/drives/{id}/day-wage")
	String compute(@PathVariable long id, @RequestParam(value = "file", required = false) MultipartFile file,
			Model model) throws IOException {
		model.addAttribute("drive", dayWage.drive(id));
		try {
			if (file == null || file.isEmpty()) {
				throw UserFacingException.invalid("tabular.empty", file == null ? "" : file.getOriginalFilename());
			}
			model.addAttribute("sheet", dayWage.compute(id, file.getOriginalFilename(), file.getBytes()));
		}
		catch (UserFacingException e) {
			if (e.status() == 403 || e.status() == 404) {
				throw e;
			}
			model.addAttribute("fileError", messages.get(e.messageKey(), e.args()));
		}
		return PAGE;
	}

	/** The sheet the page showed, as XLSX: the page gives back each good row's number, name and salary. */
	@PostMapping(value = "/drives/{id}/day-wage", params = "format=xlsx")
	ResponseEntity<byte[]> download(@PathVariable long id, @RequestParam MultiValueMap<String, String> form) {
		// Read as a multi-value map: a single name with a comma in it must not be split into two.
		List<String> rows = form.getOrDefault("row", List.of());
		List<String> names = form.getOrDefault("name", List.of());
		List<String> salaries = form.getOrDefault("salary", List.of());
		List<DayWage.Entry> entries = new ArrayList<>();
		for (int i = 0; i < Math.min(rows.size(), Math.min(names.size(), salaries.size())); i++) {
			int row = rows.get(i).matches("\\d{1,7}") ? Integer.parseInt(rows.get(i)) : i + 2;
			entries.add(new DayWage.Entry(row, names.get(i), salaries.get(i)));
		}
		String fileName = form.getFirst("fileName");
		DayWage.Sheet sheet = dayWage.compute(id, fileName == null ? "" : fileName, entries);
		String name = "ngay-luong-dot-" + id + ".xlsx";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(XLSX)
			.body(workbook.xlsx(sheet));
	}
}
