using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Infrastructure.Privacy;

namespace Inclusief.Web.Features.ImageBank;

public static class ImageBankFeature
{
    /// <summary>Coordinators (two-factor sign-in) add photos, keep the consents and approve media accounts.</summary>
    public const string Manage = "ImageBank.Manage";

    public static IServiceCollection AddImageBank(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Manage, StaffPolicy.For(StaffRoles.Coordinator));
        services.AddSingleton<PhotoFiles>();
        services.AddScoped<ImageBankMail>();
        services.AddScoped<IPersonalData, MediaAccountPersonalData>();
        return services;
    }
}
