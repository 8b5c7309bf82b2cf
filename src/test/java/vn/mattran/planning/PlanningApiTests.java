package vn.mattran.planning;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.mattran.IntegrationTest;
import vn.mattran.SeedFixture;
import vn.mattran.organization.internal.accounts.ApiTokens;
import vn.mattran.organization.internal.accounts.UserAccounts;
import vn.mattran.planning.internal.PlanCalendar;
import vn.mattran.shared.security.MattranUser;
import vn.mattran.shared.security.SystemUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The planning API as a script sees it: plans found without diacritics, lunar dates, report uploads over real HTTP. */
@IntegrationTest
class PlanningApiTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserAccounts accounts;
	@Autowired
	ApiTokens tokens;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	PlanCalendar calendar;
	@LocalServerPort
	int port;

	@Test
	void plansAreFoundWithoutDiacriticsInTheCallersScope() throws Exception {
		mvc.perform(get("/api/v1/plans").param("q", "nha dai doan ket").with(as("anlao")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.symbol == '50/KH-MTTQ-BTT')].kind").value(hasItem("PLAN")))
			.andExpect(jsonPath("$[?(@.symbol == '50/KH-MTTQ-BTT')].status").value(hasItem("ISSUED")))
			.andExpect(jsonPath("$[?(@.symbol == '50/KH-MTTQ-BTT')].issuer")
				.value(hasItem("Ban Thường trực Ủy ban MTTQ Việt Nam huyện An Lão")))
			.andExpect(jsonPath("$[?(@.symbol == '50/KH-MTTQ-BTT')].title")
				.value(hasItem(containsString("Kế hoạch tổ chức vận động ủng hộ kinh phí hỗ trợ làm nhà đại đoàn kết"))))
			.andExpect(jsonPath("$[?(@.symbol == '50/KH-MTTQ-BTT')].documentId").isNotEmpty());
		mvc.perform(get("/api/v1/plans").param("q", "1840").with(as("tanbien")))
			.andExpect(jsonPath("$[0].symbol").value("1840/UBND-VP"))
			.andExpect(jsonPath("$[0].kind").value("DISPATCH"));
		mvc.perform(get("/api/v1/plans").param("q", "nha dai doan ket").with(as("kontum")))
			.andExpect(jsonPath("$[*].symbol").value(not(hasItem("50/KH-MTTQ-BTT"))));
	}

	@Test
	void theDemoPlansTasksShowTheirStateOnTheirDeadlines() throws Exception {
		long plan = jdbc.sql("select id from plan_plan where symbol = '50/KH-MTTQ-BTT'").query(Long.class).single();
		mvc.perform(get("/api/v1/plans/" + plan + "/tasks").with(as("anlao")))
			.andExpect(jsonPath("$.length()").value(24))
			.andExpect(jsonPath("$[?(@.assignee == 'Ban Thường trực Ủy ban MTTQ Việt Nam xã Bát Trang')].status")
				.value(hasItem("REPORTED")))
			.andExpect(jsonPath("$[?(@.assignee == 'Ban Thường trực Ủy ban MTTQ Việt Nam xã An Tiến')].status")
				.value(hasItem("OVERDUE")))
			.andExpect(jsonPath("$[0].deadline").value("2023-10-05"));
	}

	@Test
	void kheTresProgrammeStandsOnTheCalendarWithItsLunarDaysConverted() {
		List<CalendarEvent> may = SystemUser.call(() -> calendar.between(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 31)));
		assertThat(may).anySatisfy(e -> {
			assertThat(e.kind()).isEqualTo(CalendarEvent.Kind.ITEM);
			assertThat(e.day()).as("15/4 âm lịch").isEqualTo(LocalDate.of(2021, 5, 26));
			assertThat(e.title()).contains("đại lễ Phật Đản");
		});
		assertThat(may).anySatisfy(e -> {
			assertThat(e.kind()).isEqualTo(CalendarEvent.Kind.FESTIVAL);
			assertThat(e.day()).isEqualTo(LocalDate.of(2021, 5, 26));
		});
		assertThat(may).anySatisfy(e -> {
			assertThat(e.kind()).isEqualTo(CalendarEvent.Kind.NATIONAL_DAY);
			assertThat(e.day()).isEqualTo(LocalDate.of(2021, 5, 19));
			assertThat(e.detail()).isEqualTo("Kỷ niệm 131 năm (19/5/1890-19/5/2021)");
		});
		assertThat(may).filteredOn(CalendarEvent::wholeMonth).extracting(CalendarEvent::title)
			.contains("Trực báo công tác Mặt trận tháng 5.");
		List<CalendarEvent> february = SystemUser.call(() -> calendar.between(LocalDate.of(2021, 2, 1),
				LocalDate.of(2021, 2, 28)));
		assertThat(february).filteredOn(e -> LocalDate.of(2021, 2, 3).equals(e.day())).extracting(CalendarEvent::title)
			.anySatisfy(title -> assertThat(title).contains("kỷ niệm 91 năm ngày thành lập Đảng Cộng sản Việt Nam"
					+ " (03/02/1930-03/02/2021)"));
		assertThat(february).filteredOn(e -> LocalDate.of(2021, 2, 12).equals(e.day())).extracting(CalendarEvent::title)
			.contains("Tết Nguyên đán").anySatisfy(title -> assertThat(title).contains("đón Tết Tân Sửu"));
		List<CalendarEvent> outside = SeedFixture.as(principal("anlao"), () -> calendar.between(LocalDate.of(2021, 5, 1),
				LocalDate.of(2021, 5, 31)));
		assertThat(outside).as("Khe Tre's programme is not An Lão's").noneMatch(e -> e.kind() == CalendarEvent.Kind.ITEM);
	}

	@Test
	void lunarAndSolarDatesFollowTheVietnameseCalendar() throws Exception {
		mvc.perform(get("/api/v1/calendar/lunar").param("date", "1985-01-21").with(as("anlao")))
			.andExpect(jsonPath("$.day").value(1)).andExpect(jsonPath("$.month").value(1))
			.andExpect(jsonPath("$.year").value(1985)).andExpect(jsonPath("$.leapMonth").value(false));
		mvc.perform(get("/api/v1/calendar/lunar").param("date", "2023-03-22").with(as("anlao")))
			.andExpect(jsonPath("$.day").value(1)).andExpect(jsonPath("$.month").value(2))
			.andExpect(jsonPath("$.leapMonth").value(true));
		mvc.perform(get("/api/v1/calendar/solar").param("day", "1").param("month", "1").param("year", "2007")
			.with(as("anlao"))).andExpect(jsonPath("$.date").value("2007-02-17"));
		mvc.perform(get("/api/v1/calendar/solar").param("day", "1").param("month", "1").param("year", "2053")
			.with(as("anlao"))).andExpect(jsonPath("$.date").value("2053-02-18"));
		mvc.perform(get("/api/v1/calendar/solar").param("day", "15").param("month", "4").param("year", "2021")
			.with(as("anlao"))).andExpect(jsonPath("$.date").value("2021-05-26"));
		mvc.perform(get("/api/v1/calendar/solar").param("day", "1").param("month", "3").param("year", "2024")
			.param("leapMonth", "true").header("Accept-Language", "vi").with(as("anlao")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.message").value(containsString("âm lịch năm 2024")));
		mvc.perform(get("/api/v1/calendar/lunar").param("date", "1850-01-01").with(as("anlao")))
			.andExpect(status().isUnprocessableEntity());
	}

	@Test
	void aReportTooLargeOrOfTheWrongKindIsRefusedWithAMessageAndNothingIsKept() throws Exception {
		String token = SeedFixture.as(principal("anlao"), () -> tokens.create("tải báo cáo"));
		long task = jdbc.sql("""
				select t.id from plan_task t join plan_plan p on p.id = t.plan_id
				where p.symbol = '50/KH-MTTQ-BTT' and t.assignee_name like 'Trung tâm Văn hóa%'""").query(Long.class).single();
		long reportsBefore = reports(task);

		HttpResponse<String> huge = upload(token, task, "video.mp4", Arrays.copyOf(PlanningSamples.mp4(), 21 * 1024 * 1024));
		assertThat(huge.statusCode()).isEqualTo(413);
		assertThat(huge.body()).contains("20 MB");

		HttpResponse<String> bigPhoto = upload(token, task, "anh-lon.jpg", Arrays.copyOf(PlanningSamples.jpeg(), 12 * 1024 * 1024));
		assertThat(bigPhoto.statusCode()).isEqualTo(422);
		assertThat(bigPhoto.body()).contains("anh-lon.jpg").contains("10,0 MB");

		HttpResponse<String> program = upload(token, task, "bao-cao.pdf", "MZ not a pdf".getBytes(StandardCharsets.UTF_8));
		assertThat(program.statusCode()).isEqualTo(422);
		assertThat(program.body()).contains("bao-cao.pdf");
		assertThat(reports(task)).as("nothing kept").isEqualTo(reportsBefore);

		HttpResponse<String> fine = upload(token, task, "bao-cao.pdf", PlanningSamples.pdf());
		assertThat(fine.statusCode()).isEqualTo(201);
		assertThat(fine.body()).contains("\"status\":\"REPORTED\"");
		assertThat(reports(task)).isEqualTo(reportsBefore + 1);
	}

	private long reports(long task) {
		return jdbc.sql("select count(*) from plan_report where task_id = ?").param(task).query(Long.class).single();
	}

	private HttpResponse<String> upload(String token, long task, String fileName, byte[] content) throws Exception {
		String boundary = "mattran" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		field(body, boundary, "text", "Đã tổ chức tuyên truyền trên hệ thống truyền thanh.");
		field(body, boundary, "figure.so_tien", "0");
		field(body, boundary, "figure.ngay_cong", "0");
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tasks/" + task + "/reports"))
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "vi")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static void field(ByteArrayOutputStream body, String boundary, String name, String value) throws Exception {
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
	}

	private MattranUser principal(String username) {
		return accounts.principal(username).orElseThrow();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return authentication(SeedFixture.authentication(principal(username)));
	}
}
