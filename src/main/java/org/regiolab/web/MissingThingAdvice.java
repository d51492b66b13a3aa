package org.regiolab.web;

import java.util.Locale;

import org.regiolab.platform.ApiProblems;
import org.regiolab.platform.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page asked for something that does not exist (a {@link NotFoundException} for an unknown id,
 * say): the friendly 404 page. Any other exception reaches the servlet container, which logs it,
 * and {@link ErrorPages} shows the 500 page. The API's own handler comes first and answers API
 * calls with problem details.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class MissingThingAdvice {

	private final ApiProblems problems;

	MissingThingAdvice(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(Locale locale) {
		ModelAndView page = new ModelAndView(ErrorPages.VIEW, HttpStatus.NOT_FOUND);
		page.addObject("status", HttpStatus.NOT_FOUND.value());
		page.addObject("problem", problems.problem(HttpStatus.NOT_FOUND, locale));
		return page;
	}
}
