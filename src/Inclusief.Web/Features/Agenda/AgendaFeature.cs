using Inclusief.Web.Features.Accounts;

namespace Inclusief.Web.Features.Agenda;

public static class AgendaFeature
{
    public static IServiceCollection AddAgenda(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(AgendaPermissions.Edit, StaffPolicy.For(StaffRoles.Coordinator));
        services.AddScoped<AgendaDesk>();
        services.AddScoped<Infrastructure.Privacy.IPersonalData, AgendaPersonalData>();
        return services;
    }
}
