using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Infrastructure.Privacy;

namespace Inclusief.Web.Features.ImageBank;

public static class ImageBankFeature
{
    public static IServiceCollection AddImageBank(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(ImageBankPermissions.Manage, StaffPolicy.For(StaffRoles.Coordinator));
        services.AddSingleton<PhotoFiles>();
        services.AddScoped<ImageBankMail>();
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, PhotoAuthorizationHandler>();
        services.AddScoped<IPersonalData, MediaAccountPersonalData>();
        return services;
    }
}
