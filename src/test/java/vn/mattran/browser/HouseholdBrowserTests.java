package vn.mattran.browser;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.mattran.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The household registry in a real browser, by the ward's officer: search the demo households
 * without diacritics, open one (full ID numbers there, and the look is in the audit log), record
 * a support from another giver, enter a new household after a wrong ID number, and read the list
 * in English.
 */
@IntegrationTest
class HouseholdBrowserTests {

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;
	WebDriver browser;
	WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		browser = Chromium.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void searchesOpensRecordsASupportAndAddsAHousehold() {
		signIn("ledaihanh");

		browser.get(url("/households"));
		type(By.id("q"), "nguyen thi");
		browser.findElement(By.id("q")).submit();
		wait.until(ExpectedConditions.urlContains("q=nguyen"));
		List<WebElement> rows = browser.findElements(By.cssSelector("#households tbody tr"));
		assertThat(rows).as("the demo ward has women heads named Nguyễn Thị …").isNotEmpty();
		assertThat(rows).extracting(row -> cell(row, 1)).anySatisfy(head -> assertThat(head).startsWith("Nguyễn Thị"));
		// The search reads everyone's name, not only the head's: a Nguyễn Văn … head is listed for his wife or daughter.
		assertThat(rows).allSatisfy(row -> assertThat(memberNames(idOf(row.findElement(By.cssSelector("td a")))))
			.as("the names in household %s", cell(row, 1))
			.anySatisfy(name -> assertThat(name).contains("Nguyễn Thị")));
		List<String> ids = rows.stream().map(row -> cell(row, 3)).toList();
		assertThat(ids).anySatisfy(id -> assertThat(id).contains("•"));
		assertThat(ids).noneSatisfy(id -> assertThat(id).containsPattern("\\d{12}"));
		Chromium.screenshot(browser, "20-households-search");

		WebElement reviewed = rows.stream()
			.filter(row -> cell(row, 5).contains("2024"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no household classified in the 2024 review"));
		String head = cell(reviewed, 1);
		reviewed.findElement(By.cssSelector("td a")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("members")));
		String householdId = browser.getCurrentUrl().replaceAll(".*/households/(\\d+).*", "$1");
		assertThat(text(By.tagName("h1"))).contains(head);
		assertThat(text(By.id("members"))).contains(head).containsPattern("\\b\\d{12}\\b");
		assertThat(text(By.id("classification-history"))).contains("2023:").contains("2024:");
		assertThat(jdbc.sql("""
				select count(*) from shared_audit_log
				where action = 'VIEW' and entity_type = 'household' and entity_id = :id and actor_name = 'ledaihanh'""")
			.param("id", householdId)
			.query(Long.class)
			.single()).as("the look at the household is in the audit log").isPositive();

		click(By.xpath("//details[.//form[@id='support-form']]/summary"));
		new Select(browser.findElement(By.id("s-kind"))).selectByVisibleText("Quà Tết");
		type(By.id("s-giver"), "Nhà hảo tâm Trần Văn Thiện");
		type(By.id("s-amount"), "200000");
		setDate(By.id("s-on"), "2024-11-15");
		Chromium.screenshot(browser, "21-support-form");
		click(By.cssSelector("#support-form button[type=submit]"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "Đã ghi hỗ trợ"));
		WebElement support = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//table[@id='supports']//tr[contains(., 'Nhà hảo tâm Trần Văn Thiện')]")));
		assertThat(support.getText()).contains("15/11/2024").contains("Quà Tết").contains("200.000 đ");
		Chromium.screenshot(browser, "22-household");

		browser.get(url("/households/new"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("household-form")));
		new Select(browser.findElement(By.id("unitId"))).selectByVisibleText("Tổ dân phố số 1");
		type(By.id("address"), "Số 7, ngõ Vân Hồ 3");
		type(By.name("members[0].fullName"), "Phan Thị Thử");
		type(By.name("members[0].birthYear"), "1980");
		type(By.name("members[0].citizenId"), "12345");
		// The ward merged away in 2025: a household is entered into its areas for a year they were in force.
		type(By.id("year"), "2024");
		click(By.cssSelector("#household-form input[name=kinds][value=NEAR_POOR]"));
		click(By.cssSelector("#household-form button[type=submit]"));
		WebElement idError = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//input[@name='members[0].citizenId']/following-sibling::div[contains(@class,'invalid-feedback')]")));
		assertThat(idError.getText()).contains("12 chữ số");
		assertThat(browser.findElement(By.name("members[0].fullName")).getAttribute("value")).as("nothing typed is lost")
			.isEqualTo("Phan Thị Thử");
		Chromium.screenshot(browser, "23-household-form-error");
		type(By.name("members[0].citizenId"), "001180912345");
		click(By.cssSelector("#household-form button[type=submit]"));
		wait.until(ExpectedConditions.urlMatches("/households/\\d+\\?saved"));
		assertThat(text(By.cssSelector(".alert-success"))).contains("Đã lưu hộ");
		assertThat(text(By.tagName("h1"))).contains("Phan Thị Thử");
		assertThat(text(By.id("members"))).contains("001180912345");
		assertThat(text(By.id("classification-history"))).contains("Hộ cận nghèo");

		browser.get(url("/households"));
		click(By.linkText("English"));
		wait.until(ExpectedConditions.urlContains("lang=en"));
		assertThat(text(By.tagName("h1"))).isEqualTo("Households");
		Chromium.screenshot(browser, "24-households-english");
	}

	private List<String> memberNames(long householdId) {
		return jdbc.sql("select full_name from hh_member where household_id = :id")
			.param("id", householdId)
			.query(String.class)
			.list();
	}

	private static long idOf(WebElement householdLink) {
		return Long.parseLong(householdLink.getAttribute("href").replaceAll(".*/households/(\\d+).*", "$1"));
	}

	/** The text of a table row's n-th cell, counting from 1. */
	private static String cell(WebElement row, int n) {
		return row.findElement(By.cssSelector("td:nth-child(" + n + ")")).getText();
	}

	private void signIn(String username) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(IntegrationTest.DEMO_PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit].w-100")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/** Brings the element to the middle of the window first, as a person scrolls to a button before pressing it. */
	private void click(By locator) {
		WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		wait.until(ExpectedConditions.elementToBeClickable(element)).click();
	}

	private void type(By field, String text) {
		WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(field));
		element.clear();
		element.sendKeys(text);
	}

	private void setDate(By field, String isoDate) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(field), isoDate);
	}

	private String text(By locator) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(locator)).getText();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
