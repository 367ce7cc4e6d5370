using Microsoft.AspNetCore.Antiforgery;

namespace Inclusief.Web.Features.Errors;

public static class ErrorsFeature
{
    /// <summary>
    /// Every failure ends on a friendly page in the visitor's language: exceptions are re-executed as
    /// /Error/{status}, with bad input (malformed or oversized forms, broken tokens) mapped to a 4xx.
    /// </summary>
    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error/500",
            StatusCodeSelector = exception => exception switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                AntiforgeryValidationException => StatusCodes.Status400BadRequest,
                InvalidDataException => StatusCodes.Status400BadRequest,
                FormatException => StatusCodes.Status400BadRequest,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        return app;
    }
}
