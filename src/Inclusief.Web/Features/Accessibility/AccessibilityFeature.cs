using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Infrastructure.Jobs;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Accessibility;

public static class AccessibilityFeature
{
    public static IServiceCollection AddAccessibility(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccessibilityOptions>(configuration.GetSection("Accessibility"));
        services.AddAuthorizationBuilder().AddPolicy(AccessibilityPermissions.Respond, StaffPolicy.For(StaffRoles.Coordinator));
        services.AddScoped<BarrierMail>();
        services.AddScoped<IRetentionRule, BarrierRetention>();
        services.AddSingleton(new StaffMenuCount("/Accessibility/Admin/Index", "{0} meldingen over de toegankelijkheid", db => db.Set<BarrierReport>().CountAsync(r => r.AnsweredAt == null)));
        return services;
    }
}
