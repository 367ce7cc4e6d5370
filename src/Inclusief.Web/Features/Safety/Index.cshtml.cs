using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Inclusief.Data;

namespace Inclusief.Web.Features.Safety;

/// <summary>The safety network: report, join, and for approved members the warnings and the client check.</summary>
[AllowAnonymous]
[Infrastructure.Pages.SensitivePage]
public sealed class IndexModel(SafetyMembership membership, UserManager<AppUser> users) : PageModel
{
    public SafetyMember? Member { get; private set; }

    public async Task OnGetAsync() => Member = await membership.MineAsync(users.GetUserId(User));
}
