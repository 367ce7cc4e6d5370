using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Infrastructure.Privacy;

namespace Inclusief.Web.Features.Knowledge;

public static class KnowledgeFeature
{
    /// <summary>Coordinators (two-factor sign-in) review, publish and archive; anyone signed in may write a draft.</summary>
    public const string Edit = "Knowledge.Edit";

    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Edit, StaffPolicy.For(StaffRoles.Coordinator));
        services.AddScoped<KnowledgeSearch>();
        services.AddScoped<IPersonalData, KnowledgePersonalData>();
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Inclusief kennisbank";
            document.Info.Description = "Open data: the published, public items of the knowledge base of Inclusief samenwerken in de stad.";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static IEndpointRouteBuilder MapKnowledge(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi("/api/openapi/{documentName}.json").AllowAnonymous();
        KnowledgeApi.Map(endpoints);
        return endpoints;
    }
}
