using Inclusief.Web.Features.Accounts;

namespace Inclusief.Web.Features.Admin;

public static class AdminFeature
{
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(AdminPermissions.Policy, StaffPolicy.For(StaffRoles.Admin));
        services.AddScoped<UserAdministration>();
        services.AddScoped<AdminMail>();
        services.AddSingleton(new Infrastructure.Hosting.StartupCommand("create-admin", AdminCommands.RunAsync));
        return services;
    }
}
