package vn.mattran.shared.web;

import java.util.Arrays;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;
import vn.mattran.shared.error.InvalidInput;

/** Puts a service's refusal of one field next to that field of the form (or above the form). */
public final class Forms {

	private Forms() {
	}

	public static void reject(BindingResult binding, InvalidInput refusal) {
		if (hasField(binding.getTarget(), refusal.field())) {
			binding.rejectValue(refusal.field(), refusal.messageKey(), refusal.args(), refusal.messageKey());
		}
		else {
			binding.reject(refusal.messageKey(), refusal.args(), refusal.messageKey());
		}
	}

	private static boolean hasField(Object target, String field) {
		if (target == null || field == null) {
			return false;
		}
		Class<?> type = target.getClass();
		if (type.isRecord()) {
			return Arrays.stream(type.getRecordComponents()).anyMatch(component -> component.getName().equals(field));
		}
		return new BeanWrapperImpl(target).isReadableProperty(field);
	}
}
