using System.Net;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Municipalities;
using Inclusief.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Features.Organisations;

[Collection(SharedApp.Name)]
public sealed class OrganisationTests(AppFactory app)
{
    private static string UniqueName(string name) => $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)];

    private static async Task<Guid> RegisterPartnerAsync(HttpClient coordinator, string name, string startsOn = "2025-01-01", string? endsOn = null)
    {
        var response = await coordinator.SubmitAsync("/Organisations/Admin/Edit", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Type"] = "Municipality",
            ["Input.MunicipalityCode"] = "GM0518",
            ["Input.Website"] = "https://www.denhaag.nl",
            ["Input.IsPartner"] = "true",
            ["Input.StartsOn"] = startsOn,
            ["Input.EndsOn"] = endsOn ?? "",
            ["Input.Commitment"] = "Een beleidsmedewerker, vier uur per week",
            ["Input.DeclarationSignedOn"] = "2024-12-01",
            ["Input.DeclarationSignatories"] = "Wethouder",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    [Fact]
    public async Task The_register_pages_a_search_and_keeps_it_on_the_next_page()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            for (var i = 0; i < 55; i++)
            {
                db.Add(Organisation.Register($"Stichting {marker} {i:D2}", OrganisationType.Other, null, null, TimeProvider.System.GetUtcNow().UtcDateTime));
            }
            await db.SaveChangesAsync();
        }
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);

        var first = await coordinator.GetStringAsync($"/Organisations/Admin?search={marker}&type=Other");
        var next = Links.Href(first, "nav.pager a[rel=next]");
        var second = await coordinator.FollowLinkAsync(first, "nav.pager a[rel=next]");

        Assert.Equal(50, System.Text.RegularExpressions.Regex.Count(first, $"Stichting {marker} \\d\\d"));
        Assert.Contains($"Stichting {marker} 00", first, StringComparison.Ordinal);
        Assert.Contains("Pagina 1 van 2", first, StringComparison.Ordinal);
        Assert.Equal($"/Organisations/Admin?search={marker}&type=Other&p=2", next);
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Count(second, $"Stichting {marker} \\d\\d"));
        Assert.Contains($"Stichting {marker} 54", second, StringComparison.Ordinal);
        Assert.Contains("Pagina 2 van 2", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_appears_on_the_public_list_only_after_its_consent_is_confirmed()
    {
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var name = UniqueName("Gemeente Test");
        var id = await RegisterPartnerAsync(coordinator, name);

        var before = await app.CreateBrowser().GetStringAsync("/Organisations/Partners");
        var refusal = await coordinator.FollowAsync(await coordinator.SubmitAsync($"/Organisations/Admin/Edit/{id}", new Dictionary<string, string> { ["listed"] = "true" }, $"/Organisations/Admin/Edit/{id}?handler=Listing"));
        var afterRefusal = await app.CreateBrowser().GetStringAsync("/Organisations/Partners");
        await coordinator.SubmitAsync($"/Organisations/Admin/Edit/{id}", new Dictionary<string, string> { ["listed"] = "true", ["consentConfirmed"] = "true" }, $"/Organisations/Admin/Edit/{id}?handler=Listing");
        var after = await app.CreateBrowser().GetStringAsync("/Organisations/Partners");

        Assert.DoesNotContain(name, before, StringComparison.Ordinal);
        Assert.Contains("toestemming heeft gegeven", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain(name, afterRefusal, StringComparison.Ordinal);
        Assert.Contains(name, after, StringComparison.Ordinal);
        Assert.Contains("Den Haag", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partnership_that_has_ended_is_not_listed()
    {
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var name = UniqueName("Oud Partner");
        var id = await RegisterPartnerAsync(coordinator, name, "2022-01-01", "2023-12-31");

        await coordinator.SubmitAsync($"/Organisations/Admin/Edit/{id}", new Dictionary<string, string> { ["listed"] = "true", ["consentConfirmed"] = "true" }, $"/Organisations/Admin/Edit/{id}?handler=Listing");

        Assert.DoesNotContain(name, await app.CreateBrowser().GetStringAsync("/Organisations/Partners"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_end_date_before_the_start_date_is_refused_with_a_message()
    {
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);

        var response = await coordinator.SubmitAsync("/Organisations/Admin/Edit", new Dictionary<string, string>
        {
            ["Input.Name"] = UniqueName("Verkeerd"), ["Input.Type"] = "Other", ["Input.IsPartner"] = "true", ["Input.StartsOn"] = "2026-05-01", ["Input.EndsOn"] = "2026-01-01",
        });

        Assert.Contains("De einddatum ligt voor de begindatum.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proposed_organisation_is_approved_by_a_coordinator_and_then_offered_on_sign_up_forms()
    {
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var name = UniqueName("Voorstel");
        await app.CreateBrowser().SubmitAsync("/Participation/SignUp/work-field-group", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Noor", ["Input.Email"] = Participants.UniqueEmail("voorstel"), ["Input.OnBehalfOfOrganisation"] = "true",
            ["Input.NewOrganisationName"] = name, ["Input.NewOrganisationType"] = "SexWorkerAdvocacy", ["Input.ContactConsent"] = "true",
            ["Input.ThemeIds"] = "6a0f6e1e-0001-4c1b-9d8e-0a0000000002",
        });
        Guid id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Organisation>().Where(o => o.Name == name).Select(o => o.Id).SingleAsync();
        }
        var formBefore = await app.CreateBrowser().GetStringAsync("/Participation/SignUp/expert-group");

        await coordinator.SubmitAsync($"/Organisations/Admin/Edit/{id}", new Dictionary<string, string>(), $"/Organisations/Admin/Edit/{id}?handler=Approve");

        Assert.Contains(name, await coordinator.GetStringAsync("/Organisations/Admin?proposedOnly=false"), StringComparison.Ordinal);
        Assert.DoesNotContain(name, formBefore, StringComparison.Ordinal);
        Assert.Contains(name, await app.CreateBrowser().GetStringAsync("/Participation/SignUp/expert-group"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contact_persons_are_seen_by_coordinators_only()
    {
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var id = await RegisterPartnerAsync(coordinator, UniqueName("Met Contact"));

        await coordinator.SubmitAsync($"/Organisations/Admin/Edit/{id}", new Dictionary<string, string> { ["contact.Name"] = "Fatima de Vries", ["contact.Email"] = "fatima@example.org" }, $"/Organisations/Admin/Edit/{id}?handler=AddContact");

        Assert.Contains("Fatima de Vries", await coordinator.GetStringAsync($"/Organisations/Admin/Edit/{id}"), StringComparison.Ordinal);
        var participant = await app.SignInAsync(await app.CreateAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await participant.GetAsync($"/Organisations/Admin/Edit/{id}")).StatusCode);
        Assert.DoesNotContain("Fatima", await app.CreateBrowser().GetStringAsync("/Organisations/Partners"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_342_municipalities_of_2025_are_loaded_including_names_with_commas()
    {
        var list = await app.Services.GetRequiredService<MunicipalityList>().ActiveAsync();

        Assert.Equal(342, list.Count);
        Assert.Contains(list, m => m.Code == "GM0820" && m.Name == "Nuenen, Gerwen en Nederwetten" && m.Province == "Noord-Brabant");
        Assert.Contains(list, m => m.Code == "GM0518" && m.Name == "'s-Gravenhage");
    }
}
