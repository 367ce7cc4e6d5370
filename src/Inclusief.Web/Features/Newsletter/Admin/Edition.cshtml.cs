using Inclusief.Web.Infrastructure.Security;
using Inclusief.Data;
using Inclusief.Web.Features.Events;
using Inclusief.Web.Features.Knowledge;
using Inclusief.Web.Features.Projects;
using Inclusief.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Newsletter.Admin;

/// <summary>Composing an edition, previewing it, sending a test to yourself, and sending it once to every subscriber.</summary>
[Authorize(Policy = NewsletterPermissions.Publish)]
public sealed class EditionModel(AppDbContext db, EditionContent content, EditionSender sender, NewsletterMail mail, AuditLog audit, UserManager<AppUser> users, TimeProvider clock, PublicAddress site) : PageModel
{
    public NewsletterEdition? Edition { get; private set; }

    public IReadOnlyList<(Guid Id, string Title)> Events { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Title)> Results { get; private set; } = [];

    public IReadOnlyList<(int Id, string Title)> Knowledge { get; private set; } = [];

    public IReadOnlyList<EditionContent.Item> Preview { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSaveAsync(Guid? id, string? title, string? intro, List<Guid> events, List<Guid> results, List<int> knowledge)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var edition = Edition is null ? NewsletterEdition.Draft(users.GetUserId(User)!, clock.GetUtcNow().UtcDateTime) : await db.Set<NewsletterEdition>().SingleAsync(e => e.Id == Edition.Id);
        if (Edition is null)
        {
            db.Add(edition);
        }
        edition.Compose(title, intro, events.Where(e => Events.Any(x => x.Id == e)), results.Where(r => Results.Any(x => x.Id == r)), knowledge.Where(k => Knowledge.Any(x => x.Id == k)));
        await db.SaveChangesAsync();
        TempData["Notice"] = "Het concept is opgeslagen. Bekijk het voorbeeld hieronder.";
        return RedirectToPage(new { id = edition.Id });
    }

    public async Task<IActionResult> OnPostTestAsync(Guid id)
    {
        if (!await LoadAsync(id) || Edition is null)
        {
            return NotFound();
        }
        var email = (await users.GetUserAsync(User))?.Email;
        if (string.IsNullOrEmpty(email))
        {
            TempData["Notice"] = "Je account heeft geen e-mailadres; stel er een in om een test te ontvangen.";
            return RedirectToPage(new { id });
        }
        mail.Test(Edition, Preview, email);
        await db.SaveChangesAsync();
        TempData["Notice"] = "De test is naar je eigen adres gestuurd.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostSendAsync(Guid id)
    {
        if (!await LoadAsync(id) || Edition is null)
        {
            return NotFound();
        }
        try
        {
            var recipients = await sender.SendAsync(id, SiteUrl, token => site.Page(Url, "/Newsletter/Unsubscribe", null, new { token }));
            audit.Record(users.GetUserId(User)!, "newsletter-edition-sent", "newsletter-edition", id.ToString(), $"{recipients} recipients");
            await db.SaveChangesAsync();
            TempData["Notice"] = "De editie gaat naar alle abonnees.";
        }
        catch (EditionAlreadySentException)
        {
            TempData["Notice"] = "Deze editie is al verstuurd; er gaat niets twee keer uit.";
        }
        return RedirectToPage("Index");
    }

    private string SiteUrl => site.Root;

    private async Task<bool> LoadAsync(Guid? id)
    {
        if (id is { } existing)
        {
            Edition = await db.Set<NewsletterEdition>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == existing);
            if (Edition is null)
            {
                return false;
            }
            Preview = await content.ItemsAsync(Edition, SiteUrl);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        Events = await db.PublicEvents().Where(e => e.EndsAt > now && !e.IsCancelled).OrderBy(e => e.StartsAt)
            .Select(e => new ValueTuple<Guid, string>(e.Id, e.Title)).ToListAsync();
        Results = await db.PublishedResults().OrderByDescending(r => r.PublishedAt)
            .Select(r => new ValueTuple<Guid, string>(r.Id, r.Title)).Take(50).ToListAsync();
        Knowledge = await db.PublishedItems()
            .OrderByDescending(i => i.PublishedAt).Select(i => new ValueTuple<int, string>(i.Id, i.Title)).Take(50).ToListAsync();
        return true;
    }
}
