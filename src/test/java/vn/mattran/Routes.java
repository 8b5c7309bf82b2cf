package vn.mattran;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.mattran.shared.security.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may use each route the application maps, and how to call it with ids inside or outside the
 * caller's scope. Whoever adds a route adds its line here; {@link AccessTests} fails until they do.
 */
final class Routes {

	/** Who may use a route: nobody signed in, anyone signed in, or at least a role. */
	enum Need { PUBLIC, SIGNED_IN, VIEWER, MEMBER_ORG_OFFICER, OFFICER, UNIT_ADMIN, SYSTEM_ADMIN }

	/** A route's rule and how to call it with ids inside ({@code true}) or outside the caller's scope. */
	record Rule(Need need, boolean scoped, Call call) {
	}

	interface Call {
		AbstractMockHttpServletRequestBuilder<?> build(SeedFixture f, Role caller, boolean inScope);
	}

	static final Map<String, Rule> RULES = new LinkedHashMap<>();

	static {
		open("GET /login");
		open("GET /error", "/error");
		open("GET /actuator/health", "/actuator/health");
		open("GET /actuator/health/**", "/actuator/health/liveness");
		signedIn("GET /", "/");
		signedIn("GET /units", "/units?q=kon");
		scoped("GET /units/{id}", Need.VIEWER, (f, r, in) -> get("/units/" + unit(f, in)));
		scoped("GET /units/{id}/children", Need.VIEWER, (f, r, in) -> get("/units/" + unit(f, in) + "/children")
			.header("HX-Request", "true"));
		scoped("GET /units/new", Need.UNIT_ADMIN, (f, r, in) -> get("/units/new?parent=" + ward(f, in)));
		scoped("POST /units", Need.UNIT_ADMIN, (f, r, in) -> post("/units").param("parentId", "" + ward(f, in))
			.param("name", "Tổ dân phố thử " + r).param("level", "RESIDENTIAL"));
		scoped("GET /units/{id}/edit", Need.UNIT_ADMIN, (f, r, in) -> get("/units/" + unit(f, in) + "/edit"));
		scoped("POST /units/{id}/edit", Need.UNIT_ADMIN, (f, r, in) -> post("/units/" + unit(f, in) + "/edit")
			.param("name", ""));
		scoped("POST /units/{id}/successors/{successorId}", Need.SYSTEM_ADMIN,
				(f, r, in) -> post("/units/" + (in ? f.ward : f.outUnit) + "/successors/" + f.confirmableSuccessor));
		rule("GET /units/import", Need.UNIT_ADMIN, (f, r, in) -> get("/units/import"));
		rule("POST /units/import", Need.UNIT_ADMIN, (f, r, in) -> upload("/units/import"));
		scoped("GET /bodies/{id}", Need.VIEWER, (f, r, in) -> get("/bodies/" + (in ? f.inBody : f.outBody)));
		scoped("GET /bodies/new", Need.OFFICER, (f, r, in) -> get("/bodies/new?unit=" + unit(f, in)));
		scoped("POST /bodies", Need.OFFICER, (f, r, in) -> post("/bodies").param("unitId", "" + unit(f, in))
			.param("kind", "WORKING_GROUP").param("name", "Tổ thử " + r));
		scoped("GET /bodies/{id}/edit", Need.OFFICER, (f, r, in) -> get("/bodies/" + (in ? f.inBody : f.outBody) + "/edit"));
		scoped("POST /bodies/{id}/edit", Need.OFFICER, (f, r, in) -> post("/bodies/" + (in ? f.inBody : f.outBody) + "/edit")
			.param("name", ""));
		scoped("POST /bodies/{id}/positions", Need.OFFICER, (f, r, in) -> post("/bodies/" + (in ? f.inBody : f.outBody)
				+ "/positions").param("personId", "" + (in ? f.inPerson : f.outPerson)).param("title", "Ủy viên"));
		scoped("POST /positions/{id}/end", Need.OFFICER, (f, r, in) -> post("/positions/" + (in ? f.inPosition : f.outPosition)
				+ "/end").param("body", "" + (in ? f.inBody : f.outBody)).param("validTo", "2024-12-31"));
		signedIn("GET /people", "/people?q=nguyen");
		scoped("GET /people/{id}", Need.VIEWER, (f, r, in) -> get("/people/" + (in ? f.inPerson : f.outPerson)));
		scoped("GET /people/new", Need.OFFICER, (f, r, in) -> get("/people/new?unit=" + unit(f, in)));
		scoped("POST /people", Need.OFFICER, (f, r, in) -> post("/people").param("unitId", "" + unit(f, in))
			.param("fullName", "Người thử " + r));
		scoped("GET /people/{id}/edit", Need.OFFICER, (f, r, in) -> get("/people/" + (in ? f.inPerson : f.outPerson) + "/edit"));
		scoped("POST /people/{id}/edit", Need.OFFICER, (f, r, in) -> post("/people/" + (in ? f.inPerson : f.outPerson) + "/edit")
			.param("fullName", ""));
		signedIn("GET /account", "/account");
		signedIn("GET /account/password", "/account/password");
		rule("POST /account/password", Need.SIGNED_IN, (f, r, in) -> post("/account/password").param("currentPassword", "sai"));
		rule("POST /account/tokens", Need.SIGNED_IN, (f, r, in) -> post("/account/tokens").param("name", "thử"));
		scoped("POST /account/tokens/{id}/revoke", Need.SIGNED_IN,
				(f, r, in) -> post("/account/tokens/" + (in ? f.ownTokens.get(r) : f.outToken) + "/revoke"));
		scoped("POST /units/{id}/merge", Need.UNIT_ADMIN, (f, r, in) -> post("/units/" + (in ? f.codedOne : f.outUnit)
				+ "/merge").param("successorId", "" + f.codedTwo).param("lastDay", "2025-01-31"));
		rule("GET /admin/users", Need.UNIT_ADMIN, (f, r, in) -> get("/admin/users"));
		scoped("GET /admin/users/new", Need.UNIT_ADMIN, (f, r, in) -> get("/admin/users/new?unit=" + ward(f, in)));
		scoped("POST /admin/users", Need.UNIT_ADMIN, (f, r, in) -> post("/admin/users").param("username", "")
			.param("role", "VIEWER").param("homeUnitId", "" + ward(f, in)));
		scoped("GET /admin/users/{id}", Need.UNIT_ADMIN, (f, r, in) -> get("/admin/users/" + (in ? f.inUser : f.outUser)));
		scoped("POST /admin/users/{id}/reset-password", Need.UNIT_ADMIN,
				(f, r, in) -> post("/admin/users/" + (in ? f.inUser : f.outUser) + "/reset-password"));
		scoped("POST /admin/users/{id}/enabled", Need.UNIT_ADMIN,
				(f, r, in) -> post("/admin/users/" + (in ? f.inUser : f.outUser) + "/enabled").param("enabled", "true"));
		rule("GET /admin/audit", Need.UNIT_ADMIN, (f, r, in) -> get("/admin/audit"));
		signedIn("GET /v3/api-docs", "/v3/api-docs");
		signedIn("GET /v3/api-docs.yaml", "/v3/api-docs.yaml");
		signedIn("GET /v3/api-docs/swagger-config", "/v3/api-docs/swagger-config");
		signedIn("GET /swagger-ui.html", "/swagger-ui.html");
		scoped("GET /api/v1/units/{code}", Need.VIEWER, (f, r, in) -> get(in ? "/api/v1/units/00256?validOn=2024-10-17"
				: "/api/v1/units/20161?validOn=2021-01-01"));
		scoped("GET /api/v1/units", Need.VIEWER, (f, r, in) -> get(in ? "/api/v1/units?parent=00256&validOn=2024-10-17"
				: "/api/v1/units?parent=62&validOn=2023-01-01"));
		rule("GET /api/v1/units/search", Need.VIEWER, (f, r, in) -> get("/api/v1/units/search?q=dak"));
		scoped("POST /api/v1/units", Need.UNIT_ADMIN, (f, r, in) -> json("/api/v1/units", """
				{"parentCode": "%s", "validOn": "%s", "name": "Tổ dân phố API %s", "level": "RESIDENTIAL"}"""
			.formatted(in ? "00256" : "62", in ? "2024-10-17" : "2023-01-01", r)));
		rule("POST /api/v1/units/import", Need.UNIT_ADMIN, (f, r, in) -> upload("/api/v1/units/import"));
		scoped("GET /api/v1/units/{code}/bodies", Need.VIEWER, (f, r, in) -> get(in
				? "/api/v1/units/00256/bodies?validOn=2024-10-17" : "/api/v1/units/62/bodies?validOn=2023-01-01"));
		scoped("GET /api/v1/bodies/{id}", Need.VIEWER, (f, r, in) -> get("/api/v1/bodies/" + (in ? f.inBody : f.outBody)));
		scoped("POST /api/v1/bodies", Need.OFFICER, (f, r, in) -> json("/api/v1/bodies", """
				{"unitCode": "%s", "validOn": "%s", "kind": "AGENCY", "name": "Cơ quan API %s"}"""
			.formatted(in ? "00256" : "62", in ? "2024-10-17" : "2023-01-01", r)));
		rule("GET /api/v1/people", Need.VIEWER, (f, r, in) -> get("/api/v1/people?q=tuan"));
		scoped("GET /api/v1/people/{id}", Need.VIEWER, (f, r, in) -> get("/api/v1/people/" + (in ? f.inPerson : f.outPerson)));
		scoped("POST /api/v1/people", Need.OFFICER, (f, r, in) -> json("/api/v1/people", """
				{"unitCode": "%s", "validOn": "%s", "fullName": "Người API %s"}"""
			.formatted(in ? "00256" : "62", in ? "2024-10-17" : "2023-01-01", r)));
		scoped("PUT /api/v1/units/{code}", Need.UNIT_ADMIN, (f, r, in) -> put(in ? "/api/v1/units/LDH-T1?validOn=2024-10-17"
				: "/api/v1/units/20161?validOn=2021-01-01", "{\"name\": \"\"}"));
		scoped("GET /api/v1/units/{code}/successions", Need.VIEWER, (f, r, in) -> get(in
				? "/api/v1/units/00256/successions?validOn=2024-10-17" : "/api/v1/units/62/successions?validOn=2023-01-01"));
		scoped("POST /api/v1/units/{code}/successions", Need.SYSTEM_ADMIN, (f, r, in) -> json(in
				? "/api/v1/units/00256/successions?validOn=2024-10-17" : "/api/v1/units/62/successions?validOn=2023-01-01",
				"{\"successorCode\": \"00256\", \"successorValidOn\": \"2025-07-01\"}"));
		scoped("POST /api/v1/units/{code}/merge", Need.UNIT_ADMIN, (f, r, in) -> json(in
				? "/api/v1/units/LDH-T1/merge?validOn=2024-10-17" : "/api/v1/units/20161/merge?validOn=2021-01-01",
				"{\"successorCode\": \"LDH-T2\", \"successorValidOn\": \"2024-10-17\", \"lastDay\": \"2025-01-31\"}"));
		scoped("PUT /api/v1/bodies/{id}", Need.OFFICER, (f, r, in) -> put("/api/v1/bodies/" + (in ? f.inBody : f.outBody),
				"{\"kind\": \"COMMITTEE\", \"name\": \"\"}"));
		scoped("POST /api/v1/bodies/{id}/positions", Need.OFFICER, (f, r, in) -> json("/api/v1/bodies/"
				+ (in ? f.inBody : f.outBody) + "/positions", "{\"personId\": %d, \"title\": \"Ủy viên\"}"
			.formatted(in ? f.inPerson : f.outPerson)));
		scoped("POST /api/v1/positions/{id}/end", Need.OFFICER, (f, r, in) -> json("/api/v1/positions/"
				+ (in ? f.inPosition : f.outPosition) + "/end?validTo=2024-12-31", ""));
		scoped("PUT /api/v1/people/{id}", Need.OFFICER, (f, r, in) -> put("/api/v1/people/" + (in ? f.inPerson : f.outPerson),
				"{\"fullName\": \"\"}"));
		scoped("POST /api/v1/users", Need.UNIT_ADMIN, (f, r, in) -> json("/api/v1/users",
				"{\"username\": \"\", \"role\": \"VIEWER\", \"homeUnitCode\": \"%s\", \"validOn\": \"%s\"}"
					.formatted(in ? "00256" : "62", in ? "2024-10-17" : "2023-01-01")));
		scoped("POST /api/v1/users/{id}/reset-password", Need.UNIT_ADMIN,
				(f, r, in) -> json("/api/v1/users/" + (in ? f.inUser : f.outUser) + "/reset-password", ""));
		scoped("POST /api/v1/users/{id}/enabled", Need.UNIT_ADMIN,
				(f, r, in) -> json("/api/v1/users/" + (in ? f.inUser : f.outUser) + "/enabled?enabled=true", ""));
		rule("GET /api/v1/me/tokens", Need.VIEWER, (f, r, in) -> get("/api/v1/me/tokens"));
		rule("POST /api/v1/me/tokens", Need.VIEWER, (f, r, in) -> json("/api/v1/me/tokens?name=api", ""));
		scoped("POST /api/v1/me/tokens/{id}/revoke", Need.VIEWER,
				(f, r, in) -> json("/api/v1/me/tokens/" + (in ? f.ownTokens.get(r) : f.outToken) + "/revoke", ""));
		rule("GET /api/v1/me", Need.VIEWER, (f, r, in) -> get("/api/v1/me"));
		rule("GET /api/v1/users", Need.UNIT_ADMIN, (f, r, in) -> get("/api/v1/users"));
		rule("GET /api/v1/audit", Need.UNIT_ADMIN, (f, r, in) -> get("/api/v1/audit"));
		open("GET /css/van-ban.css");
		signedIn("GET /documents", "/documents?q=ke+hoach");
		scoped("GET /documents/{id}", Need.VIEWER, (f, r, in) -> get("/documents/" + doc(f, in)));
		scoped("GET /documents/{id}.pdf", Need.VIEWER, (f, r, in) -> get("/documents/" + doc(f, in) + ".pdf"));
		scoped("GET /documents/{id}.docx", Need.VIEWER, (f, r, in) -> get("/documents/" + doc(f, in) + ".docx"));
		scoped("GET /documents/new", Need.OFFICER, (f, r, in) -> get("/documents/new?unit=" + (in ? f.ward : f.outUnit)));
		scoped("POST /documents", Need.OFFICER, (f, r, in) -> post("/documents").param("type", "PLAN")
			.param("issuerBodyId", "" + (in ? f.inBoard : f.outBoard)).param("subject", "Thử " + r).param("numbered", "true"));
		scoped("GET /documents/{id}/edit", Need.OFFICER, (f, r, in) -> get("/documents/" + doc(f, in) + "/edit"));
		scoped("POST /documents/{id}/edit", Need.OFFICER, (f, r, in) -> post("/documents/" + doc(f, in) + "/edit")
			.param("type", "PLAN").param("issuerBodyId", "" + (in ? f.inBoard : f.outBoard)).param("subject", ""));
		scoped("POST /documents/{id}/issue", Need.OFFICER, (f, r, in) -> post("/documents/" + doc(f, in) + "/issue"));
		scoped("POST /documents/{id}/correct", Need.OFFICER, (f, r, in) -> post("/documents/" + doc(f, in) + "/correct"));
		scoped("GET /documents/incoming/new", Need.OFFICER,
				(f, r, in) -> get("/documents/incoming/new?unit=" + (in ? f.ward : f.outUnit)));
		scoped("POST /documents/incoming", Need.OFFICER, (f, r, in) -> upload("/documents/incoming", "van-ban.pdf")
			.param("receivingBodyId", "" + (in ? f.inBoard : f.outBoard)).param("issuer", "Cơ quan").param("title", "Thử"));
		scoped("GET /documents/{id}/file", Need.VIEWER, (f, r, in) -> get("/documents/" + received(f, in) + "/file"));
		scoped("POST /documents/{id}/links", Need.OFFICER, (f, r, in) -> post("/documents/" + received(f, in) + "/links")
			.param("targetKind", "PLAN").param("targetId", "1"));
		rule("GET /api/v1/documents", Need.VIEWER, (f, r, in) -> get("/api/v1/documents?q=ke+hoach"));
		scoped("GET /api/v1/documents/{id}", Need.VIEWER, (f, r, in) -> get("/api/v1/documents/" + doc(f, in)));
		scoped("GET /api/v1/documents/{id}.pdf", Need.VIEWER, (f, r, in) -> get("/api/v1/documents/" + doc(f, in) + ".pdf"));
		scoped("GET /api/v1/documents/{id}.docx", Need.VIEWER, (f, r, in) -> get("/api/v1/documents/" + doc(f, in) + ".docx"));
		scoped("POST /api/v1/documents", Need.OFFICER, (f, r, in) -> json("/api/v1/documents",
				"{\"type\": \"PLAN\", \"issuerBodyId\": %d, \"subject\": \"Thử\", \"body\": \"Nội dung\"}"
					.formatted(in ? f.inBoard : f.outBoard)));
		scoped("PUT /api/v1/documents/{id}", Need.OFFICER, (f, r, in) -> put("/api/v1/documents/" + doc(f, in),
				"{\"type\": \"PLAN\", \"issuerBodyId\": %d, \"subject\": \"\"}".formatted(in ? f.inBoard : f.outBoard)));
		scoped("POST /api/v1/documents/{id}/issue", Need.OFFICER, (f, r, in) -> json("/api/v1/documents/" + doc(f, in) + "/issue", ""));
		scoped("POST /api/v1/documents/{id}/correct", Need.OFFICER, (f, r, in) -> json("/api/v1/documents/" + doc(f, in) + "/correct", ""));
		scoped("POST /api/v1/documents/incoming", Need.OFFICER, (f, r, in) -> upload("/api/v1/documents/incoming", "van-ban.pdf")
			.param("receivingBodyId", "" + (in ? f.inBoard : f.outBoard)).param("issuer", "Cơ quan").param("title", "Thử"));
		scoped("POST /api/v1/documents/{id}/links", Need.OFFICER, (f, r, in) -> json("/api/v1/documents/" + received(f, in)
				+ "/links?targetKind=PLAN&targetId=1", ""));
		signedIn("GET /plans", "/plans?q=ke+hoach&sort=due");
		scoped("GET /plans/{id}", Need.VIEWER, (f, r, in) -> get("/plans/" + plan(f, in)));
		scoped("GET /plans/{id}/progress", Need.VIEWER, (f, r, in) -> get("/plans/" + plan(f, in) + "/progress"));
		scoped("GET /plans/{id}.pdf", Need.VIEWER, (f, r, in) -> get("/plans/" + plan(f, in) + ".pdf"));
		scoped("GET /plans/{id}.docx", Need.VIEWER, (f, r, in) -> get("/plans/" + plan(f, in) + ".docx"));
		scoped("GET /plans/new", Need.OFFICER, (f, r, in) -> get("/plans/new?unit=" + (in ? f.ward : f.outUnit)));
		scoped("POST /plans", Need.OFFICER, (f, r, in) -> post("/plans").param("kind", "PLAN")
			.param("issuerBodyId", "" + (in ? f.inBoard : f.outBoard)).param("year", "2026").param("subject", "Thử " + r));
		scoped("GET /plans/{id}/edit", Need.OFFICER, (f, r, in) -> get("/plans/" + draft(f, in) + "/edit"));
		scoped("POST /plans/{id}/edit", Need.OFFICER, (f, r, in) -> post("/plans/" + draft(f, in) + "/edit")
			.param("kind", "PLAN").param("issuerBodyId", "" + (in ? f.inBoard : f.outBoard)).param("subject", ""));
		scoped("POST /plans/{id}/submit", Need.OFFICER, (f, r, in) -> post("/plans/" + draft(f, in) + "/submit"));
		scoped("POST /plans/{id}/approve", Need.UNIT_ADMIN, (f, r, in) -> post("/plans/" + draft(f, in) + "/approve"));
		scoped("POST /plans/{id}/send-back", Need.UNIT_ADMIN, (f, r, in) -> post("/plans/" + draft(f, in) + "/send-back")
			.param("note", "Bổ sung căn cứ."));
		scoped("POST /plans/{id}/issue", Need.OFFICER, (f, r, in) -> post("/plans/" + draft(f, in) + "/issue"));
		scoped("POST /plans/{id}/implement", Need.OFFICER, (f, r, in) -> post("/plans/" + plan(f, in) + "/implement")
			.param("bodyId", "" + f.planning.inBody));
		signedIn("GET /tasks", "/tasks?side=assigned&state=OVERDUE");
		scoped("GET /tasks/{id}", Need.VIEWER, (f, r, in) -> get("/tasks/" + task(f, in)));
		scoped("POST /tasks/{id}/start", Need.MEMBER_ORG_OFFICER, (f, r, in) -> post("/tasks/" + task(f, in) + "/start"));
		scoped("POST /tasks/{id}/report", Need.MEMBER_ORG_OFFICER, (f, r, in) -> multipart("/tasks/" + task(f, in)
				+ "/report").file(new MockMultipartFile("files", "anh.jpg", "image/jpeg", PlanningFixture.PHOTO))
			.param("text", "Đã làm.").param("figure.so_tien", "1.000.000").with(csrf()));
		scoped("POST /tasks/{id}/accept", Need.OFFICER, (f, r, in) -> post("/tasks/" + task(f, in) + "/accept"));
		scoped("POST /tasks/{id}/return", Need.OFFICER, (f, r, in) -> post("/tasks/" + task(f, in) + "/return")
			.param("note", "Bổ sung số liệu."));
		scoped("GET /tasks/attachments/{id}", Need.VIEWER, (f, r, in) -> get("/tasks/attachments/"
				+ (in ? f.planning.inAttachment : f.planning.outAttachment)));
		signedIn("GET /inbox", "/inbox?unread=true");
		scoped("POST /inbox/{id}/open", Need.SIGNED_IN, (f, r, in) -> post("/inbox/"
				+ (in ? f.planning.ownNotifications.getOrDefault(r, f.planning.outNotification) : f.planning.outNotification)
				+ "/open"));
		rule("POST /inbox/read-all", Need.SIGNED_IN, (f, r, in) -> post("/inbox/read-all"));
		signedIn("GET /calendar", "/calendar?view=year&date=2021-05-01");
		rule("POST /calendar/feed", Need.SIGNED_IN, (f, r, in) -> post("/calendar/feed"));
		rule("POST /calendar/feed/end", Need.SIGNED_IN, (f, r, in) -> post("/calendar/feed/end"));
		open("GET /public/calendar/{token}.ics", "/public/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics");
		signedIn("GET /campaigns", "/campaigns");
		scoped("POST /campaigns", Need.OFFICER, (f, r, in) -> post("/campaigns").param("unitId", "" + (in ? f.ward : f.outUnit))
			.param("kind", "CAMPAIGN").param("name", "Cuộc vận động thử " + r));
		scoped("GET /campaigns/{id}", Need.VIEWER, (f, r, in) -> get("/campaigns/" + campaign(f, in)));
		scoped("POST /campaigns/{id}/sites", Need.OFFICER, (f, r, in) -> post("/campaigns/" + campaign(f, in) + "/sites")
			.param("kind", "Khu dân cư kiểu mẫu").param("placeUnitId", "" + f.groupOne));
		scoped("POST /sites/{id}/progress", Need.MEMBER_ORG_OFFICER, (f, r, in) -> post("/sites/"
				+ (in ? f.planning.inSite : f.planning.outSite) + "/progress").param("text", "Đang hoạt động."));
		scoped("POST /campaigns/{id}/commitments", Need.OFFICER, (f, r, in) -> post("/campaigns/" + campaign(f, in)
				+ "/commitments").param("unitId", "" + f.ward).param("year", "2030").param("commitment", "Cam kết"));
		scoped("POST /emulation/{id}/evaluate", Need.UNIT_ADMIN, (f, r, in) -> post("/emulation/"
				+ (in ? f.planning.inEmulation : f.planning.outEmulation) + "/evaluate")
			.param("campaignId", "" + campaign(f, in)).param("score", "90"));
		rule("GET /api/v1/plans", Need.VIEWER, (f, r, in) -> get("/api/v1/plans?q=ke+hoach"));
		scoped("GET /api/v1/plans/{id}", Need.VIEWER, (f, r, in) -> get("/api/v1/plans/" + plan(f, in)));
		scoped("GET /api/v1/plans/{id}/tasks", Need.VIEWER, (f, r, in) -> get("/api/v1/plans/" + plan(f, in) + "/tasks"));
		rule("GET /api/v1/tasks", Need.VIEWER, (f, r, in) -> get("/api/v1/tasks?side=assigned&state=OPEN"));
		scoped("GET /api/v1/tasks/{id}", Need.VIEWER, (f, r, in) -> get("/api/v1/tasks/" + task(f, in)));
		scoped("GET /api/v1/tasks/{id}/reports", Need.VIEWER, (f, r, in) -> get("/api/v1/tasks/" + task(f, in) + "/reports"));
		scoped("POST /api/v1/tasks/{id}/reports", Need.MEMBER_ORG_OFFICER, (f, r, in) -> multipart("/api/v1/tasks/"
				+ task(f, in) + "/reports").param("text", "Đã làm.").param("figure.so_tien", "5000"));
		rule("GET /api/v1/calendar/lunar", Need.VIEWER, (f, r, in) -> get("/api/v1/calendar/lunar?date=2024-02-10"));
		rule("GET /api/v1/calendar/solar", Need.VIEWER, (f, r, in) -> get("/api/v1/calendar/solar?day=1&month=1&year=2024"));
		rule("GET /households", Need.VIEWER, (f, r, in) -> get("/households?q=nguyen+thi&sort=area"));
		scoped("GET /households/{id}", Need.VIEWER, (f, r, in) -> get("/households/" + household(f, in)));
		scoped("GET /households/new", Need.OFFICER, (f, r, in) -> get("/households/new?area=" + unit(f, in)));
		scoped("POST /households", Need.OFFICER, (f, r, in) -> post("/households").param("unitId", "" + unit(f, in))
			.param("members[0].fullName", "Trần Văn Thử " + r).param("members[0].birthYear", "1970")
			.param("headIndex", "0").param("year", "2024").param("kinds", "POOR"));
		scoped("GET /households/{id}/edit", Need.OFFICER, (f, r, in) -> get("/households/" + household(f, in) + "/edit"));
		scoped("POST /households/{id}", Need.OFFICER, (f, r, in) -> post("/households/" + household(f, in))
			.param("unitId", "" + unit(f, in)).param("members[0].fullName", "").param("version", "0"));
		scoped("POST /households/{id}/classify", Need.OFFICER, (f, r, in) -> post("/households/" + household(f, in)
				+ "/classify").param("year", "2024").param("kinds", "POOR"));
		scoped("POST /households/{id}/supports", Need.MEMBER_ORG_OFFICER, (f, r, in) -> post("/households/"
				+ household(f, in) + "/supports").param("kind", "TET_GIFT").param("giver", "Hội thử").param("amount", "100000")
			.param("givenOn", "2024-11-01"));
		scoped("POST /households/{id}/needs", Need.MEMBER_ORG_OFFICER, (f, r, in) -> post("/households/"
				+ household(f, in) + "/needs").param("description", "Vốn sản xuất"));
		scoped("POST /households/{id}/needs/{needId}/close", Need.MEMBER_ORG_OFFICER, (f, r, in) -> post("/households/"
				+ household(f, in) + "/needs/" + (in ? f.households.inNeed : f.households.outNeed) + "/close"));
		scoped("GET /households/duplicates", Need.VIEWER, (f, r, in) -> get("/households/duplicates?unit="
				+ (in ? "00256" : "20161")));
		scoped("POST /households/duplicates/merge", Need.OFFICER, (f, r, in) -> post("/households/duplicates/merge")
			.param("kept", "" + f.households.inHousehold).param("gone", "" + (in ? f.households.inOther : f.households.outHousehold)));
		scoped("POST /households/duplicates/distinct", Need.OFFICER, (f, r, in) -> post("/households/duplicates/distinct")
			.param("first", "" + f.households.inHousehold).param("second", "" + (in ? f.households.inOther : f.households.outHousehold)));
		rule("GET /households/overlaps", Need.VIEWER, (f, r, in) -> get("/households/overlaps?from=2024-01-01&to=2024-12-31"));
		scoped("GET /households/export", Need.OFFICER, (f, r, in) -> get("/households/export?format=CSV&area=" + unit(f, in)));
		rule("GET /households/import", Need.OFFICER, (f, r, in) -> get("/households/import"));
		scoped("POST /households/import", Need.OFFICER, (f, r, in) -> multipart("/households/import")
			.file(new MockMultipartFile("file", "ds.csv", "text/csv", HouseholdFixture.csv())).param("unitId", "" + ward(f, in))
			.param("year", "2024").with(csrf()));
		scoped("GET /households/import/{id}", Need.OFFICER, (f, r, in) -> get("/households/import/" + upload(f, r, in)));
		scoped("POST /households/import/{id}/mapping", Need.OFFICER, (f, r, in) -> post("/households/import/"
				+ upload(f, r, in) + "/mapping").param("col.HEAD", "0").param("col.AREA", "2"));
		scoped("POST /households/import/{id}/commit", Need.OFFICER, (f, r, in) -> post("/households/import/"
				+ upload(f, r, in) + "/commit"));
		rule("GET /reviews", Need.VIEWER, (f, r, in) -> get("/reviews"));
		scoped("POST /reviews", Need.OFFICER, (f, r, in) -> post("/reviews").param("unitId", "" + ward(f, in))
			.param("year", "2022"));
		scoped("GET /reviews/{id}", Need.VIEWER, (f, r, in) -> get("/reviews/" + review(f, in) + "?area=" + f.groupOne));
		scoped("POST /reviews/{id}/decide", Need.OFFICER, (f, r, in) -> post("/reviews/" + review(f, in) + "/decide")
			.param("householdId", "" + f.households.inHousehold).param("area", "" + f.groupOne).param("kinds", "POOR"));
		scoped("POST /reviews/{id}/areas/{area}/confirm-rest", Need.OFFICER, (f, r, in) -> post("/reviews/"
				+ review(f, in) + "/areas/" + f.groupOne + "/confirm-rest"));
		scoped("POST /reviews/{id}/areas/{area}/done", Need.OFFICER, (f, r, in) -> post("/reviews/" + review(f, in)
				+ "/areas/" + f.groupOne + "/done"));
		scoped("POST /reviews/{id}/close", Need.OFFICER, (f, r, in) -> post("/reviews/" + review(f, in) + "/close"));
		scoped("GET /api/v1/households", Need.VIEWER, (f, r, in) -> get("/api/v1/households?q=nguyen&unit="
				+ (in ? "00256" : "20161")));
		scoped("GET /api/v1/households/{id}", Need.VIEWER, (f, r, in) -> get("/api/v1/households/" + household(f, in)));
		scoped("GET /api/v1/households/duplicates", Need.VIEWER, (f, r, in) -> get("/api/v1/households/duplicates?unit="
				+ (in ? "00256" : "20161")));
		scoped("GET /funds/{id}/import", Need.OFFICER, (f, r, in) -> get("/funds/" + fund(f, in) + "/import"));
		scoped("POST /funds/{id}/import", Need.OFFICER, (f, r, in) -> multipart("/funds/" + fund(f, in) + "/import")
			.file(new MockMultipartFile("file", "ds.csv", "text/csv", FundImportFixture.csv())).with(csrf()));
		scoped("GET /funds/{id}/import/{uploadId}", Need.OFFICER, (f, r, in) -> get(donationUpload(f, r, in)));
		scoped("POST /funds/{id}/import/{uploadId}/mapping", Need.OFFICER, (f, r, in) -> post(donationUpload(f, r, in)
				+ "/mapping").param("col.NAME", "0").param("col.AMOUNT", "1").param("col.DATE", "2"));
		scoped("POST /funds/{id}/import/{uploadId}/run", Need.OFFICER, (f, r, in) -> post(donationUpload(f, r, in) + "/run"));
		scoped("GET /drives/{id}/day-wage", Need.OFFICER, (f, r, in) -> get("/drives/" + (in ? f.fundImports.inDrive
				: f.fundImports.outDrive) + "/day-wage"));
		scoped("POST /drives/{id}/day-wage", Need.OFFICER, (f, r, in) -> multipart("/drives/" + (in
				? f.fundImports.inDrive : f.fundImports.outDrive) + "/day-wage")
			.file(new MockMultipartFile("file", "can-bo.csv", "text/csv", FundImportFixture.staff())).with(csrf()));
		// Fund pages (fund-web): ids from FundFixture, a fund of the ward and one of Khe Tre.
		signedIn("GET /funds", "/funds");
		scoped("POST /funds", Need.UNIT_ADMIN, (f, r, in) -> post("/funds").param("unitId", "" + ward(f, in))
			.param("name", "Quỹ thử " + r).param("kind", "OTHER"));
		scoped("GET /funds/{id}", Need.VIEWER, (f, r, in) -> get("/funds/" + (in ? f.funds.inFund : f.funds.outFund)));
		scoped("POST /funds/{id}/board", Need.UNIT_ADMIN, (f, r, in) -> post("/funds/"
				+ (in ? f.funds.inFund : f.funds.outFund) + "/board").param("fullName", "Thành viên thử " + r));
		scoped("POST /funds/{id}/close", Need.UNIT_ADMIN, (f, r, in) -> post("/funds/"
				+ (in ? f.funds.inFund : f.funds.outFund) + "/close").param("period", "2000-01"));
		scoped("GET /funds/{id}/drives/new", Need.OFFICER, (f, r, in) -> get("/funds/"
				+ (in ? f.funds.inFund : f.funds.outFund) + "/drives/new"));
		scoped("POST /funds/{id}/drives", Need.OFFICER, (f, r, in) -> post("/funds/" + (in ? f.funds.inFund : f.funds.outFund)
				+ "/drives").param("title", "Đợt thử " + r).param("startsOn", "2024-01-01").param("endsOn", "2024-12-31"));
		scoped("GET /drives/{id}", Need.VIEWER, (f, r, in) -> get("/drives/" + (in ? f.funds.inDrive : f.funds.outDrive)));
		scoped("POST /drives/{id}/targets", Need.OFFICER, (f, r, in) -> post("/drives/"
				+ (in ? f.funds.inDrive : f.funds.outDrive) + "/targets").param("unitId", "" + ward(f, in))
			.param("amount", "10.000.000"));
		scoped("GET /funds/{id}/donations", Need.VIEWER, (f, r, in) -> get("/funds/" + (in ? f.funds.inFund : f.funds.outFund)
				+ "/donations?donor=nha+hao+tam&channel=CASH&voided=false&sort=amount"));
		scoped("GET /funds/{id}/donations/new", Need.OFFICER, (f, r, in) -> get("/funds/"
				+ (in ? f.funds.inFund : f.funds.outFund) + "/donations/new"));
		scoped("POST /funds/{id}/donations", Need.OFFICER, (f, r, in) -> post("/funds/"
				+ (in ? f.funds.inFund : f.funds.outFund) + "/donations").param("donor", "new")
			.param("donorName", "Người thử quyền " + r).param("amount", "100.000").param("channel", "CASH"));
		scoped("GET /funds/{id}/donors/suggestions", Need.OFFICER, (f, r, in) -> get("/funds/"
				+ (in ? f.funds.inFund : f.funds.outFund) + "/donors/suggestions?donorName=nha+hao+tam+thu+quyen")
			.header("HX-Request", "true"));
		rule("GET /donors", Need.OFFICER, (f, r, in) -> get("/donors?q=nha+hao+tam"));
		scoped("GET /donors/{id}", Need.OFFICER, (f, r, in) -> get("/donors/" + (in ? f.funds.inDonor : f.funds.outDonor)));
		scoped("POST /donors/{id}/merge", Need.OFFICER, (f, r, in) -> post("/donors/"
				+ (in ? f.funds.inDonor : f.funds.outDonor) + "/merge").param("other", "" + (in ? f.funds.inDonor : f.funds.outDonor)));
		scoped("GET /donations/{id}", Need.VIEWER, (f, r, in) -> get("/donations/" + (in ? f.funds.inDonation : f.funds.outDonation)));
		scoped("GET /donations/{id}/receipt.pdf", Need.VIEWER, (f, r, in) -> get("/donations/"
				+ (in ? f.funds.inDonation : f.funds.outDonation) + "/receipt.pdf"));
		scoped("POST /donations/{id}/void", Need.OFFICER, (f, r, in) -> post("/donations/"
				+ (in ? f.funds.inDonation : f.funds.outDonation) + "/void").param("reason", ""));
		scoped("GET /funds/{id}/disbursements", Need.VIEWER, (f, r, in) -> get("/funds/"
				+ (in ? f.funds.inFund : f.funds.outFund) + "/disbursements?status=PROPOSED"));
		scoped("GET /funds/{id}/disbursements/new", Need.OFFICER, (f, r, in) -> get("/funds/"
				+ (in ? f.funds.inFund : f.funds.outFund) + "/disbursements/new"));
		scoped("POST /funds/{id}/disbursements", Need.OFFICER, (f, r, in) -> post("/funds/"
				+ (in ? f.funds.inFund : f.funds.outFund) + "/disbursements").param("target", "RECIPIENT")
			.param("recipient", "Người nhận thử").param("kind", "TET_GIFT").param("amount", ""));
		scoped("GET /disbursements/{id}", Need.VIEWER, (f, r, in) -> get("/disbursements/"
				+ (in ? f.funds.inDisbursement : f.funds.outDisbursement)));
		scoped("POST /disbursements/{id}/approve", Need.UNIT_ADMIN, (f, r, in) -> post("/disbursements/"
				+ (in ? f.funds.inDisbursement : f.funds.outDisbursement) + "/approve"));
		scoped("POST /disbursements/{id}/reject", Need.UNIT_ADMIN, (f, r, in) -> post("/disbursements/"
				+ (in ? f.funds.inDisbursement : f.funds.outDisbursement) + "/reject").param("note", "Thử"));
		scoped("POST /disbursements/{id}/pay", Need.OFFICER, (f, r, in) -> post("/disbursements/"
				+ (in ? f.funds.inDisbursement : f.funds.outDisbursement) + "/pay"));
		scoped("POST /disbursements/{id}/acknowledge", Need.OFFICER, (f, r, in) -> multipart("/disbursements/"
				+ (in ? f.funds.inDisbursement : f.funds.outDisbursement) + "/acknowledge")
			.file(new MockMultipartFile("proof", "phieu.jpg", "image/jpeg", PlanningFixture.PHOTO)).with(csrf()));
		scoped("GET /disbursements/{id}/proof", Need.VIEWER, (f, r, in) -> get("/disbursements/"
				+ (in ? f.funds.inDisbursement : f.funds.outDisbursement) + "/proof"));
		scoped("GET /funds/{id}/transfers/new", Need.OFFICER, (f, r, in) -> get("/funds/"
				+ (in ? f.funds.inFund : f.funds.outFund) + "/transfers/new"));
		scoped("POST /funds/{id}/transfers", Need.OFFICER, (f, r, in) -> post("/funds/" + (in ? f.funds.inFund : f.funds.outFund)
				+ "/transfers").param("toFundId", "" + (in ? f.funds.outFund : f.funds.inFund)).param("amount", "")
			.param("purpose", "Thử"));
		scoped("POST /transfers/{id}/confirm", Need.OFFICER, (f, r, in) -> post("/transfers/"
				+ (in ? f.funds.inTransfer : f.funds.outTransfer) + "/confirm").param("fund", "" + f.funds.inFund));
		scoped("GET /funds/{id}/ledger", Need.VIEWER, (f, r, in) -> get("/funds/" + (in ? f.funds.inFund : f.funds.outFund)
				+ "/ledger"));
		scoped("GET /funds/{id}/ledger/verify", Need.VIEWER, (f, r, in) -> get("/funds/"
				+ (in ? f.funds.inFund : f.funds.outFund) + "/ledger/verify"));
		// Fund API: the same fixture; bodies that the services refuse as invalid once scope and role passed.
		signedIn("GET /api/v1/funds", "/api/v1/funds");
		scoped("GET /api/v1/funds/{id}", Need.VIEWER, (f, r, in) -> get("/api/v1/funds/" + fundOf(f, in)));
		scoped("POST /api/v1/funds", Need.UNIT_ADMIN, (f, r, in) -> json("/api/v1/funds",
				"{\"unitId\": " + ward(f, in) + ", \"name\": \"\"}"));
		scoped("POST /api/v1/funds/{id}/cash", Need.OFFICER, (f, r, in) -> json("/api/v1/funds/" + fundOf(f, in) + "/cash",
				"{\"amount\": \"\", \"toBank\": true}"));
		scoped("POST /api/v1/funds/{id}/close", Need.UNIT_ADMIN, (f, r, in) -> json("/api/v1/funds/" + fundOf(f, in)
				+ "/close?period=x", "{}"));
		scoped("GET /api/v1/funds/{id}/ledger/verify", Need.VIEWER, (f, r, in) -> get("/api/v1/funds/" + fundOf(f, in)
				+ "/ledger/verify"));
		scoped("GET /api/v1/funds/{id}/drives", Need.VIEWER, (f, r, in) -> get("/api/v1/funds/" + fundOf(f, in) + "/drives"));
		scoped("POST /api/v1/funds/{id}/drives", Need.OFFICER, (f, r, in) -> json("/api/v1/funds/" + fundOf(f, in)
				+ "/drives", "{\"title\": \"\"}"));
		scoped("GET /api/v1/drives/{id}", Need.VIEWER, (f, r, in) -> get("/api/v1/drives/" + driveOf(f, in)));
		scoped("GET /api/v1/drives/{id}/progress", Need.VIEWER, (f, r, in) -> get("/api/v1/drives/" + driveOf(f, in)
				+ "/progress"));
		scoped("PUT /api/v1/drives/{id}/targets/{unitId}", Need.OFFICER, (f, r, in) -> put("/api/v1/drives/"
				+ driveOf(f, in) + "/targets/" + ward(f, in), "{\"amount\": \"\"}"));
		scoped("GET /api/v1/funds/{id}/donations", Need.VIEWER, (f, r, in) -> get("/api/v1/funds/" + fundOf(f, in)
				+ "/donations?q=nha+hao+tam&sort=amount"));
		scoped("POST /api/v1/funds/{id}/donations", Need.OFFICER, (f, r, in) -> json("/api/v1/funds/" + fundOf(f, in)
				+ "/donations", "{\"donorName\": \"Thử\", \"amount\": \"\", \"channel\": \"CASH\"}"));
		scoped("GET /api/v1/donations/{id}", Need.VIEWER, (f, r, in) -> get("/api/v1/donations/"
				+ (in ? f.funds.inDonation : f.funds.outDonation)));
		scoped("POST /api/v1/donations/{id}/void", Need.OFFICER, (f, r, in) -> json("/api/v1/donations/"
				+ (in ? f.funds.inDonation : f.funds.outDonation) + "/void", "{\"reason\": \"\"}"));
		scoped("GET /api/v1/funds/{id}/pledges", Need.VIEWER, (f, r, in) -> get("/api/v1/funds/" + fundOf(f, in)
				+ "/pledges"));
		scoped("POST /api/v1/funds/{id}/pledges", Need.OFFICER, (f, r, in) -> json("/api/v1/funds/" + fundOf(f, in)
				+ "/pledges", "{\"donorName\": \"Thử\", \"amount\": \"\"}"));
		rule("GET /api/v1/donors", Need.OFFICER, (f, r, in) -> get("/api/v1/donors?q=nha+hao+tam"));
		scoped("GET /api/v1/funds/{id}/disbursements", Need.VIEWER, (f, r, in) -> get("/api/v1/funds/" + fundOf(f, in)
				+ "/disbursements?status=PROPOSED"));
		scoped("POST /api/v1/funds/{id}/disbursements", Need.OFFICER, (f, r, in) -> json("/api/v1/funds/"
				+ fundOf(f, in) + "/disbursements", "{\"recipient\": \"Thử\", \"amount\": \"\"}"));
		scoped("GET /api/v1/disbursements/{id}", Need.VIEWER, (f, r, in) -> get("/api/v1/disbursements/"
				+ (in ? f.funds.inDisbursement : f.funds.outDisbursement)));
		scoped("POST /api/v1/disbursements/{id}/approve", Need.UNIT_ADMIN, (f, r, in) -> json("/api/v1/disbursements/"
				+ (in ? f.funds.inDisbursement : f.funds.outDisbursement) + "/approve", "{}"));
		scoped("POST /api/v1/disbursements/{id}/reject", Need.UNIT_ADMIN, (f, r, in) -> json("/api/v1/disbursements/"
				+ (in ? f.funds.inDisbursement : f.funds.outDisbursement) + "/reject", "{\"reason\": \"\"}"));
		scoped("POST /api/v1/disbursements/{id}/pay", Need.OFFICER, (f, r, in) -> json("/api/v1/disbursements/"
				+ (in ? f.funds.inDisbursement : f.funds.outDisbursement) + "/pay", "{}"));
		scoped("GET /api/v1/funds/{id}/projects", Need.VIEWER, (f, r, in) -> get("/api/v1/funds/" + fundOf(f, in)
				+ "/projects"));
		scoped("POST /api/v1/funds/{id}/projects", Need.OFFICER, (f, r, in) -> json("/api/v1/funds/" + fundOf(f, in)
				+ "/projects", "{\"title\": \"\"}"));
		scoped("GET /api/v1/funds/{id}/transfers", Need.VIEWER, (f, r, in) -> get("/api/v1/funds/" + fundOf(f, in)
				+ "/transfers"));
		scoped("POST /api/v1/funds/{id}/transfers", Need.OFFICER, (f, r, in) -> json("/api/v1/funds/" + fundOf(f, in)
				+ "/transfers", "{\"amount\": \"\"}"));
		scoped("POST /api/v1/transfers/{id}/confirm", Need.OFFICER, (f, r, in) -> json("/api/v1/transfers/"
				+ (in ? f.funds.inTransfer : f.funds.outTransfer) + "/confirm", "{}"));
		scoped("GET /funds/{id}/book", Need.VIEWER, (f, r, in) -> get("/funds/" + fundOf(f, in)
				+ "/book?from=2024-01-01&to=2024-12-31&money=CASH"));
		scoped("GET /funds/{id}/reports", Need.VIEWER, (f, r, in) -> get("/funds/" + fundOf(f, in)
				+ "/reports?from=2024-01-01&to=2024-12-31"));
		scoped("GET /api/v1/funds/{id}/book", Need.VIEWER, (f, r, in) -> get("/api/v1/funds/" + fundOf(f, in)
				+ "/book?from=2024-01-01&to=2024-12-31"));
		scoped("GET /api/v1/funds/{id}/report", Need.VIEWER, (f, r, in) -> get("/api/v1/funds/" + fundOf(f, in)
				+ "/report?from=2024-01-01&to=2024-12-31"));
		scoped("GET /funds/{id}/pledges", Need.VIEWER, (f, r, in) -> get("/funds/" + fundOf(f, in) + "/pledges"));
		scoped("POST /funds/{id}/pledges", Need.OFFICER, (f, r, in) -> post("/funds/" + fundOf(f, in) + "/pledges")
			.param("donorName", "Thử " + r).param("amount", ""));
		scoped("GET /funds/{id}/projects", Need.VIEWER, (f, r, in) -> get("/funds/" + fundOf(f, in) + "/projects"));
		scoped("POST /funds/{id}/projects", Need.OFFICER, (f, r, in) -> post("/funds/" + fundOf(f, in) + "/projects")
			.param("title", ""));
		scoped("GET /jobs/{id}", Need.VIEWER, (f, r, in) -> get("/jobs/" + job(f, r, in)));
		scoped("GET /api/v1/jobs/{id}", Need.VIEWER, (f, r, in) -> get("/api/v1/jobs/" + job(f, r, in)));
		rule("GET /actuator", Need.SYSTEM_ADMIN, (f, r, in) -> get("/actuator"));
		rule("GET /actuator/info", Need.SYSTEM_ADMIN, (f, r, in) -> get("/actuator/info"));
		rule("GET /actuator/prometheus", Need.SYSTEM_ADMIN, (f, r, in) -> get("/actuator/prometheus"));
		rule("GET /actuator/metrics", Need.SYSTEM_ADMIN, (f, r, in) -> get("/actuator/metrics"));
		rule("GET /actuator/metrics/{requiredMetricName}", Need.SYSTEM_ADMIN, (f, r, in) -> get("/actuator/metrics/jvm.threads.live"));
	}

	private Routes() {
	}

	private static long unit(SeedFixture f, boolean in) {
		return in ? f.groupOne : f.outUnit;
	}

	private static long fundOf(SeedFixture f, boolean in) {
		return in ? f.funds.inFund : f.funds.outFund;
	}

	private static long driveOf(SeedFixture f, boolean in) {
		return in ? f.funds.inDrive : f.funds.outDrive;
	}

	private static long ward(SeedFixture f, boolean in) {
		return in ? f.ward : f.outUnit;
	}

	private static AbstractMockHttpServletRequestBuilder<?> get(String uri) {
		return request(HttpMethod.GET, uri);
	}

	private static AbstractMockHttpServletRequestBuilder<?> post(String uri) {
		return request(HttpMethod.POST, uri).with(csrf());
	}

	private static AbstractMockHttpServletRequestBuilder<?> json(String uri, String body) {
		return request(HttpMethod.POST, uri).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static AbstractMockHttpServletRequestBuilder<?> put(String uri, String body) {
		return request(HttpMethod.PUT, uri).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static AbstractMockHttpServletRequestBuilder<?> upload(String uri) {
		var file = new MockMultipartFile("file", "units.csv", "text/csv",
				"Mã,Tên,Cấp,Mã cấp trên\n,Thôn không có cha,thôn,99999\n".getBytes(StandardCharsets.UTF_8));
		return multipart(uri).file(file).with(csrf());
	}

	/** A small real PDF, as a received document would be. */
	private static AbstractMockHttpServletRequestBuilder<?> upload(String uri, String name) {
		byte[] pdf = vn.mattran.documents.internal.render.PdfRenderer.render(SeedFixture.plan(1).toContent(),
				vn.mattran.documents.Numbering.draft("KH"));
		return multipart(uri).file(new MockMultipartFile("file", name, "application/pdf", pdf)).with(csrf());
	}

	private static long fund(SeedFixture f, boolean in) {
		return in ? f.fundImports.inFund : f.fundImports.outFund;
	}

	/** The caller's own donation list in the ward's fund, or one uploaded into a fund outside the scope. */
	private static String donationUpload(SeedFixture f, Role caller, boolean in) {
		FundImportFixture imports = f.fundImports;
		return in ? "/funds/" + imports.inFund + "/import/" + imports.ownUploads.getOrDefault(caller, imports.outUpload)
				: "/funds/" + imports.outFund + "/import/" + imports.outUpload;
	}

	private static long household(SeedFixture f, boolean in) {
		return in ? f.households.inHousehold : f.households.outHousehold;
	}

	private static long review(SeedFixture f, boolean in) {
		return in ? f.households.inReview : f.households.outReview;
	}

	/** The caller's own upload (an upload is its uploader's), or one made outside the scope. */
	private static long upload(SeedFixture f, Role caller, boolean in) {
		return in ? f.households.ownUploads.getOrDefault(caller, f.households.outUpload) : f.households.outUpload;
	}

	private static long job(SeedFixture f, Role caller, boolean in) {
		return in ? f.households.ownJobs.get(caller) : f.households.otherJob;
	}

	private static long plan(SeedFixture f, boolean in) {
		return in ? f.planning.inPlan : f.planning.outPlan;
	}

	private static long draft(SeedFixture f, boolean in) {
		return in ? f.planning.inDraft : f.planning.outPlan;
	}

	private static long task(SeedFixture f, boolean in) {
		return in ? f.planning.inTask : f.planning.outTask;
	}

	private static long campaign(SeedFixture f, boolean in) {
		return in ? f.planning.inCampaign : f.planning.outCampaign;
	}

	private static long doc(SeedFixture f, boolean in) {
		return in ? f.inDocument : f.outDocument;
	}

	private static long received(SeedFixture f, boolean in) {
		return in ? f.inIncoming : f.outIncoming;
	}

	private static void open(String route) {
		open(route, route.substring(route.indexOf(' ') + 1));
	}

	private static void open(String route, String uri) {
		RULES.put(route, new Rule(Need.PUBLIC, false, (f, r, in) -> get(uri)));
	}

	private static void signedIn(String route, String uri) {
		RULES.put(route, new Rule(Need.SIGNED_IN, false, (f, r, in) -> get(uri)));
	}

	private static void rule(String route, Need need, Call call) {
		RULES.put(route, new Rule(need, false, call));
	}

	private static void scoped(String route, Need need, Call call) {
		RULES.put(route, new Rule(need, true, call));
	}
}
