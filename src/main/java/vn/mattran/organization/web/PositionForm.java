package vn.mattran.organization.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Appointing a person to a position in a body. */
record PositionForm(Long personId, String title, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom) {
}
