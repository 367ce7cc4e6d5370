using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Features.Accounts;

/// <summary>
/// An account that took part in everything (an idea with a file, a sub-project it led, a knowledge draft with an
/// attachment, an event registration, a sign-up, a complaint, a safety report and membership, a media account)
/// leaves: afterwards nothing in the database, the outbox or the logs holds its address, its pseudonym or what it
/// wrote for itself; its id stays only in the audit log; shared work stays, without its name.
/// </summary>
public sealed class ErasureTests : IAsyncLifetime, IDisposable
{
    private readonly WorldApp _app = new();
    private AccessWorld _world = null!;

    public async Task InitializeAsync() => _world = await AccessWorld.BuildAsync(_app);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task An_account_that_took_part_in_every_feature_leaves_no_address_pseudonym_or_own_text_behind()
    {
        var user = _world.Users["participant"];
        var browser = await _world.BrowserAsync("participant");
        string[] ownTexts = ["Idee van de deelnemer", "Stuk van de deelnemer", "Jasmijn", "Ervaring met banken", "Stadskrant", "Een artikel over werkplekken."];
        var before = await _app.EverythingInTheDatabaseAsync();

        var response = await browser.SubmitAsync("/Accounts/MyData", new Dictionary<string, string> { ["confirm"] = "true", ["password"] = People.Password }, "/Accounts/MyData?handler=Delete");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.All(ownTexts.Append(user.Email!).Append(user.DisplayName), text => Assert.Contains(text, before, StringComparison.Ordinal));
        var after = await _app.EverythingInTheDatabaseAsync();
        Assert.All(ownTexts.Append(user.Email!).Append(user.DisplayName).Append(user.UserName!), text => Assert.DoesNotContain(text, after, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["AuditLog"], await _app.TablesContainingAsync(user.Id));
        Assert.DoesNotContain(_app.Logs.Lines, line => line.Contains(user.Email!, StringComparison.OrdinalIgnoreCase) || line.Contains(user.DisplayName, StringComparison.Ordinal));
        await using var scope = _app.Services.CreateAsyncScope();
        var update = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<ProgressUpdate>().SingleAsync(u => u.Text == "Eerste gesprek gevoerd." && u.SubProjectId == Guid.Parse(_world.Values["project"]));
        Assert.Equal("", update.AuthorId);
    }
}
