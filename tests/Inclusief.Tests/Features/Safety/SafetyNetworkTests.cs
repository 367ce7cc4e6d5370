using System.Net;
using System.Text.RegularExpressions;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Safety;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Jobs;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Inclusief.Tests.Features.Safety;

public sealed partial class SafetyNetworkTests : IDisposable
{
    private readonly Factory _app = new();

    private sealed class Factory : AppFactory
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 11, 0, 0, TimeSpan.Zero));

        public bool SecondApproval { get; init; }

        protected override Dictionary<string, string?> ExtraSettings => new() { ["Safety:RequireSecondApproval"] = SecondApproval ? "true" : "false" };

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }

    private async Task<(AppUser User, HttpClient Browser, string Email)> MemberAsync(params string[] regions)
    {
        var email = Participants.UniqueEmail("lid");
        var user = await _app.CreateAsync(email: email, emailConfirmed: true);
        var browser = await _app.SignInAsync(user);
        var fields = new List<KeyValuePair<string, string>> { new("WorkingName", "Roos"), new("Email", email) };
        fields.AddRange(regions.Select(r => new KeyValuePair<string, string>("Regions", r)));
        await PostAsync(browser, "/Safety/Join", fields);
        return (user, browser, email);
    }

    private async Task ApproveAllAsync()
    {
        var moderator = await _app.SignInAsStaffAsync(StaffRoles.SafetyModerator);
        await using var scope = _app.Services.CreateAsyncScope();
        foreach (var id in await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SafetyMember>().Where(m => m.Status == MembershipStatus.Applied).Select(m => m.Id).ToListAsync())
        {
            await moderator.SubmitAsync("/Safety/Admin/Members", new Dictionary<string, string> { ["memberId"] = id.ToString(), ["approve"] = "true" });
        }
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string url, List<KeyValuePair<string, string>> fields, string? action = null)
    {
        var html = await browser.GetStringAsync(url);
        return await browser.FormIn(html, url, fields.DistinctBy(f => f.Key).ToDictionary(), action).SubmitAsync(fields);
    }

    private async Task<(string Receipt, string Html)> ReportAsync(string narrative, string region = "Zuid-Holland", string? phone = "06-12345678", bool warn = true, bool police = false, HttpClient? browser = null)
    {
        browser ??= _app.CreateBrowser();
        var fields = new Dictionary<string, string>
        {
            ["Input.Type"] = "PhysicalViolence", ["Input.Region"] = region, ["Input.Narrative"] = narrative, ["Input.Phone"] = phone ?? "",
            ["Input.PersonDescription"] = "Lange man, rode jas", ["Input.Contact"] = "bel-mij-via-shop",
        };
        if (warn)
        {
            fields["Input.WarnOthers"] = "true";
        }
        if (police)
        {
            fields["Input.SharePolice"] = "true";
        }
        var html = await (await browser.SubmitAsync("/Safety/Report", fields)).Content.ReadAsStringAsync();
        return (ReceiptOnPage().Match(html).Groups[1].Value, html);
    }

    private async Task<SafetyReport> LatestReportAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SafetyReport>().AsNoTracking().OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.ArrivalNumber).FirstAsync();
    }

    private static async Task PublishAsync(HttpClient moderator, Guid reportId, string text, params string[] regions)
    {
        var fields = new List<KeyValuePair<string, string>> { new("text", text), new("severity", "Danger") };
        fields.AddRange(regions.Select(r => new KeyValuePair<string, string>("regions", r)));
        await PostAsync(moderator, $"/Safety/Admin/Report/{reportId}", fields, $"/Safety/Admin/Report/{reportId}?handler=Warn");
    }

    [Fact]
    public async Task Only_approved_members_see_warnings_and_use_the_client_check()
    {
        var (_, applicant, email) = await MemberAsync("Zuid-Holland");

        var before = await applicant.GetAsync("/Safety/Warnings");
        var checkBefore = await applicant.GetAsync("/Safety/Check");
        await ApproveAllAsync();
        var after = await applicant.GetAsync("/Safety/Warnings");

        // Not yet approved: told why and what happens next, on the page itself; no warning and no check form.
        var waiting = await before.Content.ReadAsStringAsync();
        var checkWaiting = await checkBefore.Content.ReadAsStringAsync();
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (before.StatusCode, checkBefore.StatusCode));
        Assert.Contains("Je aanmelding voor het veiligheidsnetwerk wordt bekeken door een moderator.", waiting, StringComparison.Ordinal);
        Assert.Contains("Je aanmelding voor het veiligheidsnetwerk wordt bekeken door een moderator.", checkWaiting, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Value\"", checkWaiting, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.DoesNotContain("data-testid=\"members-only\"", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Je bent lid van het veiligheidsnetwerk", (await _app.MailsToAsync(email)).Select(m => m.Subject));
    }

    [Fact]
    public async Task A_participant_who_is_no_member_is_told_how_to_become_one_and_a_forged_check_checks_nothing()
    {
        var participant = await _app.SignInAsync(await _app.CreateAsync());

        var warnings = await participant.GetStringAsync("/Safety/Warnings");
        var check = await participant.GetStringAsync("/Safety/Check");
        var forged = await participant.ForgeAsync("/Safety/Warnings", new Dictionary<string, string> { ["Value"] = "06-12345678" }, "/Safety/Check");

        Assert.Contains("alleen voor leden van het veiligheidsnetwerk", warnings, StringComparison.Ordinal);
        Assert.Contains("href=\"/Safety/Join\"", check, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.DoesNotContain("data-testid=\"check-result\"", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moderators_see_live_warnings_with_deliveries_and_matches_and_can_extend_or_withdraw_them()
    {
        var (_, member, _) = await MemberAsync("Zuid-Holland");
        await ApproveAllAsync();
        var moderator = await _app.SignInAsStaffAsync(StaffRoles.SafetyModerator);
        await ReportAsync("Klant werd agressief.", phone: "06-23456789");
        var report = await LatestReportAsync();
        var desk = await moderator.GetStringAsync("/Safety/Admin");
        await PublishAsync(moderator, report.Id, "Agressieve klant in Den Haag.", "Zuid-Holland");
        await _app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();
        await Check(member, "0623456789");
        var rightAfterTheCheck = (await WarningAsync()).MatchCount;
        await using (var round = _app.Services.CreateAsyncScope())
        {
            await round.ServiceProvider.GetServices<IRetentionRule>().OfType<WarningMatchTally.Writer>().Single().ApplyAsync(CancellationToken.None);
        }

        var live = await moderator.GetStringAsync("/Safety/Admin/Warnings");
        var warning = await WarningAsync();
        var extended = await moderator.SubmitAsync("/Safety/Admin/Warnings", new Dictionary<string, string>(), $"/Safety/Admin/Warnings/{warning.Id}?handler=Extend");
        var longer = await WarningAsync();
        var withdrawn = await moderator.SubmitAsync("/Safety/Admin/Warnings", new Dictionary<string, string>(), $"/Safety/Admin/Warnings/{warning.Id}?handler=Withdraw");
        var afterWithdrawal = await moderator.GetStringAsync("/Safety/Admin/Warnings");
        await moderator.SubmitAsync($"/Safety/Admin/Report/{report.Id}", new Dictionary<string, string> { ["message"] = "Dank je." }, $"/Safety/Admin/Report/{report.Id}?handler=Handle");
        var deskAfter = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await moderator.GetStringAsync("/Safety/Admin"));

        Assert.Contains($"/Safety/Admin/Report/{report.Id}", desk, StringComparison.Ordinal);
        // Never written by the check itself, so the database does not show which member's check found which warning.
        Assert.Equal(0, rightAfterTheCheck);
        var card = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(live).QuerySelector("[data-testid=live-warning]")!;
        Assert.Equal("1", card.QuerySelector("[data-testid=deliveries]")!.TextContent.Trim());
        Assert.Equal("1 keer", card.QuerySelector("[data-testid=matches]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, extended.StatusCode);
        Assert.Equal(warning.ExpiresAt!.Value.AddDays(365), longer.ExpiresAt);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Contains("Er gelden nu geen waarschuwingen.", afterWithdrawal, StringComparison.Ordinal);
        Assert.DoesNotContain("Agressieve klant in Den Haag.", await member.GetStringAsync("/Safety/Warnings"), StringComparison.Ordinal);
        Assert.Contains("Geen waarschuwing gevonden.", await Check(member, "0623456789"), StringComparison.Ordinal);
        Assert.Empty(deskAfter.QuerySelectorAll("[data-testid=to-handle] li"));
        Assert.Single(deskAfter.QuerySelectorAll("[data-testid=handled] li"));
        await using var scope = _app.Services.CreateAsyncScope();
        var actions = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Inclusief.Web.Infrastructure.Audit.AuditEntry>()
            .Where(a => a.SubjectId == warning.Id.ToString()).Select(a => a.Action).ToListAsync();
        Assert.Contains("safety-warning-extended", actions);
        Assert.Contains("safety-warning-withdrawn", actions);
    }

    private async Task<SafetyWarning> WarningAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SafetyWarning>().AsNoTracking().SingleAsync();
    }

    [Fact]
    public async Task A_published_warning_reaches_each_member_in_its_regions_exactly_once_without_details_in_the_mail()
    {
        var (_, inRegion, inEmail) = await MemberAsync("Zuid-Holland", "Utrecht");
        var (_, elsewhere, elsewhereEmail) = await MemberAsync("Groningen");
        await ApproveAllAsync();
        await ReportAsync("Hij sloeg mij in een hotel bij het station.");
        var report = await LatestReportAsync();
        var moderator = await _app.SignInAsStaffAsync(StaffRoles.SafetyModerator);

        await PublishAsync(moderator, report.Id, "Gewelddadige klant, belt vanaf een 06-nummer, vraagt om hotelafspraken.", "Zuid-Holland", "Utrecht");
        var mails = await _app.MailsToAsync(inEmail);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            // The fan-out job run again (a retry after a crash) adds nobody twice.
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var warning = await db.Set<SafetyWarning>().SingleAsync();
            scope.ServiceProvider.GetRequiredService<Outbox>().Enqueue(WarningFanOut.OutboxKind, new WarningFanOut.Job(warning.Id, "http://localhost"));
            await db.SaveChangesAsync();
        }
        await _app.MailsToAsync(inEmail);

        var list = await inRegion.GetStringAsync("/Safety/Warnings");
        Assert.Contains("Gewelddadige klant", list, StringComparison.Ordinal);
        Assert.Contains("06-******78", list, StringComparison.Ordinal);
        Assert.DoesNotContain("5678", list, StringComparison.Ordinal);
        Assert.Single(WarningOnPage().Matches(list));
        Assert.DoesNotContain("Gewelddadige klant", await elsewhere.GetStringAsync("/Safety/Warnings"), StringComparison.Ordinal);
        var alert = Assert.Single(await _app.MailsToAsync(inEmail), m => m.Subject == "Nieuwe waarschuwing in je regio");
        Assert.DoesNotContain("Gewelddadige", alert.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(await _app.MailsToAsync(elsewhereEmail), m => m.Subject == "Nieuwe waarschuwing in je regio");
        Assert.Single(mails, m => m.Subject == "Nieuwe waarschuwing in je regio");
    }

    [Fact]
    public async Task An_alert_still_waiting_when_its_member_is_suspended_is_not_sent_to_them()
    {
        var (_, _, stays) = await MemberAsync("Zuid-Holland");
        var (suspendedUser, _, suspended) = await MemberAsync("Zuid-Holland");
        await ApproveAllAsync();
        await ReportAsync("Hij dreigde.");
        var moderator = await _app.SignInAsStaffAsync(StaffRoles.SafetyModerator);
        await PublishAsync(moderator, (await LatestReportAsync()).Id, "Dreigende klant.", "Zuid-Holland");
        // One round runs the fan-out; the alerts it queues wait for the next.
        await _app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var memberId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SafetyMember>().Where(m => m.UserId == suspendedUser.Id).Select(m => m.Id).SingleAsync();
            await moderator.SubmitAsync("/Safety/Admin/Members", new Dictionary<string, string> { ["memberId"] = memberId.ToString(), ["status"] = nameof(MembershipStatus.Suspended), ["reason"] = "Onderzoek." }, "/Safety/Admin/Members?handler=Membership");
        }
        var first = await _app.MailsToAsync(stays);
        var toSuspended = await _app.MailsToAsync(suspended);

        Assert.Single(first, m => m.Subject == "Nieuwe waarschuwing in je regio");
        Assert.DoesNotContain(toSuspended, m => m.Subject == "Nieuwe waarschuwing in je regio");
    }

    [Fact]
    public async Task An_alert_still_waiting_when_its_warning_is_withdrawn_is_not_sent()
    {
        var (_, _, email) = await MemberAsync("Zuid-Holland");
        await ApproveAllAsync();
        await ReportAsync("Hij dreigde.");
        var moderator = await _app.SignInAsStaffAsync(StaffRoles.SafetyModerator);
        await PublishAsync(moderator, (await LatestReportAsync()).Id, "Dreigende klant.", "Zuid-Holland");
        await _app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();
        int queued;
        await using (var before = _app.Services.CreateAsyncScope())
        {
            queued = await before.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>().CountAsync(m => m.Kind == WarningAlert.OutboxKind && m.ProcessedAt == null);
        }
        var warning = await WarningAsync();
        var withdrawn = await moderator.SubmitAsync("/Safety/Admin/Warnings", new Dictionary<string, string>(), $"/Safety/Admin/Warnings/{warning.Id}?handler=Withdraw");

        Assert.Equal(1, queued);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.DoesNotContain(await _app.MailsToAsync(email), m => m.Subject == "Nieuwe waarschuwing in je regio");
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>().Where(m => m.ProcessedAt == null).Select(m => m.Kind).ToListAsync());
    }

    [Fact]
    public async Task After_a_warning_goes_out_every_outbox_message_is_marked_done_and_health_stays_healthy()
    {
        await MemberAsync("Zuid-Holland");
        await ApproveAllAsync();
        await ReportAsync("Hij dreigde met geweld.");
        var report = await LatestReportAsync();
        var moderator = await _app.SignInAsStaffAsync(StaffRoles.SafetyModerator);
        await PublishAsync(moderator, report.Id, "Dreigende klant in Zuid-Holland.", "Zuid-Holland");

        await _app.MailsToAsync("niemand@example.org");
        _app.Clock.Advance(TimeSpan.FromMinutes(20));
        await _app.MailsToAsync("niemand@example.org");
        var health = await _app.CreateBrowser().GetAsync("/health");

        await using var scope = _app.Services.CreateAsyncScope();
        var open = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>()
            .Where(m => m.ProcessedAt == null).Select(m => m.Kind).ToListAsync();
        Assert.Empty(open);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("{\"status\":\"Healthy\"}", await health.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_client_check_finds_a_published_warning_by_a_differently_written_number_and_never_an_unpublished_report()
    {
        var (_, member, _) = await MemberAsync("Zuid-Holland");
        await ApproveAllAsync();
        await ReportAsync("Eerste melding", phone: "06-12345678");
        var published = await LatestReportAsync();
        await ReportAsync("Tweede melding, niet gepubliceerd", phone: "06-87654321");
        await PublishAsync(await _app.SignInAsStaffAsync(StaffRoles.SafetyModerator), published.Id, "Let op deze klant.", "Zuid-Holland");

        var found = await Check(member, "+31 6 1234 5678");
        var unpublished = await Check(member, "0031687654321");
        var unreadable = await Check(member, "bel me maar");
        _app.Clock.Advance(TimeSpan.FromDays(366));
        member = await _app.SignInAsync((await MemberUserAsync())!);
        var expired = await Check(member, "06 12345678");

        Assert.Contains("Let op deze klant.", found, StringComparison.Ordinal);
        Assert.Contains("Geen waarschuwing gevonden", unpublished, StringComparison.Ordinal);
        Assert.Contains("Dit kunnen we niet lezen", unreadable, StringComparison.Ordinal);
        Assert.Contains("Geen waarschuwing gevonden", expired, StringComparison.Ordinal);
        await using var scope = _app.Services.CreateAsyncScope();
        var tallies = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<ClientCheckTally>().ToListAsync();
        Assert.Equal(3, tallies.Sum(t => t.Checks));
        Assert.Equal(1, tallies.Sum(t => t.Matches));
        Assert.DoesNotContain("87654321", await _app.EverythingInTheDatabaseAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_made_while_signed_in_is_not_tied_to_the_member_anywhere_in_the_database()
    {
        var (user, browser, _) = await MemberAsync("Zuid-Holland");
        await ApproveAllAsync();
        await browser.GetAsync("/Safety/Warnings");
        SafetyMember member;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            member = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SafetyMember>().AsNoTracking().SingleAsync(m => m.UserId == user.Id);
        }
        static int Occurrences(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.OrdinalIgnoreCase).Length) / value.Length;
        var before = await _app.EverythingInTheDatabaseAsync();
        _app.Clock.Advance(TimeSpan.FromHours(3));

        var form = await browser.GetStringAsync("/Safety/Report");
        await ReportAsync("Gemeld terwijl ik was ingelogd.", browser: browser);
        var after = await _app.EverythingInTheDatabaseAsync();

        Assert.Contains("we koppelen deze melding niet aan je account", form, StringComparison.Ordinal);
        foreach (var id in new[] { member.Id.ToString(), user.Id, member.Id.ToString("N") })
        {
            Assert.Equal(Occurrences(before, id), Occurrences(after, id));
        }
        await using var check = _app.Services.CreateAsyncScope();
        var unchanged = await check.ServiceProvider.GetRequiredService<AppDbContext>().Set<SafetyMember>().AsNoTracking().SingleAsync(m => m.Id == member.Id);
        Assert.Equal(member.LastActiveAt, unchanged.LastActiveAt);
    }

    [Fact]
    public async Task A_member_has_a_daily_quota_of_client_checks_that_returns_the_next_day()
    {
        var (user, member, _) = await MemberAsync("Zuid-Holland");
        await ApproveAllAsync();

        var answers = new List<string>();
        for (var i = 0; i < 21; i++)
        {
            answers.Add(await Check(member, $"06 1234 56{i:00}"));
        }
        _app.Clock.Advance(TimeSpan.FromDays(1));
        // Sessions expire on the advanced clock too: sign in again.
        var nextDay = await Check(await _app.SignInAsync(user), "06 1234 5600");

        Assert.All(answers.Take(20), a => Assert.Contains("data-testid=\"check-result\"", a, StringComparison.Ordinal));
        Assert.Contains("Je hebt vandaag al 20 keer gecheckt", answers[20], StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"check-result\"", answers[20], StringComparison.Ordinal);
        Assert.Contains("data-testid=\"check-result\"", nextDay, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_moderator_suspends_a_member_who_then_sees_no_warnings_and_cannot_check_until_reinstated()
    {
        var (user, member, email) = await MemberAsync("Zuid-Holland");
        await ApproveAllAsync();
        Guid memberId;
        await using (var lookup = _app.Services.CreateAsyncScope())
        {
            memberId = await lookup.ServiceProvider.GetRequiredService<AppDbContext>().Set<SafetyMember>().Where(m => m.UserId == user.Id).Select(m => m.Id).SingleAsync();
        }
        var moderator = await _app.SignInAsStaffAsync(StaffRoles.SafetyModerator);
        var before = await member.GetAsync("/Safety/Warnings");

        var noReason = await moderator.FollowAsync(await moderator.SubmitAsync("/Safety/Admin/Members",
            new Dictionary<string, string> { ["memberId"] = memberId.ToString(), ["status"] = "Suspended", ["reason"] = "" }, "/Safety/Admin/Members?handler=Membership"));
        await moderator.SubmitAsync("/Safety/Admin/Members",
            new Dictionary<string, string> { ["memberId"] = memberId.ToString(), ["status"] = "Suspended", ["reason"] = "Klacht van een ander lid." }, "/Safety/Admin/Members?handler=Membership");
        var warnings = await member.GetAsync("/Safety/Warnings");
        var check = await member.GetAsync("/Safety/Check");
        var status = await member.GetStringAsync("/Safety/Join");
        await moderator.SubmitAsync("/Safety/Admin/Members",
            new Dictionary<string, string> { ["memberId"] = memberId.ToString(), ["status"] = "Approved" }, "/Safety/Admin/Members?handler=Membership");
        var reinstated = await member.GetAsync("/Safety/Warnings");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains("Schrijf kort waarom", noReason, StringComparison.Ordinal);
        Assert.Contains("Je lidmaatschap staat op dit moment stil.", await warnings.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Je lidmaatschap staat op dit moment stil.", await check.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Je lidmaatschap is geschorst: Klacht van een ander lid.", status, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, reinstated.StatusCode);
        var mails = (await _app.MailsToAsync(email)).Where(m => m.Subject == "Je lidmaatschap van het veiligheidsnetwerk").ToList();
        Assert.Equal(2, mails.Count);
        Assert.Contains("Klacht van een ander lid.", mails[0].TextBody, StringComparison.Ordinal);
        await using var scope = _app.Services.CreateAsyncScope();
        var actions = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Inclusief.Web.Infrastructure.Audit.AuditEntry>()
            .Where(a => a.SubjectId == memberId.ToString()).Select(a => a.Action).ToListAsync();
        Assert.Contains("safety-member-suspended", actions);
        Assert.Contains("safety-member-approved", actions);
    }

    [Fact]
    public async Task Members_are_paged_found_by_working_name_and_a_decision_returns_to_the_same_page()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = _app.Clock.GetUtcNow().UtcDateTime;
            for (var i = 0; i < 55; i++)
            {
                var member = SafetyMember.Apply($"pager-{marker}-{i}", $"Lid {marker} {i:D2}", "-", ["Zuid-Holland"], WorkContext.None, null, now);
                member.Approve("moderator", now);
                db.Add(member);
            }
            await db.SaveChangesAsync();
        }
        var moderator = await _app.SignInAsStaffAsync(StaffRoles.SafetyModerator);

        var desk = await moderator.GetStringAsync("/Safety/Admin/Members");
        var search = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(desk).QuerySelector("form[role=search] input[type=search]");
        var first = await moderator.GetStringAsync($"/Safety/Admin/Members?{search?.GetAttribute("name")}={marker}");
        var second = await moderator.FollowLinkAsync(first, "nav.pager a[rel=next]");
        var secondUrl = Links.Href(first, "nav.pager a[rel=next]")!;
        var suspended = await moderator.SubmitAsync(secondUrl, new Dictionary<string, string> { ["status"] = "Suspended", ["reason"] = "Klacht van een ander lid." });
        var back = await moderator.FollowAsync(suspended);
        var nothing = await moderator.GetStringAsync("/Safety/Admin/Members?search=niemand-heet-zo");

        Assert.Equal("search", search?.GetAttribute("name"));
        Assert.Contains("55 leden (goedgekeurd of geschorst).", first, StringComparison.Ordinal);
        Assert.Equal(50, Regex.Count(first, "data-testid=\"member\""));
        Assert.Contains($"Lid {marker} 00", first, StringComparison.Ordinal);
        Assert.Contains("Pagina 1 van 2", first, StringComparison.Ordinal);
        Assert.Equal(5, Regex.Count(second, "data-testid=\"member\""));
        Assert.Contains($"Lid {marker} 54", second, StringComparison.Ordinal);
        Assert.Contains("Pagina 2 van 2", second, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, suspended.StatusCode);
        Assert.Equal($"/Safety/Admin/Members?search={marker}&p=2", suspended.Headers.Location?.OriginalString);
        Assert.Contains("Het lidmaatschap is geschorst.", back, StringComparison.Ordinal);
        Assert.Contains("Pagina 2 van 2", back, StringComparison.Ordinal);
        Assert.Contains("Geen leden gevonden met “niemand-heet-zo” in hun werknaam.", nothing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_desk_pages_the_reports_still_to_handle_oldest_first()
    {
        var first = ProgrammeTime.DayOf(_app.Clock.GetUtcNow().UtcDateTime).AddDays(-60);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            for (var i = 0; i < 55; i++)
            {
                var report = SafetyReport.Submit(Guid.NewGuid(), new SafetyReport.Account(IncidentType.Robbery, null, "Zuid-Holland", WorkContext.None,
                    "-", null, null, null, false, false, WantsSupport: i == 54), [], null, null);
                report.Arrive(first.AddDays(i), 1);
                db.Add(report);
            }
            await db.SaveChangesAsync();
        }
        var moderator = await _app.SignInAsStaffAsync(StaffRoles.SafetyModerator);

        var desk = await moderator.GetStringAsync("/Safety/Admin");
        var next = await moderator.FollowLinkAsync(desk, "nav.pager a[rel=next]");

        Assert.Contains("Nog te behandelen (55)", desk, StringComparison.Ordinal);
        Assert.StartsWith(ProgrammeTime.FormatDay(first, "nl"), new AngleSharp.Html.Parser.HtmlParser().ParseDocument(desk).QuerySelector("[data-testid=to-handle] li a")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(50, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(desk).QuerySelectorAll("[data-testid=to-handle] li").Length);
        Assert.Contains("Pagina 1 van 2", desk, StringComparison.Ordinal);
        Assert.DoesNotContain("wil hulp", desk, StringComparison.Ordinal);
        Assert.Equal(5, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(next).QuerySelectorAll("[data-testid=to-handle] li").Length);
        Assert.Contains("Pagina 2 van 2", next, StringComparison.Ordinal);
        Assert.Contains("wil hulp", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_region_added_after_approval_counts_only_once_a_moderator_agrees()
    {
        var (_, member, _) = await MemberAsync("Zuid-Holland");
        await ApproveAllAsync();
        var moderator = await _app.SignInAsStaffAsync(StaffRoles.SafetyModerator);

        var saved = await member.FollowAsync(await PostAsync(member, "/Safety/Join", [new("Regions", "Zuid-Holland"), new("Regions", "Utrecht")]));
        await ReportAsync("Eerste in Utrecht.", region: "Utrecht");
        await PublishAsync(moderator, (await LatestReportAsync()).Id, "Waarschuwing Utrecht een.", "Utrecht");
        await _app.MailsToAsync("niemand@example.org");
        var beforeApproval = await member.GetStringAsync("/Safety/Warnings");
        var desk = await moderator.GetStringAsync("/Safety/Admin/Members");
        await moderator.SubmitAsync("/Safety/Admin/Members", new Dictionary<string, string>(), "/Safety/Admin/Members?handler=Regions");
        await ReportAsync("Tweede in Utrecht.", region: "Utrecht");
        await PublishAsync(moderator, (await LatestReportAsync()).Id, "Waarschuwing Utrecht twee.", "Utrecht");
        await _app.MailsToAsync("niemand@example.org");
        var afterApproval = await member.GetStringAsync("/Safety/Warnings");

        Assert.Contains("gaan in zodra een moderator ze heeft bekeken.", saved, StringComparison.Ordinal);
        Assert.Contains("Wacht op een moderator: Utrecht", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("Waarschuwing Utrecht een.", beforeApproval, StringComparison.Ordinal);
        Assert.Contains("Vraagt ook: Utrecht", desk, StringComparison.Ordinal);
        Assert.Contains("Waarschuwing Utrecht twee.", afterApproval, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Caseworkers_and_coordinators_cannot_read_safety_reports()
    {
        await ReportAsync("Vertrouwelijk");
        var report = await LatestReportAsync();

        foreach (var role in new[] { StaffRoles.Caseworker, StaffRoles.Coordinator, StaffRoles.Admin })
        {
            var staff = await _app.SignInAsStaffAsync(role);
            foreach (var page in new[] { "/Safety/Admin", $"/Safety/Admin/Report/{report.Id}", "/Safety/Admin/Members" })
            {
                var response = await staff.GetAsync(page);
                Assert.Contains("/Accounts/AccessDenied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
            }
        }
        var moderator = await _app.SignInAsStaffAsync(StaffRoles.SafetyModerator);
        Assert.Contains("Vertrouwelijk", await moderator.GetStringAsync($"/Safety/Admin/Report/{report.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_and_the_use_of_its_receipt_code_keep_the_day_not_the_time()
    {
        // Monday 14:37:13 UTC (15:37:13 in The Hague); the code is used on Wednesday at 09:12:45 UTC.
        // The desk's texts are written on first use; that moment is not the report's.
        await _app.CreateBrowser().GetStringAsync("/Safety/Report");
        _app.Clock.Advance(new TimeSpan(3, 37, 13));
        var (receipt, _) = await ReportAsync("Hij volgde mij naar huis.");
        _app.Clock.Advance(new TimeSpan(1, 18, 35, 32));
        var open = await FollowUpAsync(receipt);
        var moderator = await _app.SignInAsStaffAsync(StaffRoles.SafetyModerator);
        var queue = await moderator.GetStringAsync("/Safety/Admin");

        var everything = await _app.EverythingInTheDatabaseAsync();

        Assert.Contains("maandag 23 november 2026", open, StringComparison.Ordinal);
        Assert.Contains("maandag 23 november 2026", queue, StringComparison.Ordinal);
        foreach (var moment in new[] { "14:37:13", "15:37:13", "09:12:45", "10:12:45" })
        {
            Assert.DoesNotContain(moment, everything, StringComparison.Ordinal);
        }
        var report = await LatestReportAsync();
        Assert.Equal((new DateOnly(2026, 11, 23), 1), (report.ReceivedOn, report.ArrivalNumber));
        Assert.Equal(ProgrammeTime.StartOf(new DateOnly(2027, 5, 25)), report.ReceiptExpiresAt);
    }

    [Fact]
    public async Task A_warning_alert_waiting_in_the_outbox_reveals_neither_the_member_nor_the_mail()
    {
        // The network's address differs from the account's: only the alert address is the network's secret.
        var email = Participants.UniqueEmail("waarschuwing");
        var browser = await _app.SignInAsync(await _app.CreateAsync(email: Participants.UniqueEmail("account"), emailConfirmed: true));
        await PostAsync(browser, "/Safety/Join", [new("WorkingName", "Roos"), new("Email", email), new("Regions", "Zuid-Holland")]);
        await ApproveAllAsync();
        await _app.MailsToAsync(email);
        await ReportAsync("Hij sloeg mij.");
        var moderator = await _app.SignInAsStaffAsync(StaffRoles.SafetyModerator);
        await PublishAsync(moderator, (await LatestReportAsync()).Id, "Gewelddadige klant in Den Haag.", "Zuid-Holland");
        // One round runs the fan-out; the alert it queues waits for the next.
        await _app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();

        var waiting = await _app.EverythingInTheDatabaseAsync();
        var alert = Assert.Single(await _app.MailsToAsync(email), m => m.Subject == "Nieuwe waarschuwing in je regio");
        var sent = await _app.EverythingInTheDatabaseAsync();

        var local = email.Split('@')[0];
        Assert.Contains(local, alert.To.ToString(), StringComparison.Ordinal);
        foreach (var copy in new[] { waiting, sent })
        {
            Assert.DoesNotContain(local, copy, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Nieuwe waarschuwing in je regio", copy, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Narratives_identifiers_and_contact_details_are_not_readable_in_the_database()
    {
        var browser = _app.CreateBrowser();
        browser.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Veilig-Agent-9902)");
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2.44");
        var (receipt, _) = await ReportAsync("Hij dreigde met een mes in de Doubletstraat", phone: "06 99887766", browser: browser);

        var text = await _app.EverythingInTheDatabaseAsync();

        Assert.Contains("PhysicalViolence", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Doubletstraat", text, StringComparison.Ordinal);
        Assert.DoesNotContain("99887766", text, StringComparison.Ordinal);
        Assert.DoesNotContain("rode jas", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bel-mij-via-shop", text, StringComparison.Ordinal);
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains("Veilig-Agent", StringComparison.Ordinal) || l.Contains("192.0.2.44", StringComparison.Ordinal) || l.Contains("Doubletstraat", StringComparison.Ordinal));
        Assert.Matches("^[0-9 ]{19}$", receipt);
    }

    [Fact]
    public async Task Bad_identifiers_come_back_with_a_clear_message_and_the_rest_of_the_form_intact()
    {
        var browser = _app.CreateBrowser();
        var html = await (await browser.SubmitAsync("/Safety/Report", new Dictionary<string, string>
        {
            ["Input.Type"] = "Robbery", ["Input.Region"] = "Utrecht", ["Input.Narrative"] = "Hij nam mijn telefoon mee.", ["Input.Phone"] = "06-1234-abcd", ["Input.Plate"] = "!!",
        })).Content.ReadAsStringAsync();

        Assert.Contains("Dit telefoonnummer kunnen we niet lezen", html, StringComparison.Ordinal);
        Assert.Contains("Dit kenteken kunnen we niet lezen", html, StringComparison.Ordinal);
        Assert.Contains("Hij nam mijn telefoon mee.", html, StringComparison.Ordinal);
        Assert.Empty(_app.Services.CreateScope().ServiceProvider.GetRequiredService<AppDbContext>().Set<SafetyReport>());
    }

    [Fact]
    public async Task Reporters_follow_up_with_their_code_and_a_wrong_or_expired_code_gets_one_answer()
    {
        var (receipt, _) = await ReportAsync("Melding om te volgen");
        var report = await LatestReportAsync();
        var moderator = await _app.SignInAsStaffAsync(StaffRoles.SafetyModerator);
        await moderator.SubmitAsync($"/Safety/Admin/Report/{report.Id}", new Dictionary<string, string> { ["message"] = "We hebben een waarschuwing overwogen; bel gerust SHOP." }, $"/Safety/Admin/Report/{report.Id}?handler=Handle");

        var open = await FollowUpAsync(receipt);
        var wrong = await FollowUpAsync("9999 9999 9999 9999");
        _app.Clock.Advance(TimeSpan.FromDays(181));
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SafetyRetention>().RunAsync();
        }
        var expired = await FollowUpAsync(receipt);

        Assert.Contains("bel gerust SHOP", open, StringComparison.Ordinal);
        Assert.Contains("Dit bonnummer kennen we niet, of het is verlopen.", wrong, StringComparison.Ordinal);
        Assert.Contains("Dit bonnummer kennen we niet, of het is verlopen.", expired, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Police_export_needs_the_reporters_consent_and_is_audited()
    {
        await ReportAsync("Zonder toestemming", police: false);
        var without = await LatestReportAsync();
        await ReportAsync("Met toestemming voor de politie", police: true);
        var with = await LatestReportAsync();
        var moderator = await _app.SignInAsStaffAsync(StaffRoles.SafetyModerator);

        var refused = await moderator.FollowAsync(await moderator.ForgeAsync($"/Safety/Admin/Report/{without.Id}", new Dictionary<string, string>(), $"/Safety/Admin/Report/{without.Id}?handler=PoliceExport"));
        var export = await moderator.SubmitAsync($"/Safety/Admin/Report/{with.Id}", new Dictionary<string, string>(), $"/Safety/Admin/Report/{with.Id}?handler=PoliceExport");
        var text = await export.Content.ReadAsStringAsync();

        Assert.Contains("geen toestemming gegeven om dit met de politie te delen", refused, StringComparison.Ordinal);
        Assert.Contains("Met toestemming voor de politie", text, StringComparison.Ordinal);
        Assert.Contains("06-12345678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bel-mij-via-shop", text, StringComparison.Ordinal);
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<AuditEntry>().AnyAsync(a => a.Action == "safety-report-exported-for-police" && a.SubjectId == with.Id.ToString()));
    }

    [Fact]
    public async Task Handled_reports_are_emptied_after_six_months_warnings_after_a_year_the_figures_still_count_them_and_inactive_members_are_asked_then_removed()
    {
        var (_, _, email) = await MemberAsync("Zuid-Holland");
        await ApproveAllAsync();
        await ReportAsync("Wordt gepubliceerd");
        var report = await LatestReportAsync();
        var moderator = await _app.SignInAsStaffAsync(StaffRoles.SafetyModerator);
        await PublishAsync(moderator, report.Id, "Waarschuwing", "Zuid-Holland");
        var year = _app.Clock.GetUtcNow().Year;

        _app.Clock.Advance(TimeSpan.FromDays(183));
        var half = await RetainAsync();
        _app.Clock.Advance(TimeSpan.FromDays(183));
        var whole = await RetainAsync();
        _app.Clock.Advance(TimeSpan.FromDays(31));
        var month = await RetainAsync();
        var again = await RetainAsync();
        var figures = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await (await _app.SignInAsStaffAsync(StaffRoles.SafetyModerator)).GetStringAsync("/Safety/Admin/Figures"));

        Assert.Equal((1, 0), (half.ReportsEmptied, half.WarningsEmptied));
        Assert.Equal(1, whole.WarningsEmptied);
        Assert.Equal(1, whole.MembersAsked);
        Assert.Equal(1, month.MembersRemoved);
        Assert.Equal(new SafetyRetention.Result(0, 0, 0, 0, 0), again);
        Assert.Contains("Wil je lid blijven van het veiligheidsnetwerk?", (await _app.MailsToAsync(email)).Select(m => m.Subject));
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var emptied = await db.Set<SafetyReport>().AsNoTracking().SingleAsync(r => r.Id == report.Id);
        Assert.Equal(("", null, null, null), (emptied.EncryptedNarrative, emptied.EncryptedPersonDescription, emptied.EncryptedIdentifiers, emptied.EncryptedContact));
        Assert.Equal("", (await db.Set<SafetyWarning>().SingleAsync()).Text);
        Assert.False(await db.Set<SafetyMember>().AnyAsync());
        Assert.False(await db.Set<WarningIdentifier>().AnyAsync());
        Assert.False(await db.Set<ReportIdentifier>().AnyAsync());
        var row = figures.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")?.TextContent == year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["1", "1"], row.QuerySelectorAll("td").Skip(1).Take(2).Select(c => c.TextContent));
    }

    private async Task<SafetyRetention.Result> RetainAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SafetyRetention>().RunAsync();
    }

    private async Task<AppUser?> MemberUserAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var userId = await db.Set<SafetyMember>().Select(m => m.UserId).FirstAsync();
        return await db.Users.SingleAsync(u => u.Id == userId);
    }

    private static async Task<string> Check(HttpClient member, string value) =>
        await (await member.SubmitAsync("/Safety/Check", new Dictionary<string, string> { ["Value"] = value })).Content.ReadAsStringAsync();

    private async Task<string> FollowUpAsync(string receipt) =>
        await (await _app.CreateBrowser().SubmitAsync("/Safety/FollowUp", new Dictionary<string, string> { ["Code"] = receipt })).Content.ReadAsStringAsync();

    [GeneratedRegex("data-testid=\"receipt\">([0-9 ]+)<")]
    private static partial Regex ReceiptOnPage();

    [GeneratedRegex("data-testid=\"warning\"")]
    private static partial Regex WarningOnPage();

    public void Dispose() => _app.Dispose();
}
