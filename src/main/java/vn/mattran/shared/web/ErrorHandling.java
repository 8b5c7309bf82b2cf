package vn.mattran.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.mattran.shared.error.InvalidInput;
import vn.mattran.shared.error.UserFacingException;

/**
 * Turns refusals into something a person can act on: a page in the reader's language, or for
 * {@code /api/**} a JSON {@link ApiError} with the message in Vietnamese and English.
 */
@ControllerAdvice
class ErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
	private final Messages messages;

	ErrorHandling(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(UserFacingException.class)
	Object refused(UserFacingException e, HttpServletRequest request, HttpServletResponse response) {
		List<ApiError.FieldProblem> problems = e instanceof InvalidInput invalid && invalid.field() != null
				? List.of(new ApiError.FieldProblem(invalid.field(), messages.get(e.messageKey(), e.args())))
				: List.of();
		return answer(request, response, e.status(), e.messageKey(), e.args(), problems);
	}

	@ExceptionHandler(AccessDeniedException.class)
	Object denied(HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, 403, "error.forbidden", new Object[0], List.of());
	}

	@ExceptionHandler({ MaxUploadSizeExceededException.class })
	Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, 413, "error.uploadTooLarge", new Object[] { "20 MB", "41 MB" }, List.of());
	}

	@ExceptionHandler(MultipartException.class)
	Object badUpload(HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, 400, "error.badUpload", new Object[0], List.of());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request,
			HttpServletResponse response) {
		return answer(request, response, 400, "error.badParameter", new Object[] { e.getName(), e.getValue() },
				List.of());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	Object missingParameter(MissingServletRequestParameterException e, HttpServletRequest request,
			HttpServletResponse response) {
		return answer(request, response, 400, "error.missingParameter", new Object[] { e.getParameterName() },
				List.of());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	Object invalidBody(MethodArgumentNotValidException e, HttpServletRequest request, HttpServletResponse response) {
		List<ApiError.FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
			.map(error -> new ApiError.FieldProblem(error.getField(), messages.get(error.getDefaultMessage() == null
					? "error.invalidField" : error.getDefaultMessage())))
			.toList();
		return answer(request, response, 422, "error.invalidInput", new Object[0], problems);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadableBody(HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response) {
		String detail = e.getMostSpecificCause().getMessage();
		return answer(request, response, 400, "error.unreadableBody",
				new Object[] { detail == null ? "" : detail.lines().findFirst().orElse("") }, List.of());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request,
			HttpServletResponse response) {
		return answer(request, response, 405, "error.methodNotAllowed", new Object[] { e.getMethod() }, List.of());
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object noSuchPage(HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, 404, "error.pageNotFound", new Object[] { request.getRequestURI() },
				List.of());
	}

	private Object answer(HttpServletRequest request, HttpServletResponse response, int status, String key,
			Object[] args, List<ApiError.FieldProblem> problems) {
		if (status >= 500) {
			log.error("{} {} answered {}", request.getMethod(), request.getRequestURI(), key);
		}
		HttpStatus httpStatus = HttpStatus.valueOf(status);
		if (request.getRequestURI().startsWith("/api/")) {
			ApiError body = new ApiError(status, httpStatus.getReasonPhrase(), messages.vi(key, args),
					messages.en(key, args), request.getRequestURI(), problems);
			return ResponseEntity.status(status).body(body);
		}
		response.setStatus(status);
		ModelAndView page = new ModelAndView("error");
		page.setStatus(httpStatus);
		page.addObject("status", status);
		page.addObject("message", messages.get(key, args));
		page.addObject("problems", problems);
		return page;
	}
}
