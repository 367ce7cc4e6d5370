using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Infrastructure.Jobs;
using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Web.Infrastructure.Privacy;
using Inclusief.Web.Infrastructure.Sms;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Complaints;

public static class ComplaintsFeature
{
    public static IServiceCollection AddComplaints(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ComplaintOptions>(configuration.GetSection("Complaints"));
        services.AddSingleton(new Infrastructure.Hosting.StartupSeed(GuidanceDefaults.SeedAsync));
        services.AddAuthorizationBuilder()
            .AddPolicy(ComplaintPermissions.Handle, StaffPolicy.For(StaffRoles.Caseworker))
            .AddPolicy(ComplaintPermissions.WriteGuidance, StaffPolicy.For(StaffRoles.Coordinator))
            .AddPolicy(ComplaintPermissions.ReadSignals, policy => policy.RequireAssertion(context =>
                StaffTwoFactorRequirement.IsSatisfiedBy(context.User, StaffRoles.Coordinator) || StaffTwoFactorRequirement.IsSatisfiedBy(context.User, StaffRoles.Caseworker)));
        services.AddScoped<ComplaintRetention>();
        services.AddScoped<IRetentionRule>(sp => sp.GetRequiredService<ComplaintRetention>());
        services.AddScoped<ComplaintMail>();
        // A STOP ends the "there is an answer" texts; the caseworker can still call the number.
        services.AddSmsOptOut<Complaint>(Complaint.SmsScope, key => c => c.SmsKey == key, c => c.StopSms());
        services.AddSingleton(new StaffMenuCount("/Complaints/Admin/Index", "{0} met een nieuw bericht van de melder", db => db.Set<Complaint>().WithNewMessage().CountAsync()));
        services.AddScoped<ComplaintSignals>();
        services.AddScoped<IPersonalData, ComplaintPersonalData>();
        return services;
    }
}
