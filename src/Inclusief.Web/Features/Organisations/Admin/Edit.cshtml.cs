using Inclusief.Data;
using Inclusief.Web.Features.Municipalities;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Consents;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Organisations.Admin;

[Authorize(Policy = OrganisationPermissions.Manage)]
public sealed class EditModel(AppDbContext db, MunicipalityList municipalities, Consents consents, AuditLog audit, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    public Organisation? Organisation { get; private set; }

    public IReadOnlyList<Municipality> Municipalities { get; private set; } = [];

    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public ContactInput Contact { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is { } existing)
        {
            Organisation = await LoadAsync(existing);
            if (Organisation is null)
            {
                return NotFound();
            }
            Input = ToInput(Organisation);
        }
        Municipalities = await municipalities.ActiveAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        Organisation = id is { } existing ? await LoadAsync(existing) : null;
        if (id is not null && Organisation is null)
        {
            return NotFound();
        }
        if (!string.IsNullOrEmpty(Input.MunicipalityCode) && !await municipalities.ExistsAsync(Input.MunicipalityCode))
        {
            ModelState.AddModelError("Input.MunicipalityCode", "Kies een gemeente uit de lijst.");
        }
        if (!ModelState.IsValid)
        {
            Municipalities = await municipalities.ActiveAsync();
            return Page();
        }
        var municipality = string.IsNullOrEmpty(Input.MunicipalityCode) ? null : Input.MunicipalityCode;
        var website = string.IsNullOrWhiteSpace(Input.Website) ? null : Input.Website.Trim();
        if (Organisation is null)
        {
            Organisation = Organisation.Register(Input.Name, Input.Type, municipality, website, clock.GetUtcNow().UtcDateTime);
            db.Set<Organisation>().Add(Organisation);
        }
        else
        {
            Organisation.Update(Input.Name, Input.Type, municipality, website);
        }
        if (Input.IsPartner)
        {
            var partnership = Organisation.MakePartner(Input.StartsOn!.Value);
            partnership.StartsOn = Input.StartsOn.Value;
            partnership.EndsOn = Input.EndsOn;
            partnership.Commitment = Input.Commitment?.Trim();
            partnership.DeclarationSignedOn = Input.DeclarationSignedOn;
            partnership.DeclarationSignatories = Input.DeclarationSignatories?.Trim();
        }
        else if (Organisation.Partnership is not null)
        {
            db.Remove(Organisation.Partnership);
        }
        await db.SaveChangesAsync();
        TempData["Notice"] = "De organisatie is opgeslagen.";
        return RedirectToPage(new { id = Organisation.Id });
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id)
    {
        var organisation = await LoadAsync(id);
        if (organisation is null)
        {
            return NotFound();
        }
        organisation.Approve();
        await db.SaveChangesAsync();
        TempData["Notice"] = "De organisatie is goedgekeurd.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostListingAsync(Guid id, bool listed, bool consentConfirmed)
    {
        var organisation = await LoadAsync(id);
        if (organisation is null)
        {
            return NotFound();
        }
        if (listed && (!consentConfirmed || !organisation.IsApproved))
        {
            TempData["Notice"] = organisation.IsApproved
                ? "Vink aan dat de organisatie toestemming heeft gegeven om openbaar te worden vermeld."
                : "Keur de organisatie eerst goed.";
            return RedirectToPage(new { id });
        }
        organisation.SetPublicListing(listed);
        consents.Record(Organisation.SubjectType, id.ToString(), ConsentPurpose.ListOrganisationPublicly, listed);
        audit.Record(users.GetUserId(User)!, listed ? "organisation-listed" : "organisation-unlisted", Organisation.SubjectType, id.ToString());
        await db.SaveChangesAsync();
        TempData["Notice"] = listed ? "De organisatie staat nu op de openbare partnerlijst (als het partnerschap loopt)." : "De organisatie staat niet meer op de openbare lijst.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAddContactAsync(Guid id, ContactInput contact)
    {
        Organisation = await LoadAsync(id);
        if (Organisation is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValidFor(nameof(contact)))
        {
            Contact = contact;
            Input = ToInput(Organisation);
            Municipalities = await municipalities.ActiveAsync();
            return Page();
        }
        var added = new OrganisationContact { OrganisationId = id, Name = contact.Name.Trim(), Role = contact.Role?.Trim(), Email = contact.Email?.Trim(), Phone = contact.Phone?.Trim() };
        db.Set<OrganisationContact>().Add(added);
        audit.Record(users.GetUserId(User)!, "contact-added", Organisation.SubjectType, id.ToString(), added.Id.ToString());
        await db.SaveChangesAsync();
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveContactAsync(Guid id, Guid contactId)
    {
        var removed = await db.Set<OrganisationContact>().Where(c => c.Id == contactId && c.OrganisationId == id).ExecuteDeleteAsync();
        if (removed == 1)
        {
            audit.Record(users.GetUserId(User)!, "contact-removed", Organisation.SubjectType, id.ToString(), contactId.ToString());
            await db.SaveChangesAsync();
        }
        return RedirectToPage(new { id });
    }

    private Task<Organisation?> LoadAsync(Guid id) =>
        db.Set<Organisation>().Include(o => o.Contacts).Include(o => o.Partnership).SingleOrDefaultAsync(o => o.Id == id);

    private static OrganisationInput ToInput(Organisation o) => new()
    {
        Name = o.Name,
        Type = o.Type,
        MunicipalityCode = o.MunicipalityCode,
        Website = o.Website,
        IsPartner = o.Partnership is not null,
        StartsOn = o.Partnership?.StartsOn,
        EndsOn = o.Partnership?.EndsOn,
        Commitment = o.Partnership?.Commitment,
        DeclarationSignedOn = o.Partnership?.DeclarationSignedOn,
        DeclarationSignatories = o.Partnership?.DeclarationSignatories,
    };
}
