package org.regiolab.platform.api;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the API as a whole in the OpenAPI document at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI regioLabApi() {
		return new OpenAPI()
			.info(new Info().title("RegioLab API")
				.version("v1")
				.description("""
						REST API of RegioLab. Sign in with HTTP Basic (email and password) or a personal API token \
						(Authorization: Bearer …). Ids are UUIDs, times ISO 8601 with offset; lists answer \
						{"items", "total", "page", "size"} and take the parameters page (from 0) and size. Errors are \
						RFC 9457 problem details (application/problem+json) in the language of Accept-Language \
						(German or English); invalid input answers 422 with "errors": [{"field", "message"}]."""))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.security(List.of(new SecurityRequirement().addList("basic"), new SecurityRequirement().addList("token")));
	}
}
