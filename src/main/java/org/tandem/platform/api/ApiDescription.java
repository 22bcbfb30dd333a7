package org.tandem.platform.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.platform.CurrentUser;

/**
 * The OpenAPI description at {@code /v3/api-docs}: how to authenticate, and the problem+json answers every operation
 * can give, added here once so that each controller only describes what is particular to it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String CONFLICT = "#/components/responses/Conflict";
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    static {
        // Filled in by Tandem from the session or token, never sent by the client.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class, CurrentUser.Membership.class);
    }

    @Bean
    OpenAPI tandemApi() {
        return new OpenAPI()
                .info(new Info().title("Tandem API").version("v1")
                        .description("Outcomes-based co-commissioning of public services. Every route answers as the "
                                + "pages do: people outside an organisation get 404 for its routes, members without "
                                + "the role get 403. Errors are application/problem+json (RFC 9457); invalid input "
                                + "lists each problem in `errors` with the property it belongs to.")
                        .license(new License().name("Open source")))
                .components(new Components()
                        .addSecuritySchemes("apiToken", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("Tandem personal API token")
                                .description("Create a token under Your account, API tokens, and send it as "
                                        + "`Authorization: Bearer <token>`. No CSRF token is needed."))
                        .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("TANDEM_SESSION")
                                .description("A signed-in browser session. Changes must also send the session's "
                                        + "CSRF token in the X-CSRF-TOKEN header."))
                        .addSchemas("Problem", problem())
                        .addResponses("BadRequest", problemResponse(
                                "The request is not valid; `errors` lists each problem and its property"))
                        .addResponses("Unauthorized", problemResponse(
                                "No session or API token was sent, or the API token is unknown, revoked or expired"))
                        .addResponses("Forbidden", problemResponse(
                                "You belong to the organisation but your roles do not allow this"))
                        .addResponses("NotFound", problemResponse(
                                "It does not exist, or belongs to an organisation you are not in"))
                        .addResponses("Conflict", problemResponse(
                                "The change cannot be made now, e.g. someone else saved first: read it again")))
                .addSecurityItem(new SecurityRequirement().addList("apiToken"))
                .addSecurityItem(new SecurityRequirement().addList("session"));
    }

    /**
     * What every organisation route shares: the organisation in its path (read by the access policy, so handlers
     * need not declare it), and the refusals the access rules and request checks can give.
     */
    @Bean
    OpenApiCustomizer organisationRoutesAndProblems() {
        return api -> api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            ApiResponses responses = operation.getResponses();
            // Public open data (/public/api/**) needs no sign-in, so it never answers 401 or 403.
            boolean open = path.startsWith("/public/");
            if (!open) {
                add(responses, "401", "Unauthorized");
            }
            if (path.contains("{organisationId}")) {
                declareOrganisation(operation);
                if (!open) {
                    add(responses, "403", "Forbidden");
                }
            }
            if (path.contains("{")) {
                add(responses, "404", "NotFound");
            }
            if (takesInput(operation)) {
                add(responses, "400", "BadRequest");
            }
        }));
    }

    private static void declareOrganisation(Operation operation) {
        boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "path".equals(p.getIn()) && "organisationId".equals(p.getName()));
        if (!declared) {
            List<Parameter> parameters = new ArrayList<>(List.of(new PathParameter().name("organisationId")
                    .description("The organisation you are working in").schema(new StringSchema().format("uuid"))));
            if (operation.getParameters() != null) {
                parameters.addAll(operation.getParameters());
            }
            operation.setParameters(parameters);
        }
    }

    private static boolean takesInput(Operation operation) {
        return operation.getRequestBody() != null || (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "query".equals(p.getIn())));
    }

    private static void add(ApiResponses responses, String status, String name) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + name));
        }
    }

    private static ApiResponse problemResponse(String description) {
        return new ApiResponse().description(description).content(new Content()
                .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM))));
    }

    private static Schema<?> problem() {
        Schema<?> fieldProblem = new ObjectSchema()
                .addProperty("field", new StringSchema().nullable(true)
                        .description("The property the problem belongs to; null for the request as a whole"))
                .addProperty("message", new StringSchema());
        return new ObjectSchema().description("RFC 9457 problem details")
                .properties(Map.of(
                        "type", new StringSchema().format("uri"),
                        "title", new StringSchema(),
                        "status", new IntegerSchema(),
                        "detail", new StringSchema().description("What went wrong, written for people"),
                        "instance", new StringSchema().format("uri"),
                        "errors", new ArraySchema().items(fieldProblem)
                                .description("Each problem with the input, when the input was not valid")));
    }
}
