using System.Net;
using System.Text.RegularExpressions;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Complaints;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Inclusief.Tests.Features.Complaints;

public sealed partial class ComplaintDeskTests : IDisposable
{
    private readonly Factory _app = new();

    private sealed class Factory : AppFactory
    {
        // A Monday at noon, so working days are predictable.
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 11, 0, 0, TimeSpan.Zero));

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }

    private static Dictionary<string, string> Report(string narrative, ComplaintCategory category = ComplaintCategory.BankAccount, ReporterWish wish = ReporterWish.IndividualSupport,
        OrganisationKind kind = OrganisationKind.BankOrPaymentProvider, string? email = null) => new()
    {
        ["Input.Narrative"] = narrative,
        ["Input.Category"] = category.ToString(),
        ["Input.OrganisationKind"] = kind.ToString(),
        ["Input.OrganisationName"] = "Voorbeeldbank NV",
        ["Input.Wish"] = wish.ToString(),
        ["Input.Email"] = email ?? "",
    };

    private async Task<(string Receipt, string Html)> ReportAsync(Dictionary<string, string> fields, HttpClient? browser = null)
    {
        browser ??= _app.CreateBrowser();
        var page = await browser.GetStringAsync("/Complaints");
        fields["Input.SubmissionKey"] = SubmissionKey().Match(page).Groups[1].Value;
        var response = await browser.SubmitAsync("/Complaints", fields);
        var html = await response.Content.ReadAsStringAsync();
        return (ReceiptOnPage().Match(html).Groups[1].Value, html);
    }

    private async Task<string> FollowUpAsync(string receipt, string? message = null)
    {
        var browser = _app.CreateBrowser();
        var fields = new Dictionary<string, string> { ["Code"] = receipt };
        if (message is null)
        {
            return await (await browser.SubmitAsync("/Complaints/FollowUp", fields)).Content.ReadAsStringAsync();
        }
        var casePage = await (await browser.SubmitAsync("/Complaints/FollowUp", fields)).Content.ReadAsStringAsync();
        fields["message"] = message;
        return await (await browser.FormIn(casePage, "/Complaints/FollowUp", fields, "/Complaints/FollowUp?handler=Write").SubmitAsync(fields)).Content.ReadAsStringAsync();
    }

    private async Task<Complaint> OnlyComplaintAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Complaint>().AsNoTracking().Include(c => c.Messages).SingleAsync();
    }

    private Task<HttpClient> CaseworkerAsync() => _app.SignInAsStaffAsync(StaffRoles.Caseworker);

    [Fact]
    public async Task A_case_with_an_unanswered_message_from_the_reporter_is_marked_counted_in_the_menu_and_opened_by_its_read_out_receipt()
    {
        var inTheHague = Report("Mijn rekening is opgezegd.");
        inTheHague["Input.MunicipalityCode"] = "GM0518";
        var (receipt, _) = await ReportAsync(inTheHague);
        await ReportAsync(Report("Mijn verzekering is opgezegd.", ComplaintCategory.Insurance));
        await FollowUpAsync(receipt, "Ik heb nog een brief gekregen.");
        var caseworker = await CaseworkerAsync();

        var queue = await caseworker.GetStringAsync("/Complaints/Admin");
        var digits = new string(receipt.Where(char.IsAsciiDigit).ToArray());
        var read = $"{digits[..4]}-{digits[4..8]} {digits[8..]}";
        var opened = await caseworker.SubmitAsync("/Complaints/Admin", new Dictionary<string, string> { ["code"] = read }, "/Complaints/Admin?handler=Receipt");
        var casePage = opened.Headers.Location!.OriginalString;
        var opening = await caseworker.GetStringAsync(casePage);
        await caseworker.SubmitAsync(casePage, new Dictionary<string, string> { ["text"] = "Eerst de bank bellen." }, $"{casePage}?handler=Note");
        var afterNote = await caseworker.GetStringAsync("/Complaints/Admin");
        await caseworker.SubmitAsync(casePage, new Dictionary<string, string> { ["text"] = "We bellen je morgen." }, $"{casePage}?handler=Reply");
        var afterReply = await caseworker.GetStringAsync("/Complaints/Admin");
        var wrong = await caseworker.FollowAsync(await caseworker.SubmitAsync("/Complaints/Admin", new Dictionary<string, string> { ["code"] = "1234567812345678" }, "/Complaints/Admin?handler=Receipt"));

        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(queue);
        Assert.Single(document.QuerySelectorAll("[data-testid=new-message]"));
        Assert.Contains("1 met een nieuw bericht van de melder", queue, StringComparison.Ordinal);
        Assert.Contains("(1)</span>", queue, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.StartsWith("/Complaints/Admin/Case/", casePage, StringComparison.Ordinal);
        Assert.Contains("<dd>Den Haag</dd>", opening, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"new-message\"", afterNote, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"new-message\"", afterReply, StringComparison.Ordinal);
        Assert.Contains("Geen melding gevonden met dit bonnummer.", wrong, StringComparison.Ordinal);
        await using var scope = _app.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Inclusief.Web.Infrastructure.Audit.AuditEntry>().AsNoTracking()
            .Where(e => e.Action.StartsWith("complaint-")).Select(e => e.Action).ToListAsync();
        Assert.Contains("complaint-opened-by-receipt", audit);
        Assert.Contains("complaint-receipt-not-found", audit);
        Assert.DoesNotContain(digits, await _app.EverythingInTheDatabaseAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_report_shows_the_receipt_code_once_with_the_information_for_its_category()
    {
        var browser = _app.CreateBrowser();
        var page = await browser.GetAsync("/Complaints");
        var (receipt, html) = await ReportAsync(Report("De bank zegt mijn rekening op omdat ik sekswerker ben."), browser);

        Assert.Matches("^[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4}$", receipt);
        Assert.Contains("basisbetaalrekening", html, StringComparison.Ordinal);
        Assert.Contains("Kifid", html, StringComparison.Ordinal);
        Assert.True(page.Headers.CacheControl?.NoStore);
        Assert.Contains("data-quick-exit", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var complaint = await OnlyComplaintAsync();
        Assert.Null(complaint.UserId);
        Assert.DoesNotContain(receipt.Replace(" ", "", StringComparison.Ordinal), complaint.ReceiptHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reporter_reads_the_reply_with_the_code_only_and_never_sees_internal_notes()
    {
        var email = Participants.UniqueEmail("melder");
        var (receipt, _) = await ReportAsync(Report("Mijn verzekeraar weigert mij.", ComplaintCategory.Insurance, email: email));
        var complaint = await OnlyComplaintAsync();
        var caseworker = await CaseworkerAsync();

        await caseworker.SubmitAsync($"/Complaints/Admin/Case/{complaint.Id}", new Dictionary<string, string> { ["text"] = "Wij nemen contact op met de verzekeraar." }, $"/Complaints/Admin/Case/{complaint.Id}?handler=Reply");
        await caseworker.SubmitAsync($"/Complaints/Admin/Case/{complaint.Id}", new Dictionary<string, string> { ["text"] = "Lijkt op eerdere meldingen over deze verzekeraar." }, $"/Complaints/Admin/Case/{complaint.Id}?handler=Note");
        var read = await FollowUpAsync(receipt);
        var answered = await FollowUpAsync(receipt, "Dank je, ik wacht af.");

        Assert.Contains("Wij nemen contact op met de verzekeraar.", read, StringComparison.Ordinal);
        Assert.DoesNotContain("eerdere meldingen", read, StringComparison.Ordinal);
        Assert.Contains("Je bericht is verstuurd.", answered, StringComparison.Ordinal);
        var caseView = await caseworker.GetStringAsync($"/Complaints/Admin/Case/{complaint.Id}");
        Assert.Contains("Dank je, ik wacht af.", caseView, StringComparison.Ordinal);
        var nudge = Assert.Single(await _app.MailsToAsync(email));
        Assert.Equal("Er is een antwoord op je melding", nudge.Subject);
        Assert.DoesNotContain("verzekeraar", nudge.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(receipt, nudge.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_code_and_an_expired_code_get_the_same_answer()
    {
        var (receipt, _) = await ReportAsync(Report("Gemeente weigert vergunning.", ComplaintCategory.PermitOrRegistration, kind: OrganisationKind.Municipality));
        var wrong = await FollowUpAsync("1234 5678 9012 3456");
        var malformed = await FollowUpAsync("<script>");
        _app.Clock.Advance(TimeSpan.FromDays(181));
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            Assert.Equal(1, (await scope.ServiceProvider.GetRequiredService<ComplaintRetention>().RunAsync()).ReceiptsExpired);
        }
        var expired = await FollowUpAsync(receipt);

        const string message = "Dit bonnummer kennen we niet, of het is verlopen.";
        Assert.Contains(message, wrong, StringComparison.Ordinal);
        Assert.Contains(message, malformed, StringComparison.Ordinal);
        Assert.Contains(message, expired, StringComparison.Ordinal);
        Assert.DoesNotContain("Gemeente weigert", expired, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_receipt_code_is_explained_in_the_readers_language_in_the_summary_and_beside_the_field()
    {
        var browser = _app.CreateBrowser();
        await browser.GetAsync(Links.Href(await browser.GetStringAsync("/"), ".language-menu a[hreflang=pl]"));
        var polish = SiteTexts.In("pl", "Dit bonnummer kennen we niet, of het is verlopen. Controleer de cijfers, of doe een nieuwe melding.");

        var html = await (await browser.SubmitAsync("/Complaints/FollowUp", new Dictionary<string, string> { ["Code"] = "1234 5678 9012 3456" })).Content.ReadAsStringAsync();

        Assert.NotEqual("Dit bonnummer kennen we niet, of het is verlopen. Controleer de cijfers, of doe een nieuwe melding.", polish);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Equal([polish, polish], document.QuerySelectorAll(".error-summary li, .field-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
        Assert.DoesNotContain("Dit bonnummer kennen we niet", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_a_reporter_writes_is_not_readable_anywhere_in_the_database()
    {
        const string sentence = "Mijn huisbaas in de Schilderswijk zette mij eruit";
        var (receipt, _) = await ReportAsync(Report(sentence, ComplaintCategory.BusinessPremises, kind: OrganisationKind.LandlordOrHousing, email: "geheim-adres@example.org"));
        await FollowUpAsync(receipt, "Tweede zin die niemand mag lezen");
        var complaint = await OnlyComplaintAsync();
        var caseworker = await CaseworkerAsync();
        var casePage = $"/Complaints/Admin/Case/{complaint.Id}";
        await caseworker.SubmitAsync(casePage, new Dictionary<string, string> { ["text"] = "Antwoord dat alleen de melder leest" }, $"{casePage}?handler=Reply");

        // The reply's mail to the reporter is still waiting in the outbox.
        var text = await _app.EverythingInTheDatabaseAsync();
        var nudge = Assert.Single(await _app.MailsToAsync("geheim-adres@example.org"));
        var afterSending = await _app.EverythingInTheDatabaseAsync();

        Assert.Equal("Er is een antwoord op je melding", nudge.Subject);
        Assert.Contains("Er staat een nieuw bericht voor je klaar", nudge.TextBody, StringComparison.Ordinal);
        foreach (var copy in new[] { text, afterSending })
        {
            Assert.DoesNotContain("geheim-adres", copy, StringComparison.Ordinal);
            Assert.DoesNotContain("Er staat een nieuw bericht voor je klaar", copy, StringComparison.Ordinal);
            Assert.DoesNotContain("Antwoord dat alleen de melder leest", copy, StringComparison.Ordinal);
        }
        Assert.Contains("BusinessPremises", text, StringComparison.Ordinal);
        Assert.DoesNotContain(sentence, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tweede zin die niemand mag lezen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("geheim-adres", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Voorbeeldbank", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reporting_leaves_no_address_or_user_agent_in_the_logs()
    {
        var browser = _app.CreateBrowser();
        browser.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Melder-Agent-4411)");
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.23");
        var (receipt, _) = await ReportAsync(Report("Een melding over de politie.", ComplaintCategory.DiscriminationOrTreatment, kind: OrganisationKind.Police), browser);
        await FollowUpAsync(receipt);

        Assert.DoesNotContain(_app.Logs.Lines, line => line.Contains("Melder-Agent", StringComparison.Ordinal) || line.Contains("198.51.100.23", StringComparison.Ordinal));
        Assert.DoesNotContain(_app.Logs.Lines, line => line.Contains("Een melding over de politie", StringComparison.Ordinal) || line.Contains(receipt, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_caseworkers_open_cases_not_coordinators()
    {
        await ReportAsync(Report("Iets over mijn bank."));
        var complaint = await OnlyComplaintAsync();
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var member = await _app.SignInAsync(await _app.CreateAsync());

        foreach (var page in new[] { "/Complaints/Admin", $"/Complaints/Admin/Case/{complaint.Id}" })
        {
            var refused = await coordinator.GetAsync(page);
            Assert.Contains("/Accounts/AccessDenied", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);
            Assert.NotEqual(HttpStatusCode.OK, (await member.GetAsync(page)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await (await CaseworkerAsync()).GetAsync($"/Complaints/Admin/Case/{complaint.Id}")).StatusCode);
    }

    [Fact]
    public async Task Closing_needs_an_outcome_and_referral_needs_the_reporters_consent()
    {
        var (receipt, _) = await ReportAsync(Report("Hypotheek geweigerd.", ComplaintCategory.MortgageOrLoan));
        var complaint = await OnlyComplaintAsync();
        Guid partner;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var organisation = Inclusief.Web.Features.Organisations.Organisation.Register("Juridisch steunpunt", Inclusief.Web.Features.Organisations.OrganisationType.CareAndWelfare, null, null, _app.Clock.GetUtcNow().UtcDateTime);
            db.Add(organisation);
            await db.SaveChangesAsync();
            partner = organisation.Id;
        }
        var caseworker = await CaseworkerAsync();
        var url = $"/Complaints/Admin/Case/{complaint.Id}";

        var noOutcome = await caseworker.FollowAsync(await caseworker.SubmitAsync(url, new Dictionary<string, string> { ["status"] = "Closed" }, url + "?handler=Status"));
        var noConsent = await caseworker.FollowAsync(await caseworker.ForgeAsync(url, new Dictionary<string, string> { ["organisationId"] = partner.ToString() }, url + "?handler=Refer"));
        var reporter = _app.CreateBrowser();
        var code = new Dictionary<string, string> { ["Code"] = receipt };
        var reporterCase = await (await reporter.SubmitAsync("/Complaints/FollowUp", code)).Content.ReadAsStringAsync();
        var consent = await (await reporter.FormIn(reporterCase, "/Complaints/FollowUp", code, "/Complaints/FollowUp?handler=Consent").SubmitAsync(code)).Content.ReadAsStringAsync();
        var referred = await caseworker.FollowAsync(await caseworker.SubmitAsync(url, new Dictionary<string, string> { ["organisationId"] = partner.ToString() }, url + "?handler=Refer"));
        var closed = await caseworker.FollowAsync(await caseworker.SubmitAsync(url, new Dictionary<string, string> { ["status"] = "Closed", ["outcome"] = "Referred" }, url + "?handler=Status"));

        Assert.Contains("Kies de uitkomst als je de melding sluit.", noOutcome, StringComparison.Ordinal);
        Assert.Contains("alleen als de melder daar toestemming voor heeft gegeven", noConsent, StringComparison.Ordinal);
        Assert.Contains("We mogen je melding nu doorgeven", consent, StringComparison.Ordinal);
        Assert.Contains("doorverwezen naar Juridisch steunpunt", referred, StringComparison.Ordinal);
        Assert.Contains("Gesloten", closed, StringComparison.Ordinal);
        var stored = await OnlyComplaintAsync();
        Assert.Equal((ComplaintStatus.Closed, ComplaintOutcome.Referred, partner), (stored.Status, stored.Outcome, stored.ReferredToOrganisationId));
        await using var check = _app.Services.CreateAsyncScope();
        var actions = await check.ServiceProvider.GetRequiredService<AppDbContext>().Set<AuditEntry>().Where(a => a.SubjectId == complaint.Id.ToString()).Select(a => a.Action).ToListAsync();
        Assert.Contains("complaint-viewed", actions);
        Assert.Contains("complaint-referred", actions);
        Assert.Contains("complaint-status-changed", actions);
    }

    [Fact]
    public async Task A_year_after_closing_the_narrative_and_messages_are_removed_and_the_counts_remain()
    {
        var (receipt, _) = await ReportAsync(Report("Verhaal dat na een jaar weg moet."));
        var complaint = await OnlyComplaintAsync();
        var caseworker = await CaseworkerAsync();
        var url = $"/Complaints/Admin/Case/{complaint.Id}";
        await caseworker.SubmitAsync(url, new Dictionary<string, string> { ["text"] = "Antwoord" }, url + "?handler=Reply");
        await caseworker.SubmitAsync(url, new Dictionary<string, string> { ["status"] = "Closed", ["outcome"] = "InformationGiven" }, url + "?handler=Status");

        _app.Clock.Advance(TimeSpan.FromDays(364));
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            Assert.Equal(0, (await scope.ServiceProvider.GetRequiredService<ComplaintRetention>().RunAsync()).NarrativesRemoved);
        }
        _app.Clock.Advance(TimeSpan.FromDays(2));
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            Assert.Equal(1, (await scope.ServiceProvider.GetRequiredService<ComplaintRetention>().RunAsync()).NarrativesRemoved);
        }

        var stored = await OnlyComplaintAsync();
        Assert.Null(stored.EncryptedNarrative);
        Assert.Null(stored.ReceiptHash);
        Assert.Empty(stored.Messages);
        Assert.Equal(ComplaintCategory.BankAccount, stored.Category);
        Assert.Contains("Dit bonnummer kennen we niet", await FollowUpAsync(receipt), StringComparison.Ordinal);
        caseworker = await CaseworkerAsync();
        Assert.Contains("<td>1</td>", await caseworker.GetStringAsync("/Complaints/Signals"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_report_and_what_its_reporter_does_later_keep_the_day_not_the_time()
    {
        // Monday 14:37:13 UTC (15:37:13 in The Hague); the reporter comes back at 16:48:22 UTC and agrees to a referral.
        // The desk's texts are written on first use; that moment is not the report's.
        await _app.CreateBrowser().GetStringAsync("/Complaints");
        _app.Clock.Advance(new TimeSpan(3, 37, 13));
        var (receipt, _) = await ReportAsync(Report("Mijn bank zegt mijn rekening op.", email: Participants.UniqueEmail("melder")));
        _app.Clock.Advance(new TimeSpan(2, 11, 9));
        await FollowUpAsync(receipt, "Ik heb nog een vraag.");
        var browser = _app.CreateBrowser();
        var fields = new Dictionary<string, string> { ["Code"] = receipt };
        var casePage = await (await browser.SubmitAsync("/Complaints/FollowUp", fields)).Content.ReadAsStringAsync();
        var consented = await (await browser.FormIn(casePage, "/Complaints/FollowUp", fields, "/Complaints/FollowUp?handler=Consent").SubmitAsync(fields)).Content.ReadAsStringAsync();

        var everything = await _app.EverythingInTheDatabaseAsync();

        Assert.Contains("We mogen je melding nu doorgeven", consented, StringComparison.Ordinal);
        foreach (var moment in new[] { "14:37:13", "15:37:13", "16:48:22", "17:48:22" })
        {
            Assert.DoesNotContain(moment, everything, StringComparison.Ordinal);
        }
        var complaint = await OnlyComplaintAsync();
        Assert.Equal(new DateOnly(2026, 11, 23), complaint.ReceivedOn);
        Assert.Equal(1, complaint.ArrivalNumber);
        Assert.Equal(new DateOnly(2026, 11, 23), complaint.ReferralConsentOn);
        Assert.Equal([new DateOnly(2026, 11, 23)], complaint.Messages.Select(m => m.WrittenOn));
        // 180 days unused from Monday: to the end of Saturday 22 May 2027, whatever the hour of the last use.
        Assert.Equal(ProgrammeTime.StartOf(new DateOnly(2027, 5, 23)), complaint.ReceiptExpiresAt);
    }

    [Fact]
    public async Task Reports_sent_at_the_same_moment_get_their_own_place_in_the_day_and_the_list_keeps_day_then_arrival()
    {
        await ReportAsync(Report("Melding van maandag."));
        _app.Clock.Advance(TimeSpan.FromDays(1));
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => ReportAsync(Report($"Tegelijk verstuurd {i}."))));
        var caseworker = await CaseworkerAsync();

        var list = await caseworker.GetStringAsync("/Complaints/Admin");

        List<Complaint> complaints;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            complaints = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Complaint>().AsNoTracking().ToListAsync();
        }
        Assert.Equal(7, complaints.Count);
        Assert.Equal([1], complaints.Where(c => c.ReceivedOn == new DateOnly(2026, 11, 23)).Select(c => c.ArrivalNumber));
        Assert.Equal([1, 2, 3, 4, 5, 6], complaints.Where(c => c.ReceivedOn == new DateOnly(2026, 11, 24)).Select(c => c.ArrivalNumber).Order());
        var positions = complaints.OrderBy(c => c.ReceivedOn).ThenBy(c => c.ArrivalNumber).Select(c => list.IndexOf($"/Complaints/Admin/Case/{c.Id}", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("maandag 23 november 2026", list, StringComparison.Ordinal);
        Assert.DoesNotContain("om 12:00", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cases_without_a_first_response_by_the_end_of_the_third_working_day_are_overdue()
    {
        await ReportAsync(Report("Wil hulp bij mijn bank."));
        await ReportAsync(Report("Alleen tellen graag.", wish: ReporterWish.OnlyCounted));

        _app.Clock.Advance(TimeSpan.FromDays(2));
        var early = await (await CaseworkerAsync()).GetStringAsync("/Complaints/Admin");
        // Thursday 23:00 in The Hague (22:00 UTC): a report keeps its day only, so the third working day runs to midnight.
        _app.Clock.Advance(TimeSpan.FromDays(1.5) - TimeSpan.FromHours(1));
        var thursdayNight = await (await CaseworkerAsync()).GetStringAsync("/Complaints/Admin");
        _app.Clock.Advance(TimeSpan.FromHours(13));
        var caseworker = await CaseworkerAsync();
        var late = await caseworker.GetStringAsync("/Complaints/Admin?Overdue=true");

        Assert.DoesNotContain("wachten te lang", early, StringComparison.Ordinal);
        Assert.DoesNotContain("wachten te lang", thursdayNight, StringComparison.Ordinal);
        Assert.Contains("1 meldingen wachten te lang op een eerste reactie", late, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(late, "te laat</strong>"));
    }

    [Fact]
    public async Task The_public_signals_hide_numbers_below_five_and_staff_see_them_all()
    {
        for (var i = 0; i < 5; i++)
        {
            await ReportAsync(Report($"Bank {i}"));
        }
        await ReportAsync(Report("Verzekering 1", ComplaintCategory.Insurance, kind: OrganisationKind.Insurer));
        await ReportAsync(Report("Verzekering 2", ComplaintCategory.Insurance, kind: OrganisationKind.Insurer));
        await ReportAsync(Report("Privacy 1", ComplaintCategory.Privacy));
        // Public figures cover closed quarters only: into the next quarter.
        _app.Clock.Advance(TimeSpan.FromDays(43));

        var open = await _app.CreateBrowser().GetStringAsync("/Complaints/Signals");
        var csv = await _app.CreateBrowser().GetStringAsync("/Complaints/Signals?handler=Csv");
        var staff = await (await _app.SignInAsStaffAsync(StaffRoles.Coordinator)).GetStringAsync("/Complaints/Signals");

        Assert.Contains("<th scope=\"row\">Bankrekening geweigerd of opgezegd</th><td>5</td>", open, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Verzekering</th><td>&lt; 5</td>", open, StringComparison.Ordinal);
        Assert.Contains("\"Verzekering\",< 5", csv, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Verzekering</th><td>2</td>", staff, StringComparison.Ordinal);
        Assert.DoesNotContain("Bank 1", staff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_signals_show_closed_quarters_only_and_hide_the_complement_of_a_lone_small_cell()
    {
        for (var i = 0; i < 5; i++)
        {
            await ReportAsync(Report($"Bank {i}"));
        }
        await ReportAsync(Report("Verzekering", ComplaintCategory.Insurance, kind: OrganisationKind.Insurer));

        var live = await _app.CreateBrowser().GetStringAsync("/Complaints/Signals");
        _app.Clock.Advance(TimeSpan.FromDays(43));
        var closed = await _app.CreateBrowser().GetStringAsync("/Complaints/Signals");

        Assert.DoesNotContain("Bankrekening geweigerd of opgezegd</th>", live, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"total\">6</dd>", closed, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Verzekering</th><td>&lt; 5</td>", closed, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Bankrekening geweigerd of opgezegd</th><td>&lt; 5</td>", closed, StringComparison.Ordinal);
        Assert.Contains("tot en met 31 december 2026", closed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_gets_clear_messages_and_double_posts_file_one_complaint()
    {
        var browser = _app.CreateBrowser();
        var empty = await (await browser.SubmitAsync("/Complaints", new Dictionary<string, string> { ["Input.Narrative"] = "" })).Content.ReadAsStringAsync();
        var huge = await (await browser.SubmitAsync("/Complaints", Report(new string('x', 9000)))).Content.ReadAsStringAsync();
        var form = await browser.GetStringAsync("/Complaints");
        var fields = Report("<script>alert('x')</script> dubbel verstuurd");
        fields["Input.SubmissionKey"] = SubmissionKey().Match(form).Groups[1].Value;
        var first = await (await browser.SubmitAsync("/Complaints", fields)).Content.ReadAsStringAsync();
        var second = await (await browser.SubmitAsync("/Complaints", fields)).Content.ReadAsStringAsync();
        var robot = new Dictionary<string, string>(Report("spam")) { ["Input.Website"] = "http://spam.example" };
        var trapped = await (await browser.SubmitAsync("/Complaints", robot)).Content.ReadAsStringAsync();

        Assert.Contains("Vertel kort wat er is gebeurd.", empty, StringComparison.Ordinal);
        Assert.Contains("Kies waar je klacht over gaat.", empty, StringComparison.Ordinal);
        Assert.Contains("mag hoogstens 8000 tekens lang zijn", huge, StringComparison.Ordinal);
        Assert.Contains(new string('x', 9000), huge, StringComparison.Ordinal);
        Assert.Matches(ReceiptOnPage(), first);
        Assert.Contains("Deze melding hadden we al ontvangen", second, StringComparison.Ordinal);
        Assert.Matches(ReceiptOnPage(), trapped);
        var complaint = await OnlyComplaintAsync();
        var caseView = await (await CaseworkerAsync()).GetStringAsync($"/Complaints/Admin/Case/{complaint.Id}");
        Assert.DoesNotContain("<script>alert", caseView, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; dubbel verstuurd", caseView, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coordinators_rewrite_the_information_and_html_in_it_stays_text()
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        await coordinator.SubmitAsync("/Complaints/Admin/Guidance?Category=Privacy&Culture=nl", new Dictionary<string, string>
        {
            ["Category"] = "Privacy", ["Culture"] = "nl", ["Markdown"] = "## Nieuw kopje\nVraag **inzage** aan. <script>alert(1)</script>",
        });

        var (_, html) = await ReportAsync(Report("Mijn gegevens gelekt.", ComplaintCategory.Privacy));

        Assert.Contains("<h2>Nieuw kopje</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>inzage</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_queue_pages_through_every_open_case_urgent_first_then_high_then_normal()
    {
        // More cases than one page, arrived on one day in this order: normal, high, urgent, and fifty more normal ones.
        var ids = new List<Guid>();
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var priorities = new[] { ComplaintPriority.Normal, ComplaintPriority.High, ComplaintPriority.Urgent }.Concat(Enumerable.Repeat(ComplaintPriority.Normal, 50)).ToList();
            for (var i = 0; i < priorities.Count; i++)
            {
                var complaint = Complaint.Submit(Guid.NewGuid(), new Complaint.Report(OrganisationKind.BankOrPaymentProvider, null, ComplaintCategory.BankAccount, null, null,
                    ReporterWish.OnlyCounted, "versleuteld", null, null, null), $"receipt-{i}", _app.Clock.GetUtcNow().UtcDateTime.AddDays(180), null, "nl");
                complaint.Arrive(new DateOnly(2026, 11, 23), i + 1);
                complaint.Prioritise(priorities[i]);
                db.Add(complaint);
                ids.Add(complaint.Id);
            }
            await db.SaveChangesAsync();
        }
        var caseworker = await CaseworkerAsync();

        var first = await caseworker.GetStringAsync("/Complaints/Admin?Category=BankAccount");
        var second = await caseworker.FollowLinkAsync(first, "nav.pager a[rel=next]");
        var otherCategory = await caseworker.GetStringAsync("/Complaints/Admin?Category=Insurance");

        var onFirst = CaseLinks().Matches(first).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();
        var onSecond = CaseLinks().Matches(second).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();
        Assert.Contains("53 gevonden", first, StringComparison.Ordinal);
        Assert.Contains("Pagina 1 van 2", first, StringComparison.Ordinal);
        Assert.Contains("Pagina 2 van 2", second, StringComparison.Ordinal);
        Assert.Equal(50, onFirst.Count);
        Assert.Equal([ids[2], ids[1], ids[0], ids[3]], onFirst.Take(4));
        Assert.Equal(ids.Skip(50), onSecond);
        Assert.Equal(ids.Order(), onFirst.Concat(onSecond).Order());
        Assert.Contains("Category=BankAccount", Links.Href(first, "nav.pager a[rel=next]"), StringComparison.Ordinal);
        Assert.Contains("0 gevonden", otherCategory, StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"/Complaints/Admin/Case/([0-9a-f-]{36})\"")]
    private static partial Regex CaseLinks();

    [GeneratedRegex("name=\"Input.SubmissionKey\" value=\"([^\"]+)\"")]
    private static partial Regex SubmissionKey();

    [GeneratedRegex("data-testid=\"receipt\">([0-9 ]+)<")]
    private static partial Regex ReceiptOnPage();

    public void Dispose() => _app.Dispose();
}
