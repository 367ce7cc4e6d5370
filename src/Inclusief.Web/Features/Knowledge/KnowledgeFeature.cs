using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Infrastructure.Privacy;

namespace Inclusief.Web.Features.Knowledge;

public static class KnowledgeFeature
{
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(KnowledgePermissions.Edit, StaffPolicy.For(StaffRoles.Coordinator));
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, KnowledgeAuthorizationHandler>();
        services.AddScoped<KnowledgeEditing>();
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
