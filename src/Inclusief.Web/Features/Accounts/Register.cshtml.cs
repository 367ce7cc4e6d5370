using Inclusief.Web.Infrastructure.Pages;
using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.RateLimiting;

namespace Inclusief.Web.Features.Accounts;

[AllowAnonymous]
[EnableRateLimiting(SubmissionRateLimit.Policy)]
public sealed class RegisterModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, EmailConfirmation confirmation, AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = new AppUser
        {
            UserName = Input.UserName.Trim(),
            DisplayName = Input.DisplayName.Trim(),
            Email = string.IsNullOrWhiteSpace(Input.Email) ? null : Input.Email.Trim(),
            PreferredCulture = Cultures.Current,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.UserName", error.Description);
            }
            return Page();
        }
        if (user.Email is not null)
        {
            await confirmation.QueueAsync(user, Url);
            await db.SaveChangesAsync();
        }
        await signIn.SignInAsync(user, isPersistent: false);
        TempData["Notice"] = user.Email is null
            ? "Je account is gemaakt. Je bent ingelogd."
            : "Je account is gemaakt. We hebben je een mail gestuurd om je e-mailadres te bevestigen.";
        return RedirectToPage("/Accounts/Index");
    }

    public sealed class RegisterInput
    {
        [Required]
        [StringLength(AppUser.DisplayNameMaxLength, MinimumLength = 2)]
        [Display(Name = "Naam of schuilnaam")]
        public string DisplayName { get; set; } = "";

        [Required]
        [StringLength(50, MinimumLength = 3)]
        [Display(Name = "Gebruikersnaam")]
        public string UserName { get; set; } = "";

        [Required]
        [StringLength(200, MinimumLength = 10)]
        [DataType(DataType.Password)]
        [Display(Name = "Wachtwoord")]
        public string Password { get; set; } = "";

        [Compare(nameof(Password), ErrorMessage = "De wachtwoorden zijn niet gelijk.")]
        [DataType(DataType.Password)]
        [Display(Name = "Herhaal het wachtwoord")]
        public string ConfirmPassword { get; set; } = "";

        [EmailAddress]
        [StringLength(ContactDetails.EmailMaxLength)]
        [Display(Name = "E-mailadres (niet verplicht)")]
        public string? Email { get; set; }
    }
}
