using System.Net;
using System.Text.Json;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Participation;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Consents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Features.Accounts;

[Collection(SharedApp.Name)]
public sealed class MyDataTests(AppFactory app)
{
    [Fact]
    public async Task Downloading_my_data_gives_my_account_sign_ups_and_consents_as_JSON()
    {
        var user = await app.CreateAsync(email: Participants.UniqueEmail("export"), emailConfirmed: true);
        var browser = await app.SignInAsync(user);
        await app.SignUpAsync(user.Email!, "expert-group", browser);

        var response = await browser.SubmitAsync("/Accounts/MyData", new Dictionary<string, string>(), "/Accounts/MyData?handler=Export");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("mijn-gegevens.json", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(user.UserName, json.RootElement.GetProperty("account").GetProperty("UserName").GetString());
        var signUp = Assert.Single(json.RootElement.GetProperty("participation").EnumerateArray());
        Assert.Equal("ExpertGroup", signUp.GetProperty("Form").GetString());
        Assert.Equal(ConsentPurpose.ContactAboutApplication.Code, signUp.GetProperty("Consents")[0].GetProperty("Purpose").GetString());
    }

    [Fact]
    public async Task Deleting_my_account_needs_confirmation_and_my_password()
    {
        var user = await app.CreateAsync();
        var browser = await app.SignInAsync(user);

        var unconfirmed = await browser.SubmitAsync("/Accounts/MyData", new Dictionary<string, string> { ["password"] = People.Password }, "/Accounts/MyData?handler=Delete");
        var wrongPassword = await browser.SubmitAsync("/Accounts/MyData", new Dictionary<string, string> { ["confirm"] = "true", ["password"] = "niet goed" }, "/Accounts/MyData?handler=Delete");

        Assert.Contains("Vink aan dat je je account en gegevens wilt verwijderen.", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Het wachtwoord klopt niet.", await wrongPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.AnyAsync(u => u.Id == user.Id));
    }

    [Fact]
    public async Task Deleting_my_account_removes_my_sign_ups_and_consents_and_the_log_keeps_only_ids()
    {
        var user = await app.CreateAsync(email: Participants.UniqueEmail("weg"), emailConfirmed: true);
        var browser = await app.SignInAsync(user);
        var signedUp = await app.SignUpAsync(user.Email!, "work-field-group", browser);

        var response = await browser.SubmitAsync("/Accounts/MyData", new Dictionary<string, string> { ["confirm"] = "true", ["password"] = People.Password }, "/Accounts/MyData?handler=Delete");

        Assert.Equal("/Accounts/Deleted", response.Headers.Location?.OriginalString);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db.Users.AnyAsync(u => u.Id == user.Id));
        Assert.False(await db.Set<Participant>().AnyAsync(p => p.Id == signedUp.Id));
        Assert.False(await db.Set<ConsentRecord>().AnyAsync(c => c.SubjectId == signedUp.Id.ToString()));
        var entry = await db.Set<AuditEntry>().SingleAsync(e => e.Action == "account-erased" && e.SubjectId == user.Id);
        Assert.Null(entry.Detail);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/Accounts")).StatusCode);
    }

    [Fact]
    public async Task Deleting_my_account_also_removes_sign_ups_made_earlier_with_my_confirmed_address()
    {
        var user = await app.CreateAsync(email: Participants.UniqueEmail("eerder"), emailConfirmed: true);
        var before = await app.SignUpAsync(user.Email!, "sounding-board");
        var browser = await app.SignInAsync(user);

        await browser.SubmitAsync("/Accounts/MyData", new Dictionary<string, string> { ["confirm"] = "true", ["password"] = People.Password }, "/Accounts/MyData?handler=Delete");

        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Participant>().AnyAsync(p => p.Id == before.Id));
    }
}
