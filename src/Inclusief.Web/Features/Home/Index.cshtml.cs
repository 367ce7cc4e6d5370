using Inclusief.Web.Features.Programmes;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Home;

[AllowAnonymous]
public sealed class IndexModel(ProgrammeCatalogue programmes) : PageModel
{
    public IReadOnlyList<(string Programme, string TargetGroup)> Programmes { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var english = Cultures.Current == Cultures.English;
        Programmes = (await programmes.ActiveAsync())
            .Select(p => english ? (p.NameEn, p.TargetGroupEn) : (p.NameNl, p.TargetGroupNl))
            .ToList();
    }
}
