using System.Globalization;
using System.Net;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Inclusief.Tests.Features.Feedback;

public sealed class FeedbackRoundTests : IDisposable
{
    private readonly Factory _app = new();

    private sealed class Factory : AppFactory
    {
        public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }

    private async Task<(AppUser User, HttpClient Browser)> SoundingBoardMemberAsync()
    {
        var user = await _app.CreateAsync(email: Participants.UniqueEmail("klankbord"), emailConfirmed: true);
        var browser = await _app.SignInAsync(user);
        var participant = await _app.SignUpAsync(user.Email!, "sounding-board", browser);
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        await coordinator.SubmitAsync($"/Participation/Admin/Details/{participant.Id}", new Dictionary<string, string> { ["Version"] = "0" }, $"/Participation/Admin/Details/{participant.Id}?handler=Activate");
        return (user, browser);
    }

    private async Task<FeedbackRound> OpenRoundAsync(HttpClient coordinator)
    {
        var title = $"Ronde {Guid.NewGuid():N}"[..20];
        var deadline = DateOnly.FromDateTime(_app.Clock.GetUtcNow().UtcDateTime.AddDays(7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var response = await coordinator.SubmitAsync("/Feedback/Admin/Create", new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Introduction"] = "Een handreiking voor banken over sekswerkers als klant.", ["Input.Audience"] = "SoundingBoard",
            ["Input.DeadlineDate"] = deadline, ["Input.DeadlineTime"] = "23:59",
            ["Input.Questions[0].Text"] = "Hoe bruikbaar is de handreiking?", ["Input.Questions[0].Kind"] = "Scale",
            ["Input.Questions[1].Text"] = "Welke delen helpen?", ["Input.Questions[1].Kind"] = "MultipleChoice", ["Input.Questions[1].Options"] = "Uitleg\nChecklist\nVoorbeelden",
            ["Input.Questions[2].Text"] = "Wat mist er?", ["Input.Questions[2].Kind"] = "OpenText",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<FeedbackRound>().Include(r => r.Questions).SingleAsync(r => r.Title == title);
    }

    private static Dictionary<string, string> Answers(FeedbackRound round, int scale, string open) => new()
    {
        [$"q-{round.Questions.Single(q => q.Order == 1).Id}"] = scale.ToString(CultureInfo.InvariantCulture),
        [$"q-{round.Questions.Single(q => q.Order == 2).Id}"] = "Checklist",
        [$"q-{round.Questions.Single(q => q.Order == 3).Id}"] = open,
    };

    [Fact]
    public async Task The_sounding_board_is_invited_answers_once_editably_and_reads_what_is_done_with_it()
    {
        var (member, memberBrowser) = await SoundingBoardMemberAsync();
        var outsider = await _app.SignInAsync(await _app.CreateAsync());
        var round = await OpenRoundAsync(await _app.SignInAsStaffAsync(StaffRoles.Coordinator));

        var invitation = (await _app.MailsToAsync(member.Email!)).Single(m => m.Subject == "Je mening gevraagd");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Feedback/Round/{round.Id}")).StatusCode);
        await memberBrowser.SubmitAsync(invitation.LinkTo("/Feedback/Round"), Answers(round, 4, "Een voorbeeldbrief."));
        await memberBrowser.SubmitAsync(invitation.LinkTo("/Feedback/Round"), Answers(round, 2, "Een voorbeeldbrief aan de bank."));

        _app.Clock.Advance(TimeSpan.FromDays(8));
        // Sessions expire on the advanced clock too: sign in again.
        memberBrowser = await _app.SignInAsync(member);
        var late = await memberBrowser.FollowAsync(await memberBrowser.ForgeAsync($"/Feedback/Round/{round.Id}", Answers(round, 5, "Te laat"), $"/Feedback/Round/{round.Id}"));
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var results = await coordinator.GetStringAsync($"/Feedback/Admin/Results/{round.Id}");
        await coordinator.SubmitAsync($"/Feedback/Admin/Results/{round.Id}", new Dictionary<string, string> { ["Reaction"] = "We voegen een voorbeeldbrief toe aan de handreiking." });

        Assert.Contains("Deze ronde is gesloten", late, StringComparison.Ordinal);
        Assert.Contains("1 reacties", results, StringComparison.Ordinal);
        Assert.Contains("gemiddeld 2,0", results, StringComparison.Ordinal);
        Assert.Contains("Een voorbeeldbrief aan de bank.", results, StringComparison.Ordinal);
        Assert.DoesNotContain("Te laat", results, StringComparison.Ordinal);
        var memberView = await memberBrowser.GetStringAsync($"/Feedback/Round/{round.Id}");
        Assert.Contains("We voegen een voorbeeldbrief toe aan de handreiking.", memberView, StringComparison.Ordinal);
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<FeedbackResponse>().CountAsync(r => r.RoundId == round.Id));
    }

    [Fact]
    public async Task A_response_cannot_be_published_while_the_round_is_open()
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var round = await OpenRoundAsync(coordinator);

        var response = await coordinator.ForgeAsync($"/Feedback/Admin/Results/{round.Id}", new Dictionary<string, string> { ["Reaction"] = "Te vroeg" }, $"/Feedback/Admin/Results/{round.Id}");

        Assert.Contains("Je kunt pas reageren als de ronde gesloten is.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_round_with_a_past_deadline_is_refused_with_a_message()
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);

        var response = await coordinator.SubmitAsync("/Feedback/Admin/Create", new Dictionary<string, string>
        {
            ["Input.Title"] = "Te laat", ["Input.Introduction"] = "Iets", ["Input.Audience"] = "Everyone",
            ["Input.DeadlineDate"] = "2020-01-01", ["Input.Questions[0].Text"] = "Vraag", ["Input.Questions[0].Kind"] = "OpenText",
        });

        Assert.Contains("Kies een sluitingsdatum in de toekomst.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();
}
