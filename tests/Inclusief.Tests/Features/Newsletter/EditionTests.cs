using System.Net;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Newsletter;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Features.Newsletter;

public sealed class EditionTests : IDisposable
{
    private readonly AppFactory _app = new();

    private async Task<List<string>> SubscribersAsync(int confirmed, int pending, int unsubscribed)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-1);
        var addresses = new List<string>();
        for (var i = 0; i < confirmed + pending + unsubscribed; i++)
        {
            var email = Participants.UniqueEmail($"abonnee{i}");
            var subscriber = NewsletterSubscriber.Create(email, "nl", now);
            subscriber.RequestConfirmation("hash", "nl", now);
            if (i < confirmed + unsubscribed)
            {
                subscriber.Confirm(now);
                addresses.Add(email);
            }
            if (i >= confirmed && i < confirmed + unsubscribed)
            {
                subscriber.Unsubscribe(now);
            }
            db.Add(subscriber);
        }
        await db.SaveChangesAsync();
        return addresses;
    }

    [Fact]
    public async Task An_edition_reaches_every_confirmed_subscriber_exactly_once_with_their_own_unsubscribe_link()
    {
        var addresses = await SubscribersAsync(confirmed: 3, pending: 1, unsubscribed: 1);
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var saved = await coordinator.SubmitAsync("/Newsletter/Admin/Edition", new Dictionary<string, string> { ["title"] = "Nieuwsbrief november", ["intro"] = "Dit gebeurde er deze maand." }, "/Newsletter/Admin/Edition?handler=Save");
        var url = saved.Headers.Location!.OriginalString;

        // A second click, from a page opened before the first send went out.
        var openedBefore = await coordinator.OpenFormAsync(url, action: url + "?handler=Send");
        await coordinator.SubmitAsync(url, new Dictionary<string, string>(), url + "?handler=Send");
        var twice = await coordinator.FollowAsync(await openedBefore.SubmitAsync(new Dictionary<string, string>()));
        var first = await _app.MailsToAsync(addresses[0]);
        var overview = await coordinator.GetStringAsync("/Newsletter/Admin");
        var archive = await _app.CreateBrowser().GetStringAsync("/Newsletter/Editions");

        Assert.Contains("Deze editie is al verstuurd", twice, StringComparison.Ordinal);
        Assert.Equal(3, _app.Mails().Count(m => m.Subject == "Nieuwsbrief november"));
        Assert.Empty(await _app.MailsToAsync(addresses[3]));
        var mail = Assert.Single(first);
        Assert.Contains("Dit gebeurde er deze maand.", mail.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("<http", mail.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        var links = _app.Mails().Where(m => m.Subject == "Nieuwsbrief november").Select(m => m.Headers["List-Unsubscribe"]).ToList();
        Assert.Equal(3, links.Distinct().Count());
        Assert.Contains("3 ontvangers: 3 verstuurd, 0 mislukt, 0 in de wachtrij, 0 afgemeld sindsdien.", overview, StringComparison.Ordinal);
        Assert.Contains("Nieuwsbrief november", archive, StringComparison.Ordinal);
        // The edition is kept once, as it went out; per subscriber the outbox held only the address and the link.
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sentMail = (await db.Set<NewsletterEdition>().SingleAsync()).SentMail;
        Assert.Contains("Dit gebeurde er deze maand.", sentMail, StringComparison.Ordinal);
        Assert.DoesNotContain(addresses[0], sentMail, StringComparison.Ordinal);
        Assert.Equal(3, await db.Set<OutboxMessage>().CountAsync(m => m.Kind == NewsletterMail.EditionCopyKind));
        // Each delivery points at a copy of its own (that bulk rows get their keys back in order: BulkInsertTests).
        var copies = await db.Set<EditionDelivery>().Select(d => d.Message!.Kind + d.OutboxMessageId).ToListAsync();
        Assert.Equal(3, copies.Distinct().Count());
        Assert.All(copies, copy => Assert.StartsWith(NewsletterMail.EditionCopyKind, copy, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_test_goes_only_to_the_coordinator_and_drafts_stay_out_of_the_archive()
    {
        await SubscribersAsync(confirmed: 2, pending: 0, unsubscribed: 0);
        var email = Participants.UniqueEmail("coordinator");
        var user = await _app.CreateAsync(StaffRoles.Coordinator, withTwoFactor: true, email: email, emailConfirmed: true);
        var coordinator = await _app.SignInAsync(user);
        var saved = await coordinator.SubmitAsync("/Newsletter/Admin/Edition", new Dictionary<string, string> { ["title"] = "Concept december", ["intro"] = "Nog niet af." }, "/Newsletter/Admin/Edition?handler=Save");
        var url = saved.Headers.Location!.OriginalString;

        await coordinator.SubmitAsync(url, new Dictionary<string, string>(), url + "?handler=Test");
        await _app.MailsToAsync(email);

        Assert.Equal(["[Test] Concept december"], _app.Mails().Where(m => m.Subject!.Contains("Concept december", StringComparison.Ordinal)).Select(m => m.Subject));
        Assert.DoesNotContain("Concept december", await _app.CreateBrowser().GetStringAsync("/Newsletter/Editions"), StringComparison.Ordinal);
        var id = url.Split('/').Last();
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateBrowser().GetAsync($"/Newsletter/Editions/{id}")).StatusCode);
    }

    [Fact]
    public async Task Only_coordinators_compose_editions()
    {
        var member = await _app.SignInAsync(await _app.CreateAsync());

        Assert.NotEqual(HttpStatusCode.OK, (await member.GetAsync("/Newsletter/Admin")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await member.GetAsync("/Newsletter/Admin/Edition")).StatusCode);
    }

    public void Dispose() => _app.Dispose();
}
