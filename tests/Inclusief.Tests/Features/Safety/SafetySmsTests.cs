using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Safety;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Features.Safety;

/// <summary>A member adds a mobile number with the code it receives, and a warning then reaches the phone once, without a word about it.</summary>
[Collection(KannelListeningFactory.Collection)]
public sealed class SafetySmsTests : IDisposable
{
    private readonly Factory _app = new();

    private sealed class ListeningFactory : KannelListeningFactory
    {
        // Hosts restricted to the public one, as outside Development: Kannel calls by 127.0.0.1 all the same.
        protected override Dictionary<string, string?> MoreSettings => new() { ["Safety:RequireSecondApproval"] = "false", ["AllowedHosts"] = "inclusief.example.nl" };
    }

    private sealed class Factory : AppFactory
    {
        protected override Dictionary<string, string?> ExtraSettings => new(FakeSmsc.Settings()) { ["Safety:RequireSecondApproval"] = "false" };
    }

    public void Dispose() => _app.Dispose();

    private static async Task<(HttpClient Member, string Email, string E164, string SmsPage, HttpClient Moderator, HttpResponseMessage Refused, HttpResponseMessage Verified)> MemberWithNumberAsync(AppFactory app)
    {
        var email = Participants.UniqueEmail("lid");
        var member = await app.SignInAsync(await app.CreateAsync(email: email, emailConfirmed: true));
        await member.SubmitAsync("/Safety/Join", new Dictionary<string, string> { ["WorkingName"] = "Roos", ["Email"] = email, ["Regions"] = "Zuid-Holland" });
        var moderator = await app.SignInAsStaffAsync(StaffRoles.SafetyModerator);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var id = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SafetyMember>().Select(m => m.Id).SingleAsync();
            await moderator.SubmitAsync("/Safety/Admin/Members", new Dictionary<string, string> { ["memberId"] = id.ToString(), ["approve"] = "true" });
        }
        var e164 = $"+3161{Random.Shared.Next(1_000_000, 9_999_999)}";
        var smsPage = Links.Href(await member.GetStringAsync("/Safety/Join"), "a[href='/Safety/Sms']")!;

        var refused = await member.SubmitAsync(smsPage, new Dictionary<string, string> { ["Typed"] = "070 123 4567" }, "/Safety/Sms?handler=SendCode");
        await member.SubmitAsync(smsPage, new Dictionary<string, string> { ["Typed"] = $"0{e164[3..]}" }, "/Safety/Sms?handler=SendCode");
        await app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();
        var codeSms = Assert.Single(await FakeSmsc.WaitForNumberAsync(e164));
        var code = System.Text.RegularExpressions.Regex.Match(codeSms.Text, @"\b\d{6}\b").Value;
        var verified = await member.SubmitAsync(smsPage, new Dictionary<string, string> { ["Code"] = code }, "/Safety/Sms?handler=Verify");
        return (member, email, e164, smsPage, moderator, refused, verified);
    }

    /// <summary>A report that wants others warned, published by the moderator as a warning in Zuid-Holland.</summary>
    private async Task PublishWarningAsync(HttpClient moderator)
    {
        var reporter = _app.CreateBrowser();
        await reporter.SubmitAsync("/Safety/Report", new Dictionary<string, string>
        {
            ["Input.Type"] = "PhysicalViolence", ["Input.Region"] = "Zuid-Holland", ["Input.Narrative"] = "Hij sloeg mij.", ["Input.WarnOthers"] = "true",
        });
        Guid reportId;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            reportId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SafetyReport>().Select(r => r.Id).SingleAsync();
        }
        var reportPage = $"/Safety/Admin/Report/{reportId}";
        await moderator.SubmitAsync(reportPage, new Dictionary<string, string> { ["text"] = "Gewelddadige klant.", ["severity"] = "Danger", ["regions"] = "Zuid-Holland" }, $"{reportPage}?handler=Warn");
    }

    [Fact]
    public async Task A_member_verifies_a_number_and_a_warning_reaches_it_once_in_neutral_words()
    {
        var (member, email, e164, smsPage, moderator, refused, verified) = await MemberWithNumberAsync(_app);
        var page = System.Net.WebUtility.HtmlDecode(await member.GetStringAsync(smsPage));

        await PublishWarningAsync(moderator);
        await _app.MailsToAsync(email);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            // The fan-out run again (a retry after a crash) texts nobody twice.
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            scope.ServiceProvider.GetRequiredService<Outbox>().Enqueue(WarningFanOut.OutboxKind, new WarningFanOut.Job(await db.Set<SafetyWarning>().Select(w => w.Id).SingleAsync(), "http://localhost"));
            await db.SaveChangesAsync();
        }
        await _app.MailsToAsync(email);
        await _app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();

        Assert.Contains("Dit is geen mobiel nummer.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, verified.StatusCode);
        Assert.Contains($"Je krijgt een sms op +31 •••••••{e164[^2..]}.", page, StringComparison.Ordinal);
        // Read aloud without the bullets.
        Assert.Contains($"<span class=\"visually-hidden\">Je krijgt een sms op het nummer dat eindigt op {e164[^2..]}.</span>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(e164[3..], page, StringComparison.Ordinal);
        var texts = await FakeSmsc.WaitForNumberAsync(e164);
        Assert.Equal(2, texts.Count);
        var alert = texts[1];
        Assert.Equal($"Inclusief {e164}", alert.Envelope);
        Assert.StartsWith("Er staat een nieuw bericht voor je klaar op http://localhost", alert.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("aarschuwing", alert.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Safety", alert.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_alert_still_waiting_when_the_member_removes_the_number_is_not_texted()
    {
        var (member, _, e164, smsPage, moderator, _, _) = await MemberWithNumberAsync(_app);
        await PublishWarningAsync(moderator);
        // One round runs the fan-out; the alerts it queues wait for the next.
        await _app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();
        int waiting;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            waiting = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>().CountAsync(m => m.Kind == WarningAlert.OutboxKind && m.ProcessedAt == null);
        }
        var removed = await member.SubmitAsync(smsPage, new Dictionary<string, string>(), "/Safety/Sms?handler=Stop");
        await _app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();

        // One alert by mail, one by SMS.
        Assert.Equal(2, waiting);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, removed.StatusCode);
        var texts = await FakeSmsc.WaitForNumberAsync(e164);
        Assert.Single(texts, t => t.Text.Contains("Je code is", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Text.Contains("Er staat een nieuw bericht", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reporter_who_leaves_a_number_hears_by_SMS_that_a_moderator_left_a_message_and_moderators_never_see_the_number()
    {
        var e164 = $"+3163{Random.Shared.Next(1_000_000, 9_999_999)}";
        var reporter = _app.CreateBrowser();
        var form = await reporter.GetStringAsync("/Safety/Report");
        await reporter.SubmitAsync("/Safety/Report", new Dictionary<string, string>
        {
            ["Input.Type"] = "PhysicalViolence", ["Input.Region"] = "Zuid-Holland", ["Input.Narrative"] = "Hij sloeg mij.", ["Input.SmsNumber"] = $"06 {e164[4..]}",
        });
        var moderator = await _app.SignInAsStaffAsync(StaffRoles.SafetyModerator);
        Guid reportId;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            reportId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SafetyReport>().Select(r => r.Id).SingleAsync();
        }
        var reportPage = $"/Safety/Admin/Report/{reportId}";
        var seen = await moderator.GetStringAsync(reportPage);
        await moderator.SubmitAsync(reportPage, new Dictionary<string, string> { ["message"] = "Bel SHOP gerust." }, $"{reportPage}?handler=Handle");
        await _app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();

        Assert.Contains("Jouw mobiele nummer, voor een sms als we je een bericht sturen", form, StringComparison.Ordinal);
        Assert.DoesNotContain(e164[4..], seen, StringComparison.Ordinal);
        var nudge = Assert.Single(await FakeSmsc.WaitForNumberAsync(e164));
        Assert.Equal("Er staat een nieuw bericht voor je klaar op http://localhost Geen sms meer? Antwoord STOP.", nudge.Text);
    }

    [Fact]
    public async Task A_reply_STOP_ends_the_alerts_at_once_erases_the_number_and_is_confirmed()
    {
        using var app = new ListeningFactory();
        // The member's number is added in the database: adding it through the pages is the test above (over Kestrel's plain
        // HTTP the sign-in's secure cookies would not come back).
        var e164 = $"+3161{Random.Shared.Next(1_000_000, 9_999_999)}";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var user = await app.CreateAsync();
            var member = SafetyMember.Apply(user.Id, "Roos", services.GetRequiredService<Inclusief.Web.Infrastructure.Crypto.FieldCipher>().Encrypt("roos@example.org", SafetyMember.CipherPurpose),
                ["Zuid-Holland"], WorkContext.None, null, TimeProvider.System.GetUtcNow().UtcDateTime);
            var number = Inclusief.Web.Infrastructure.Sms.MobileNumber.Parse(e164)!;
            member.UsePhone(services.GetRequiredService<Inclusief.Web.Infrastructure.Crypto.FieldCipher>().Encrypt(e164, SafetyMember.CipherPurpose),
                number.KeyWith(services.GetRequiredService<Inclusief.Web.Infrastructure.Crypto.MasterKey>(), SafetyMember.SmsScope), SmsWording.Neutral);
            services.GetRequiredService<AppDbContext>().Add(member);
            // The same number left with a complaint and a safety report, and for an event's reminder.
            var masterKey = services.GetRequiredService<Inclusief.Web.Infrastructure.Crypto.MasterKey>();
            var complaint = Inclusief.Web.Features.Complaints.Complaint.Submit(Guid.NewGuid(), new Inclusief.Web.Features.Complaints.Complaint.Report(
                Inclusief.Web.Features.Complaints.OrganisationKind.BankOrPaymentProvider, null, Inclusief.Web.Features.Complaints.ComplaintCategory.BankAccount, null, null,
                Inclusief.Web.Features.Complaints.ReporterWish.IndividualSupport, "x", null, "x", number.KeyWith(masterKey, Inclusief.Web.Features.Complaints.Complaint.SmsScope)), "receipt", TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(1), null, "nl");
            var report = SafetyReport.Submit(Guid.NewGuid(), new SafetyReport.Account(IncidentType.PhysicalViolence, null, "Zuid-Holland", WorkContext.None, "x", null, null, null, false, false, false), [], null, null);
            report.TextMeAt("x", number.KeyWith(masterKey, SafetyReport.SmsScope), "nl");
            services.GetRequiredService<AppDbContext>().AddRange(complaint, report);
            await services.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }
        var ev = await app.PlanEventAsync(5, TimeProvider.System.GetUtcNow().UtcDateTime, startsIn: TimeSpan.FromDays(3));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var registration = Inclusief.Web.Features.Events.EventRegistration.Create(ev.Id, new("Jade", "jade@example.org", null, null, null, "nl", null), Inclusief.Web.Features.Events.Seat.General, 1, TimeProvider.System.GetUtcNow().UtcDateTime);
            registration.TextMeAt("x", Inclusief.Web.Infrastructure.Sms.MobileNumber.Parse(e164)!.KeyWith(scope.ServiceProvider.GetRequiredService<Inclusief.Web.Infrastructure.Crypto.MasterKey>(), Inclusief.Web.Features.Events.EventRegistration.SmsScope));
            db.Add(registration);
            await db.SaveChangesAsync();
        }

        using var kannel = new HttpClient();
        var sent = await kannel.GetStringAsync($"{FakeSmsc.MoUrl}&from={Uri.EscapeDataString(e164)}&to=1234&text=Stop");
        string? stored = "";
        for (var i = 0; i < 100 && stored is not null; i++)
        {
            await Task.Delay(100);
            await using var scope = app.Services.CreateAsyncScope();
            stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SafetyMember>().Select(m => m.EncryptedPhone).SingleAsync();
        }
        await app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();
        var texts = await FakeSmsc.WaitForAsync("Je krijgt geen sms meer van ons.");

        // A text queued after the STOP (a form given the number again) stays unsent; a second STOP is not confirmed again.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<Inclusief.Web.Infrastructure.Sms.Texter>().Queue(
                new Inclusief.Web.Infrastructure.Sms.SmsMessage(e164, "Na STOP", Inclusief.Web.Infrastructure.Sms.SmsPurpose.SafetyWarning));
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }
        var again = await kannel.GetStringAsync($"{FakeSmsc.MoUrl}&from={Uri.EscapeDataString(e164[1..])}&to=1234&text=STOP");
        await Task.Delay(1000);
        await app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();

        Assert.Equal("Sent.", sent.Trim());
        Assert.Equal("Sent.", again.Trim());
        Assert.Null(stored);
        Assert.Single(await FakeSmsc.WaitForAsync("Je krijgt geen sms meer van ons."), t => t.Envelope == $"Inclusief {e164}");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var deliveries = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Inclusief.Web.Infrastructure.Sms.SmsDelivery>().Select(d => d.Purpose).ToListAsync();
            Assert.Equal([Inclusief.Web.Infrastructure.Sms.SmsPurpose.StopConfirmation], deliveries);
        }
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Null(await db.Set<Inclusief.Web.Features.Complaints.Complaint>().Select(c => c.SmsKey).SingleAsync());
            Assert.Null(await db.Set<SafetyReport>().Select(r => r.EncryptedSmsNumber).SingleAsync());
            Assert.Null(await db.Set<Inclusief.Web.Features.Events.EventRegistration>().Select(r => r.SmsKey).SingleAsync());
        }
        Assert.Contains(texts, t => t.Envelope == $"Inclusief {e164}");
    }

    [Fact]
    public async Task A_STOP_in_a_language_of_the_site_is_confirmed_in_that_language_and_STOP_itself_in_Dutch_and_English()
    {
        using var app = new ListeningFactory();
        // Listening before Kannel calls.
        app.StartServer();
        var bulgarian = $"+3162{Random.Shared.Next(1_000_000, 9_999_999)}";
        var plain = $"+3163{Random.Shared.Next(1_000_000, 9_999_999)}";
        using var kannel = new HttpClient();

        await kannel.GetStringAsync($"{FakeSmsc.MoUrl}&from={Uri.EscapeDataString(bulgarian)}&to=1234&text={Uri.EscapeDataString("стоп")}");
        await kannel.GetStringAsync($"{FakeSmsc.MoUrl}&from={Uri.EscapeDataString(plain)}&to=1234&text=STOP");
        var stopped = 0;
        for (var i = 0; i < 100 && stopped < 2; i++)
        {
            await Task.Delay(100);
            await using var scope = app.Services.CreateAsyncScope();
            stopped = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Inclusief.Web.Infrastructure.Sms.StoppedNumber>().CountAsync();
        }
        await app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();

        Assert.Equal("Няма да получаваш повече SMS от нас.", Assert.Single(await FakeSmsc.WaitForNumberAsync(bulgarian)).Text);
        Assert.Equal("Je krijgt geen sms meer van ons. You will get no more texts from us.", Assert.Single(await FakeSmsc.WaitForNumberAsync(plain)).Text);
    }

    private sealed class ElsewhereFactory : KannelListeningFactory
    {
        // The gateway is said to call from another machine: Kannel here, on loopback, is then a stranger with the secret.
        protected override Dictionary<string, string?> MoreSettings => new() { ["Sms:GatewayAddresses"] = "192.0.2.1" };
    }

    [Fact]
    public async Task A_call_with_the_secret_from_an_address_that_is_not_the_gateways_changes_nothing()
    {
        using var app = new ElsewhereFactory();
        app.StartServer();
        var number = $"+3164{Random.Shared.Next(1_000_000, 9_999_999)}";
        using var kannel = new HttpClient();

        var sent = await kannel.GetStringAsync($"{FakeSmsc.MoUrl}&from={Uri.EscapeDataString(number)}&to=1234&text=STOP");
        var answer = await app.CreateClient().GetAsync($"{Inclusief.Web.Infrastructure.Sms.SmsInbound.Path}?secret={FakeSmsc.InboundSecret}&from={Uri.EscapeDataString(number)}&text=STOP");
        // Kannel answers a refused call itself, with its own words: the site's refusal has arrived.
        var kannelsAnswer = await FakeSmsc.WaitForNumberAsync(number);

        Assert.Equal("Sent.", sent.Trim());
        Assert.Equal("Could not fetch content, sorry.", Assert.Single(kannelsAnswer).Text);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, answer.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Inclusief.Web.Infrastructure.Sms.StoppedNumber>().CountAsync());
    }
}
