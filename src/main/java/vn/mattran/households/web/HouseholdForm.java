package vn.mattran.households.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import vn.mattran.households.Classification;
import vn.mattran.households.Household;
import vn.mattran.households.Member;
import vn.mattran.households.internal.HouseholdDraft;

/** The household form: area, address, circumstances, the members (one row each), and for a new one its classification and needs. */
public class HouseholdForm {

	static final int EMPTY_ROWS = 3;

	private Long unitId;
	private int version;
	private String address;
	private String circumstances;
	private Integer year;
	private List<Classification> kinds = new ArrayList<>();
	private String needs;
	private boolean notDuplicate;
	private int headIndex;
	private List<MemberForm> members = new ArrayList<>();

	/** One member's row; the form's {@code headIndex} says which row is the head. */
	public static class MemberForm {

		private Long id;
		private String fullName;
		private String sex;
		private Integer birthYear;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate birthDate;
		private String relation;
		private String citizenId;
		private String phone;

		public Long getId() {
			return id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public String getFullName() {
			return fullName;
		}

		public void setFullName(String fullName) {
			this.fullName = fullName;
		}

		public String getSex() {
			return sex;
		}

		public void setSex(String sex) {
			this.sex = sex;
		}

		public Integer getBirthYear() {
			return birthYear;
		}

		public void setBirthYear(Integer birthYear) {
			this.birthYear = birthYear;
		}

		public LocalDate getBirthDate() {
			return birthDate;
		}

		public void setBirthDate(LocalDate birthDate) {
			this.birthDate = birthDate;
		}

		public String getRelation() {
			return relation;
		}

		public void setRelation(String relation) {
			this.relation = relation;
		}

		public String getCitizenId() {
			return citizenId;
		}

		public void setCitizenId(String citizenId) {
			this.citizenId = citizenId;
		}

		public String getPhone() {
			return phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}
	}

	static HouseholdForm blank(Long unitId, int year) {
		HouseholdForm form = new HouseholdForm();
		form.unitId = unitId;
		form.year = year;
		form.padMembers();
		return form;
	}

	static HouseholdForm of(Household household) {
		HouseholdForm form = new HouseholdForm();
		form.unitId = household.unitId();
		form.version = household.version();
		form.address = household.address();
		form.circumstances = household.circumstances();
		for (Member m : household.members()) {
			if (!m.present()) {
				continue;
			}
			MemberForm row = new MemberForm();
			row.id = m.id();
			row.fullName = m.fullName();
			row.sex = m.sex();
			row.birthYear = m.birthYear();
			row.birthDate = m.birthDate();
			row.relation = m.relation();
			row.citizenId = m.citizenId();
			row.phone = m.phone();
			if (m.head()) {
				form.headIndex = form.members.size();
			}
			form.members.add(row);
		}
		form.padMembers();
		return form;
	}

	/** A few empty rows for more members. */
	void padMembers() {
		for (int i = 0; i < EMPTY_ROWS; i++) {
			members.add(new MemberForm());
		}
	}

	HouseholdDraft draft() {
		Set<Classification> chosen = kinds == null || kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds);
		List<String> needLines = needs == null ? List.of() : Arrays.asList(needs.split("\\R"));
		List<Member> given = new ArrayList<>();
		for (int i = 0; i < members.size(); i++) {
			MemberForm row = members.get(i);
			// A full birth date (from an import) is kept while the year shown with it is not changed.
			LocalDate date = row.birthDate != null && row.birthYear != null && row.birthDate.getYear() == row.birthYear
					? row.birthDate : null;
			given.add(new Member(row.id, row.fullName, row.sex, row.birthYear, date, row.relation, row.citizenId,
					row.phone, i == headIndex, null));
		}
		return new HouseholdDraft(unitId == null ? 0 : unitId, address, circumstances, given, year, chosen, needLines);
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getCircumstances() {
		return circumstances;
	}

	public void setCircumstances(String circumstances) {
		this.circumstances = circumstances;
	}

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public List<Classification> getKinds() {
		return kinds;
	}

	public void setKinds(List<Classification> kinds) {
		this.kinds = kinds;
	}

	public String getNeeds() {
		return needs;
	}

	public void setNeeds(String needs) {
		this.needs = needs;
	}

	public boolean isNotDuplicate() {
		return notDuplicate;
	}

	public void setNotDuplicate(boolean notDuplicate) {
		this.notDuplicate = notDuplicate;
	}

	public int getHeadIndex() {
		return headIndex;
	}

	public void setHeadIndex(int headIndex) {
		this.headIndex = headIndex;
	}

	public List<MemberForm> getMembers() {
		return members;
	}

	public void setMembers(List<MemberForm> members) {
		this.members = members;
	}
}
