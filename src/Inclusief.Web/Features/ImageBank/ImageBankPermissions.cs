using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Inclusief.Web.Features.ImageBank;

public static class ImageBankPermissions
{
    /// <summary>Coordinators (two-factor sign-in) add photos, keep the consents and approve media accounts.</summary>
    public const string Manage = "ImageBank.Manage";

    /// <summary>The download copy: approved media accounts, for photos cleared for media use.</summary>
    public static readonly OperationAuthorizationRequirement Download = new() { Name = nameof(Download) };
}
