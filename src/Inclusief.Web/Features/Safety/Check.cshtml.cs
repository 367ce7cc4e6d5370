using Inclusief.Data;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Inclusief.Web.Infrastructure.Security;

namespace Inclusief.Web.Features.Safety;

/// <summary>The client check for approved members; the value is posted, not put in the address, and not kept.</summary>
[Authorize]
[SensitivePage]
[EnableRateLimiting(SubmissionRateLimit.ClientCheckPolicy)]
public sealed class CheckModel(SafetyMembership membership, ClientCheck check, UserManager<AppUser> users, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public string? Value { get; set; }

    [BindProperty]
    public IdentifierKind? Kind { get; set; }

    public ClientCheck.Outcome? Outcome { get; private set; }

    /// <summary>False for an account that is not an approved member; the page then says why (<c>_MembersOnly</c>).</summary>
    public bool IsMember { get; private set; }

    public SafetyMember? Membership { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await membership.ApprovedAsync(users.GetUserId(User)) is null)
        {
            Membership = await membership.MineAsync(users.GetUserId(User));
            return Page();
        }
        IsMember = true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await membership.ApprovedAsync(users.GetUserId(User)) is not { } member)
        {
            Membership = await membership.MineAsync(users.GetUserId(User));
            return Page();
        }
        IsMember = true;
        if (string.IsNullOrWhiteSpace(Value))
        {
            ModelState.AddModelError(nameof(Value), "Vul een telefoonnummer, e-mailadres, kenteken of online naam in.");
            return Page();
        }
        Outcome = await check.CheckAsync(member.Id, Kind, Value);
        if (Outcome.QuotaReached)
        {
            ModelState.AddModelError(nameof(Value), t["Je hebt vandaag al {0} keer gecheckt; morgen kan het weer. Twijfel je over een klant? Vraag het de moderatoren via een melding.", check.ChecksPerDay]);
            Outcome = null;
        }
        else if (Outcome.Understood is null)
        {
            ModelState.AddModelError(nameof(Value), "Dit kunnen we niet lezen. Een telefoonnummer schrijf je bijvoorbeeld als 06 12345678 of +31 6 12345678.");
            Outcome = null;
        }
        return Page();
    }
}
