using System.ComponentModel.DataAnnotations;
using System.Text;
using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Inclusief.Web.Features.Accounts;

/// <summary>Setting a new password with the mailed link; the link stops working once the password changes.</summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<AppUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    [Required]
    [StringLength(200, MinimumLength = 10)]
    [DataType(DataType.Password)]
    [Display(Name = "Nieuw wachtwoord")]
    public string Password { get; set; } = "";

    public bool LinkInvalid { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = UserId is null ? null : await users.FindByIdAsync(UserId);
        string? token = null;
        try
        {
            token = Token is null ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Token));
        }
        catch (FormatException)
        {
            // A damaged link is treated like an expired one below.
        }
        var result = user is null || token is null ? null : await users.ResetPasswordAsync(user, token, Password);
        if (result is null || result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            LinkInvalid = true;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(Password), error.Description);
            }
            return Page();
        }
        await users.ResetAccessFailedCountAsync(user!);
        TempData["Notice"] = "Je wachtwoord is gewijzigd. Je kunt nu inloggen.";
        return RedirectToPage("/Accounts/SignIn");
    }
}
