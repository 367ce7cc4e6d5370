using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Participation;

[AllowAnonymous]
public sealed class SubmittedModel : PageModel
{
    public ParticipationForm Form { get; private set; }

    public IActionResult OnGet(string? form)
    {
        if (ParticipationForms.FromSlug(form) is not { } chosen)
        {
            return RedirectToPage("/Participation/Index");
        }
        Form = chosen;
        return Page();
    }
}
