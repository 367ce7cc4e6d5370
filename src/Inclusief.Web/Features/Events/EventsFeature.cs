using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Infrastructure.Jobs;
using Inclusief.Web.Infrastructure.Privacy;
using Inclusief.Web.Infrastructure.Sms;

namespace Inclusief.Web.Features.Events;

public static class EventsFeature
{
    public static IServiceCollection AddEvents(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(EventPermissions.Organise, StaffPolicy.For(StaffRoles.Coordinator));
        services.AddHttpContextAccessor();
        services.AddSingleton<RegistrationLink>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, RegistrationAuthorizationHandler>();
        services.AddSingleton<SeatLine>();
        services.AddScoped<EventMail>();
        services.AddSmsOptOut<EventRegistration>(EventRegistration.SmsScope, key => r => r.SmsKey == key, r => r.StopSms());
        services.AddScoped<RegistrationDesk>();
        services.AddScoped<IOutboxHandler, ScheduledEventMessageHandler>();
        services.AddScoped<IPersonalData, EventPersonalData>();
        services.AddScoped<RegistrationRetention>();
        services.AddScoped<IRetentionRule>(sp => sp.GetRequiredService<RegistrationRetention>());
        return services;
    }
}
