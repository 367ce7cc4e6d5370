using System.Net;
using Inclusief.Data;
using Inclusief.Tests.Features.Conversation;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Ideas;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Features.Ideas;

public sealed class IdeaSupportTests(ConversationWorld app) : IClassFixture<ConversationWorld>
{
    private async Task<int> SupportsAsync(Guid idea)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<IdeaSupport>().CountAsync(s => s.IdeaId == idea);
    }

    [Fact]
    public async Task A_member_supports_a_shared_idea_once_and_can_withdraw_and_only_the_count_is_shown()
    {
        var submitter = await app.CreateAsync();
        var idea = await app.SharedIdeaAsync(submitter);
        var member = await app.SignInAsync(await app.CreateAsync());
        var page = $"/Ideas/Details/{idea.Id}";
        var stale = await member.OpenFormAsync(page, action: $"{page}?handler=Support");

        var first = await member.SubmitAsync(page, new Dictionary<string, string>(), $"{page}?handler=Support");
        var twice = await stale.SubmitAsync([]);
        var supported = await member.GetStringAsync(page);
        var ownPage = await (await app.SignInAsync(submitter)).GetStringAsync(page);
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var triage = await coordinator.GetStringAsync("/Ideas/Admin");
        var withdrawn = await member.SubmitAsync(page, new Dictionary<string, string>(), $"{page}?handler=WithdrawSupport");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, twice.StatusCode));
        Assert.Contains("1 persoon steunt dit idee", supported, StringComparison.Ordinal);
        Assert.Contains("Steun intrekken", supported, StringComparison.Ordinal);
        Assert.DoesNotContain("Ik steun dit", ownPage, StringComparison.Ordinal);
        Assert.Contains("1 persoon steunt dit idee", ownPage, StringComparison.Ordinal);
        Assert.Contains($"<td><a href=\"/Ideas/Details/{idea.Id}\">{idea.Title}</a></td>", triage, StringComparison.Ordinal);
        Assert.Matches($"{idea.Title}</a></td>\\s*<td>[^<]*</td>\\s*<td>[^<]*</td>\\s*<td data-testid=\"supports\">1</td>", triage);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(0, await SupportsAsync(idea.Id));
    }

    [Fact]
    public async Task The_submitter_cannot_support_their_own_idea_nor_anyone_an_idea_that_is_not_shared()
    {
        var submitter = await app.CreateAsync();
        var idea = await app.SharedIdeaAsync(submitter);
        var hidden = await app.SharedIdeaAsync(await app.CreateAsync(), shared: false);
        var own = await app.SignInAsync(submitter);
        var stranger = await app.SignInAsync(await app.CreateAsync());

        var forgedOwn = await own.ForgeAsync($"/Ideas/Details/{idea.Id}", new Dictionary<string, string>(), $"/Ideas/Details/{idea.Id}?handler=Support");
        var forgedHidden = await stranger.ForgeAsync("/Ideas", new Dictionary<string, string>(), $"/Ideas/Details/{hidden.Id}?handler=Support");

        Assert.Equal(HttpStatusCode.Redirect, forgedOwn.StatusCode);
        Assert.Contains("Je eigen idee kun je niet steunen.", await own.FollowAsync(forgedOwn), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, forgedHidden.StatusCode);
        Assert.Equal((0, 0), (await SupportsAsync(idea.Id), await SupportsAsync(hidden.Id)));
    }

    [Fact]
    public async Task Members_find_shared_ideas_the_most_supported_first()
    {
        var idea = await app.SharedIdeaAsync(await app.CreateAsync());
        var member = await app.SignInAsync(await app.CreateAsync());
        await member.SubmitAsync($"/Ideas/Details/{idea.Id}", new Dictionary<string, string>(), $"/Ideas/Details/{idea.Id}?handler=Support");

        var list = await member.GetStringAsync("/Ideas");

        Assert.Contains($"<a href=\"/Ideas/Details/{idea.Id}\">{idea.Title}</a>", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Gedeelde ideeën", await app.CreateBrowser().GetStringAsync("/Ideas"), StringComparison.Ordinal);
    }
}
