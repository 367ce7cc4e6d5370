using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using Inclusief.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace Inclusief.Web.Features.Accounts;

/// <summary>Sets up an authenticator app (TOTP): QR code rendered here, never by a third party.</summary>
[Microsoft.AspNetCore.Authorization.Authorize]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Infrastructure.Security.SubmissionRateLimit.Policy)]
public sealed class TwoFactorModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> t) : PageModel
{
    public const string Issuer = "Inclusief";

    public bool Enabled { get; private set; }

    public bool IsStaff { get; private set; }

    public string SharedKey { get; private set; } = "";

    public string QrCodeDataUri { get; private set; } = "";

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    [BindProperty]
    [Required]
    [StringLength(7, MinimumLength = 6, ErrorMessage = "Vul de code van 6 cijfers in.")]
    [Display(Name = "Code uit de app")]
    public string Code { get; set; } = "";

    /// <summary>The password (or, for an account without one, a current code) that confirms a change to the second factor.</summary>
    [BindProperty]
    [StringLength(200)]
    [DataType(DataType.Password)]
    public string? Confirmation { get; set; }

    public bool HasPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }
        var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), t["Deze code klopt niet. Controleer of de tijd op je telefoon goed staat en gebruik de nieuwste code."]);
            await LoadAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        // The person just proved they hold the second factor: this session counts as a two-factor sign-in.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(StaffTwoFactorRequirement.MfaClaimType, StaffTwoFactorRequirement.MfaClaimValue)]);
        Enabled = true;
        IsStaff = StaffRoles.All.Any(User.IsInRole);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }
        if (!await ConfirmedAsync(user))
        {
            return Page();
        }
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        Enabled = true;
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (StaffRoles.All.Any(role => User.IsInRole(role)))
        {
            // Staff roles cannot work without a second factor.
            return RedirectToPage();
        }
        if (!await ConfirmedAsync(user))
        {
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage();
    }

    /// <summary>
    /// Someone who finds a session open must not be able to read new recovery codes or remove the second
    /// factor: the change needs the password again, or a current code when the account has no password.
    /// </summary>
    private async Task<bool> ConfirmedAsync(AppUser user)
    {
        var given = (Confirmation ?? "").Trim();
        var confirmed = await users.HasPasswordAsync(user)
            ? await users.CheckPasswordAsync(user, Confirmation ?? "")
            : await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, given.Replace(" ", "", StringComparison.Ordinal));
        if (!confirmed)
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(Confirmation), await users.HasPasswordAsync(user)
                ? t["Dit wachtwoord klopt niet."]
                : t["Deze code klopt niet. Controleer of de tijd op je telefoon goed staat en gebruik de nieuwste code."]);
            await LoadAsync(user);
        }
        return confirmed;
    }

    private async Task LoadAsync(AppUser user)
    {
        Enabled = user.TwoFactorEnabled;
        HasPassword = await users.HasPasswordAsync(user);
        IsStaff = StaffRoles.All.Any(User.IsInRole);
        if (Enabled)
        {
            return;
        }
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            // A new key changes the security stamp: without a refreshed cookie the next stamp check signs the
            // person out while they are still typing the code.
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        SharedKey = Group(key);
        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.UserName ?? "")}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }

    private static string Group(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }
        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }
}
