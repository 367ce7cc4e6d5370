using System.Net;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;

namespace Inclusief.Tests.Features.Policies;

[Collection(SharedApp.Name)]
public sealed class PolicyRegisterTests(AppFactory app)
{
    private static Dictionary<string, string> Policy(string cap, string homeWork, string source = "Prostitutiebeleid 2024", string? notes = null) => new()
    {
        ["ValidFrom"] = "2024-01-01", ["Values[cap]"] = cap, ["Values[home-work]"] = homeWork, ["Values[minimum-age]"] = "21",
        ["Sources[0].Title"] = source, ["Sources[0].Url"] = "https://example.org/beleid.pdf", ["Sources[0].PublishedOn"] = "2024-01-01", ["Notes"] = notes ?? "",
    };

    /// <summary>Saves like a browser: the form's hidden "based on" version goes along unless the test sets its own.</summary>
    private static async Task<HttpResponseMessage> SaveAsync(HttpClient coordinator, string code, Dictionary<string, string> fields)
    {
        if (!fields.ContainsKey("BasedOn"))
        {
            var form = await coordinator.GetStringAsync($"/Policies/Edit/{code}");
            fields["BasedOn"] = System.Text.RegularExpressions.Regex.Match(form, "name=\"BasedOn\" value=\"([^\"]*)\"").Groups[1].Value;
        }
        return await coordinator.SubmitAsync($"/Policies/Edit/{code}", fields);
    }

    [Fact]
    public async Task Municipalities_go_by_the_name_people_use_and_are_found_by_either_name()
    {
        var visitor = app.CreateBrowser();

        var official = await visitor.GetStringAsync("/Policies?Name=gravenhage&MappedOnly=false");
        var common = await visitor.GetStringAsync("/Policies?Name=den+bosch&MappedOnly=false");
        var page = await visitor.GetStringAsync("/Policies/Municipality/GM0518");
        var picker = await visitor.GetStringAsync("/Complaints");

        Assert.Contains(">Den Haag</a>", official, StringComparison.Ordinal);
        Assert.DoesNotContain(">Den Bosch</a>", official, StringComparison.Ordinal);
        Assert.Contains(">Den Bosch</a>", common, StringComparison.Ordinal);
        Assert.Contains("<h1>Den Haag</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"GM0518\">Den Haag (&#x27;s-Gravenhage)</option>", picker, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Three_municipalities_compared_side_by_side_with_their_differences_marked_and_downloadable()
    {
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);
        await SaveAsync(coordinator, "GM0796", Policy("local-max", "licence"));
        await SaveAsync(coordinator, "GM0855", Policy("local-max", "conditions"));
        var saved = await SaveAsync(coordinator, "GM0518", Policy("local-max", "tolerated"));
        var visitor = app.CreateBrowser();

        var comparison = await visitor.GetStringAsync("/Policies/Compare?c=GM0796&c=GM0855&c=GM0518");
        var overview = await visitor.GetStringAsync("/Policies?Dimension=home-work&Value=licence");
        var csv = await visitor.GetStringAsync("/Policies?handler=Csv");
        var json = await visitor.GetStringAsync("/Policies?handler=Json");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("<tr class=\"differs\"><th scope=\"row\">Thuiswerk", comparison, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"\"><th scope=\"row\">Maximum aantal seksbedrijven", comparison, StringComparison.Ordinal);
        Assert.Contains(">Den Bosch</a>", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("Tilburg", overview, StringComparison.Ordinal);
        Assert.Contains("GM0855,\"Tilburg\",2024-01-01,\"local-max\"", csv, StringComparison.Ordinal);
        Assert.Contains("https://example.org/beleid.pdf", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_policy_without_a_source_is_refused_and_the_input_is_kept()
    {
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var fields = Policy("none", "banned", source: "", notes: "Thuiswerk alleen met een melding vooraf.");

        var response = await SaveAsync(coordinator, "GM0202", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Noem minstens één bron", html, StringComparison.Ordinal);
        Assert.Contains("Thuiswerk alleen met een melding vooraf.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_editor_who_started_from_an_older_version_is_told_and_loses_nothing()
    {
        var first = await app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var second = await app.SignInAsStaffAsync(StaffRoles.Coordinator);
        await SaveAsync(first, "GM0344", Policy("none", "tolerated"));
        var form = await second.GetStringAsync("/Policies/Edit/GM0344");
        var basedOn = System.Text.RegularExpressions.Regex.Match(form, "name=\"BasedOn\" value=\"([^\"]*)\"").Groups[1].Value;
        await SaveAsync(first, "GM0344", Policy("existing-only", "tolerated", notes: "Eerste redacteur"));

        var fields = Policy("zero-in-practice", "banned", notes: "Tweede redacteur");
        fields["BasedOn"] = basedOn;
        var conflict = await (await second.SubmitAsync("/Policies/Edit/GM0344", fields)).Content.ReadAsStringAsync();
        var page = await app.CreateBrowser().GetStringAsync("/Policies/Municipality/GM0344");

        Assert.Contains("Iemand anders heeft intussen een nieuwere versie opgeslagen", conflict, StringComparison.Ordinal);
        Assert.Contains("Tweede redacteur", conflict, StringComparison.Ordinal);
        Assert.Contains("Eerste redacteur", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Everyone_reads_the_register_only_coordinators_edit_and_unknown_codes_get_a_clear_answer()
    {
        var member = await app.SignInAsync(await app.CreateAsync());

        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowser().GetAsync("/Policies/Municipality/GM0363")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await member.GetAsync("/Policies/Edit/GM0363")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowser().GetAsync("/Policies/Municipality/GM9999")).StatusCode);
        Assert.Contains("Een gekozen gemeente kennen we niet", await app.CreateBrowser().GetStringAsync("/Policies/Compare?c=GM0363&c=GM9999"), StringComparison.Ordinal);
    }
}
