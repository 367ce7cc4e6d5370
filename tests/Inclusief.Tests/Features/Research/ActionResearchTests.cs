using System.Net;
using System.Text.RegularExpressions;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Research;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Features.Research;

[Collection(SharedApp.Name)]
public sealed partial class ActionResearchTests(AppFactory app)
{
    private async Task<(HttpClient Team, Guid Id, string Link)> TrajectoryInInventoryAsync()
    {
        var team = await app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var title = $"PAO Den Bosch {Guid.NewGuid():N}"[..24];
        var created = await team.SubmitAsync("/Research", new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.MunicipalityCode"] = "GM0796", ["Input.Question"] = "Hoe krijgen sekswerkers in Den Bosch een veilige werkplek?", ["Input.Partners"] = "MO Den Bosch, gemeente",
            ["Input.Facilitators"] = "Werkplaats", ["Input.StartsOn"] = "2026-01-05", ["Input.EndsOn"] = "2026-09-01",
        });
        var url = created.Headers.Location!.OriginalString;
        var id = Guid.Parse(url.Split('/').Last());
        await team.SubmitAsync(url, new Dictionary<string, string> { ["phase"] = "Inventory" }, url + "?handler=Phase");
        var page = await team.GetStringAsync(url);
        var link = LinkPattern().Match(page).Groups[1].Value;
        return (team, id, link);
    }

    private async Task ContributeAsync(string link, StakeholderGroup group, string current, string? pseudonym = null) =>
        await app.CreateBrowser().SubmitAsync(link, new Dictionary<string, string>
        {
            ["group"] = group.ToString(), ["pseudonym"] = pseudonym ?? "", ["currentSituation"] = current, ["solutionDirections"] = "Samen een pand zoeken",
        });

    [Fact]
    public async Task A_meeting_whose_topic_is_too_long_is_refused_with_the_limit_and_nothing_is_saved()
    {
        var (team, id, _) = await TrajectoryInInventoryAsync();
        var url = $"/Research/Trajectory/{id}";
        await team.SubmitAsync(url, new Dictionary<string, string> { ["phase"] = "FocusGroups" }, url + "?handler=Phase");

        var refused = await team.SubmitAsync(url, new Dictionary<string, string> { ["consultation"] = "true", ["topic"] = new string('x', ResearchMeeting.TopicMaxLength + 1), ["heldOn"] = "2026-03-10" }, url + "?handler=Meeting");
        var page = await team.FollowAsync(refused);
        await using var scope = app.Services.CreateAsyncScope();
        var meetings = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<ResearchMeeting>().CountAsync(m => m.TrajectoryId == id);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("Het thema of de naam mag hoogstens 200 tekens lang zijn.", page, StringComparison.Ordinal);
        Assert.Equal(0, meetings);
    }

    [Fact]
    public async Task Three_groups_contribute_through_the_link_and_the_team_turns_it_into_themes_actions_and_a_report()
    {
        var (team, id, link) = await TrajectoryInInventoryAsync();
        await ContributeAsync(link, StakeholderGroup.SexWorkers, "Geen vergunde werkplekken meer in de stad.", pseudonym: "Rosa");
        await ContributeAsync(link, StakeholderGroup.Municipality, "We hebben een maximumstelsel.");
        await ContributeAsync(link, StakeholderGroup.CareOrganisation, "Mensen werken onzichtbaar thuis.");
        var url = $"/Research/Trajectory/{id}";
        List<Contribution> contributions;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            contributions = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Contribution>().Where(c => c.TrajectoryId == id).OrderBy(c => c.Group).ToListAsync();
        }
        await team.SubmitAsync(url, new Dictionary<string, string> { ["contributionId"] = contributions[0].Id.ToString(), ["themes"] = "Werkplekken, Veiligheid" }, url + "?handler=Tag");
        await team.SubmitAsync(url, new Dictionary<string, string> { ["contributionId"] = contributions[1].Id.ToString(), ["themes"] = "Werkplek" }, url + "?handler=Tag");
        await team.SubmitAsync(url, new Dictionary<string, string> { ["contributionId"] = contributions[2].Id.ToString(), ["themes"] = "Werkplekken" }, url + "?handler=Tag");
        await team.SubmitAsync(url, new Dictionary<string, string> { ["from"] = "Werkplek", ["into"] = "Werkplekken" }, url + "?handler=Merge");
        await team.SubmitAsync(url, new Dictionary<string, string> { ["phase"] = "FocusGroups" }, url + "?handler=Phase");
        await team.SubmitAsync(url, new Dictionary<string, string> { ["consultation"] = "false", ["topic"] = "Werkplekken", ["heldOn"] = "2026-03-10", ["decisions"] = "Pand zoeken met corporatie" }, url + "?handler=Meeting");
        await team.SubmitAsync(url, new Dictionary<string, string> { ["title"] = "Leegstaand pand onderzoeken", ["owner"] = "Woningcorporatie", ["theme"] = "Werkplekken", ["dueOn"] = "2026-05-01", ["startedImmediately"] = "true" }, url + "?handler=Action");

        var report = await team.GetStringAsync($"/Research/Report/{id}");
        var csv = await team.GetStringAsync($"/Research/Report/{id}?handler=Csv");

        Assert.Contains("<th scope=\"row\">Werkplekken</th><td>3</td><td>3</td>", report, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Veiligheid</th><td>1</td><td>1</td>", report, StringComparison.Ordinal);
        Assert.Contains("Leegstaand pand onderzoeken (meteen gestart)", report, StringComparison.Ordinal);
        Assert.Contains("0 van de 1 acties zijn klaar, 1 zijn bezig; 1 startten meteen.", report, StringComparison.Ordinal);
        Assert.Contains("Geen vergunde werkplekken meer in de stad.", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Rosa", csv, StringComparison.Ordinal);
        // The place by the name people use, every inventory question per group, Dutch groups and readable headers in the CSV.
        Assert.Contains("Gemeente: Den Bosch", report, StringComparison.Ordinal);
        var groups = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(report).QuerySelectorAll("[data-testid=report-group]");
        Assert.Equal(3, groups.Length);
        Assert.All(groups, g => Assert.Equal(["Huidige situatie", "Oplossingsrichtingen"], g.QuerySelectorAll("h4").Select(h => h.TextContent)));
        Assert.Contains("<th scope=\"col\">Eigenaar</th><th scope=\"col\">Klaar op</th>", report, StringComparison.Ordinal);
        Assert.Contains("Groep,Huidige situatie,Gewenste situatie,Behoeften,Oplossingsrichtingen,Motivatie,Wat deelnemers meebrengen,Thema's\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\"Sekswerkers\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("SexWorkers", csv, StringComparison.Ordinal);
        Assert.Contains(">Den Bosch</dd>", await team.GetStringAsync(url), StringComparison.Ordinal);
        Assert.Contains("· Den Bosch ·", await team.GetStringAsync("/Research"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_focus_group_is_planned_as_an_invitation_only_event_from_its_trajectory()
    {
        var (team, id, _) = await TrajectoryInInventoryAsync();
        var url = $"/Research/Trajectory/{id}";
        var trajectory = await team.GetStringAsync(url);
        var planUrl = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(trajectory).QuerySelectorAll("a").Single(a => a.TextContent == "Focusgroep plannen").GetAttribute("href")!;
        var form = await team.GetStringAsync(planUrl);
        var created = await team.SubmitAsync(planUrl, new Dictionary<string, string>
        {
            ["Input.Date"] = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(20)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.StartTime"] = "10:00", ["Input.EndTime"] = "12:00", ["Input.Venue"] = "Buurthuis, Den Bosch", ["Input.Languages"] = "Nederlands",
        });
        var after = await team.GetStringAsync(url);

        Assert.Contains("Een focusgroep van het actieonderzoek", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var ev = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Inclusief.Web.Features.Events.Event>().AsNoTracking().SingleAsync(e => e.TrajectoryId == id);
        Assert.Equal((Inclusief.Web.Features.Events.EventType.FocusGroup, Inclusief.Web.Features.Events.EventAudience.InvitationOnly), (ev.Type, ev.Audience));
        Assert.StartsWith("Focusgroep: PAO Den Bosch", ev.Title, StringComparison.Ordinal);
        Assert.Contains(ev.Title, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(after).QuerySelector("[data-testid=focus-groups]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(ev.Title, await team.GetStringAsync($"/Research/Report/{id}"), StringComparison.Ordinal);

        await team.SubmitAsync($"/Events/Details/{ev.Id}", new Dictionary<string, string>(), $"/Events/Admin/Edit/{ev.Id}?handler=Publish");
        var report = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await team.GetStringAsync($"/Research/Report/{id}"));
        Assert.Contains(ev.Title, report.QuerySelector("[data-testid=report-focus-groups]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_inventory_link_stops_working_when_the_phase_is_over_and_nothing_is_stored()
    {
        var (team, id, link) = await TrajectoryInInventoryAsync();
        var url = $"/Research/Trajectory/{id}";
        var visitor = app.CreateBrowser();
        var form = await visitor.GetStringAsync(link);
        var openForm = visitor.FormIn(form, link);
        await team.SubmitAsync(url, new Dictionary<string, string> { ["phase"] = "FocusGroups" }, url + "?handler=Phase");

        var late = await (await openForm.SubmitAsync(new Dictionary<string, string> { ["group"] = "Police", ["currentSituation"] = "Te laat" })).Content.ReadAsStringAsync();
        var skip = await team.FollowAsync(await team.SubmitAsync(url, new Dictionary<string, string> { ["phase"] = "Evaluation" }, url + "?handler=Phase"));

        Assert.Contains("Bijdrage versturen", form, StringComparison.Ordinal);
        Assert.Contains("De inventarisatie is gesloten", late, StringComparison.Ordinal);
        Assert.Contains("Ga één fase tegelijk verder", skip, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowser().GetAsync("/Research/Contribute/geraden")).StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Contribution>().AnyAsync(c => c.TrajectoryId == id));
    }

    [Fact]
    public async Task A_step_a_rule_refuses_sends_the_team_back_to_the_page_with_the_reason_in_the_form_errors()
    {
        var (team, id, _) = await TrajectoryInInventoryAsync();
        var url = $"/Research/Trajectory/{id}";

        var refused = await team.SubmitAsync(url, new Dictionary<string, string> { ["phase"] = "Evaluation" }, url + "?handler=Phase");
        var page = await team.FollowAsync(refused);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(url, refused.Headers.Location!.OriginalString);
        Assert.Matches("<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\">\\s*<h2>Controleer het formulier</h2>\\s*<p>Ga één fase tegelijk verder", page);
        Assert.DoesNotContain("class=\"notice\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_programme_team_runs_trajectories()
    {
        var (_, id, _) = await TrajectoryInInventoryAsync();
        var caseworker = await app.SignInAsStaffAsync(StaffRoles.Caseworker);
        var member = await app.SignInAsync(await app.CreateAsync());

        foreach (var page in new[] { "/Research", $"/Research/Trajectory/{id}", $"/Research/Report/{id}" })
        {
            Assert.NotEqual(HttpStatusCode.OK, (await caseworker.GetAsync(page)).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await member.GetAsync(page)).StatusCode);
        }
    }

    [GeneratedRegex("data-testid=\"inventory-link\">https?://[^/]+(/Research/Contribute/[0-9a-f]+)<")]
    private static partial Regex LinkPattern();
}
