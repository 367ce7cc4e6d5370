using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Database;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Web.Infrastructure.Sms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Features.Safety;

/// <summary>
/// Alerts by SMS for a member: type a mobile number, send back the code it receives, choose the neutral or the explicit
/// wording, stop. The number is shown masked; whether a number already belongs to someone else is said only to whoever
/// proved they hold that phone.
/// </summary>
[Authorize]
[SensitivePage]
public sealed class SmsModel(AppDbContext db, SafetyMembership membership, NumberVerifications verifications, FieldCipher cipher, MasterKey masterKey,
    IOptions<SmsOptions> sms, UserManager<AppUser> users) : PageModel
{
    public const string Purpose = "safety";

    public SafetyMember? Member { get; private set; }

    public bool Offered => sms.Value.IsConfigured;

    public MobileNumber? Number { get; private set; }

    public MobileNumber? Waiting { get; private set; }

    [BindProperty]
    [Display(Name = "Mobiel nummer")]
    public string? Typed { get; set; }

    [BindProperty]
    [Display(Name = "Code")]
    public string? Code { get; set; }

    [BindProperty]
    public SmsWording Wording { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostSendCodeAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        if (Number is not null)
        {
            ModelState.AddModelError(nameof(Typed), "Je krijgt al sms op een nummer. Zet sms eerst uit om een ander nummer te gebruiken.");
            return Page();
        }
        if (MobileNumber.Parse(Typed) is not { } number)
        {
            ModelState.AddModelError(nameof(Typed), MobileNumber.NotMobile);
            return Page();
        }
        try
        {
            await verifications.SendCodeAsync(Purpose, Member!.Id.ToString("N"), number, (await users.GetUserAsync(User))?.PreferredCulture ?? Cultures.Dutch);
            await db.SaveChangesAsync();
        }
        catch (RuleException ex)
        {
            RuleRefusal.Show(this, nameof(Typed), ex);
            return Page();
        }
        TempData["Notice"] = "We hebben een code gestuurd. Typ hem hieronder.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostVerifyAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        try
        {
            var number = await verifications.CheckAsync(Purpose, Member!.Id.ToString("N"), Code);
            var key = number.KeyWith(masterKey, SafetyMember.SmsScope);
            // Whether another membership uses this number is never said: whoever holds a shared phone would learn it.
            var memberId = Member.Id;
            Member.UsePhone(cipher.Encrypt(number.E164, SafetyMember.CipherPurpose), key, Wording);
            if (!await db.SaveOnceAsync(async d => await d.Set<SafetyMember>().AnyAsync(m => m.PhoneKey == key && m.Id == memberId)))
            {
                return RedirectToPage();
            }
        }
        catch (RuleException ex)
        {
            RuleRefusal.Show(this, nameof(Code), ex);
            return Page();
        }
        TempData["Notice"] = "Je krijgt voortaan een sms als er een nieuwe waarschuwing is.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostWordingAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        try
        {
            Member!.Word(Wording);
        }
        catch (RuleException ex)
        {
            RuleRefusal.Show(this, nameof(Wording), ex);
            return Page();
        }
        await db.SaveChangesAsync();
        TempData["Notice"] = "Je keuze is bewaard.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostStopAsync()
    {
        if (await LoadAsync() is { } refused)
        {
            return refused;
        }
        Member!.StopSms();
        await db.SaveChangesAsync();
        TempData["Notice"] = "Je krijgt geen sms meer. Je nummer is gewist.";
        return RedirectToPage();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        Member = await membership.ApprovedAsync(users.GetUserId(User));
        if (Member is null || !Offered)
        {
            return Member is null ? RedirectToPage("/Safety/Join") : NotFound();
        }
        Number = Member.EncryptedPhone is { } stored && cipher.DecryptOrNull(stored, SafetyMember.CipherPurpose) is { } e164 ? MobileNumber.FromStored(e164) : null;
        Waiting = Number is null ? await verifications.WaitingAsync(Purpose, Member.Id.ToString("N")) : null;
        if (HttpMethods.IsGet(Request.Method))
        {
            Wording = Member.SmsWording;
        }
        return null;
    }
}
