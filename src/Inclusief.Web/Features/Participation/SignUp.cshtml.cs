using Inclusief.Data;
using Inclusief.Web.Features.Municipalities;
using Inclusief.Web.Features.Organisations;
using Inclusief.Web.Features.Programmes;
using Inclusief.Web.Infrastructure.Consents;
using Inclusief.Web.Infrastructure.Database;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Participation;

/// <summary>Signing up for one of the five forms with an intake. No account and no real name needed.</summary>
[AllowAnonymous]
[EnableRateLimiting(SubmissionRateLimit.Policy)]
public sealed class SignUpModel(AppDbContext db, MunicipalityList municipalities, Consents consents, ParticipationMail mail, UserManager<AppUser> users, TimeProvider clock, PublicAddress site) : PageModel
{
    public ParticipationForm Form { get; private set; }

    [BindProperty]
    public SignUpInput Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Organisations { get; private set; } = [];

    public IReadOnlyList<Theme> Themes { get; private set; } = [];

    public IReadOnlyList<Municipality> Municipalities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string form)
    {
        if (ParticipationForms.FromSlug(form) is not { } chosen)
        {
            return NotFound();
        }
        Form = chosen;
        Input.SubmissionKey = Guid.NewGuid();
        Input.OnBehalfOfOrganisation = Form == ParticipationForm.Partner;
        if (await users.GetUserAsync(User) is { } user)
        {
            Input.DisplayName = user.DisplayName;
            Input.Email = user.Email ?? "";
        }
        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string form)
    {
        if (ParticipationForms.FromSlug(form) is not { } chosen)
        {
            return NotFound();
        }
        Form = chosen;
        if (Input.SubmissionKey == Guid.Empty)
        {
            Input.SubmissionKey = Guid.NewGuid();
        }
        if (await db.Set<Participant>().AnyAsync(p => p.SubmissionKey == Input.SubmissionKey))
        {
            return RedirectToPage("/Participation/Submitted", new { form });
        }
        await LoadChoicesAsync();
        Validate();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Guid? organisationId = null;
        if (Input.OnBehalfOfOrganisation)
        {
            if (Input.OrganisationId is { } existing)
            {
                organisationId = existing;
            }
            else
            {
                var proposed = Organisation.Propose(Input.NewOrganisationName!, Input.NewOrganisationType, Blank(Input.NewOrganisationMunicipality), now);
                db.Set<Organisation>().Add(proposed);
                organisationId = proposed.Id;
            }
        }
        var themes = Themes.Where(t => Input.ThemeIds.Contains(t.Id)).ToList();
        foreach (var theme in themes)
        {
            db.Attach(theme);
        }
        var user = await users.GetUserAsync(User);
        var participant = Participant.SignUp(Input.SubmissionKey, Form, user?.Id,
            new Participant.Details(Input.DisplayName, Input.Email, Input.Phone, Cultures.Current, organisationId, Input.Motivation, Input.Expertise,
                Input.Offers.Aggregate(ExpertOffer.None, (all, offer) => all | offer), Input.PartnerCommitment),
            themes, now);
        db.Set<Participant>().Add(participant);
        consents.Record(Participant.SubjectType, participant.Id.ToString(), ConsentPurpose.ContactAboutApplication, true);
        if (Input.ShareLivedExperience)
        {
            consents.Record(Participant.SubjectType, participant.Id.ToString(), ConsentPurpose.ShareLivedExperience, true);
        }
        if (Form == ParticipationForm.Partner && Input.ListOrganisationPublicly && organisationId is { } organisation)
        {
            consents.Record(Organisation.SubjectType, organisation.ToString(), ConsentPurpose.ListOrganisationPublicly, true);
        }
        mail.SignUpReceived(participant, site.Page(Url, "/Participation/Return", null, null));
        await db.SaveOnceAsync(d => d.Set<Participant>().AnyAsync(p => p.SubmissionKey == Input.SubmissionKey));
        return RedirectToPage("/Participation/Submitted", new { form });
    }

    private void Validate()
    {
        if (!Input.ContactConsent)
        {
            ModelState.AddModelError("Input.ContactConsent", "Zonder deze toestemming kunnen we je aanmelding niet behandelen.");
        }
        if (Form == ParticipationForm.Partner && !Input.OnBehalfOfOrganisation)
        {
            ModelState.AddModelError("Input.OnBehalfOfOrganisation", "Een samenwerkingspartner is een organisatie: kies namens welke organisatie je je aanmeldt.");
        }
        if (Input.OnBehalfOfOrganisation)
        {
            if (Input.OrganisationId is { } id && !Organisations.Any(o => o.Id == id))
            {
                ModelState.AddModelError("Input.OrganisationId", "Kies een organisatie uit de lijst, of vul de naam van je organisatie in.");
            }
            if (Input.OrganisationId is null && string.IsNullOrWhiteSpace(Input.NewOrganisationName))
            {
                ModelState.AddModelError("Input.NewOrganisationName", "Kies je organisatie uit de lijst, of vul de naam van je organisatie in.");
            }
            if (Blank(Input.NewOrganisationMunicipality) is { } code && !Municipalities.Any(m => m.Code == code))
            {
                ModelState.AddModelError("Input.NewOrganisationMunicipality", "Kies een gemeente uit de lijst.");
            }
        }
        switch (Form)
        {
            case ParticipationForm.ExpertGroup when string.IsNullOrWhiteSpace(Input.Expertise):
                ModelState.AddModelError("Input.Expertise", "Vertel kort over welke kennis of ervaring je wilt delen.");
                break;
            case ParticipationForm.ExpertGroup when Input.Offers.Count == 0:
                ModelState.AddModelError("Input.Offers", "Kies wat je wilt aanbieden.");
                break;
            case ParticipationForm.ProjectIdea when string.IsNullOrWhiteSpace(Input.Motivation):
                ModelState.AddModelError("Input.Motivation", "Beschrijf je idee of project.");
                break;
            case ParticipationForm.WorkFieldGroup or ParticipationForm.SoundingBoard when !Input.ThemeIds.Any(id => Themes.Any(t => t.Id == id)):
                ModelState.AddModelError("Input.ThemeIds", "Kies minstens één thema.");
                break;
        }
        if (Input.Offers.Any(o => !ExpertOffers.All.Contains(o)))
        {
            ModelState.AddModelError("Input.Offers", "Kies wat je wilt aanbieden.");
        }
    }

    private async Task LoadChoicesAsync()
    {
        Organisations = await db.ApprovedOrganisations().OrderBy(o => o.Name)
            .Select(o => new ValueTuple<Guid, string>(o.Id, o.Name)).ToListAsync();
        Themes = await db.Set<Theme>().AsNoTracking().Where(t => t.ProgrammeId == Programme.InclusiefSamenwerkenId).OrderBy(t => t.Order).ToListAsync();
        Municipalities = await municipalities.ActiveAsync();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
