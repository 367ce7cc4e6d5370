using System.Net;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Complaints;
using Inclusief.Web.Features.Evaluations;
using Inclusief.Web.Features.Events;
using Inclusief.Web.Features.Feedback;
using Inclusief.Web.Features.Organisations;
using Inclusief.Web.Features.Participation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Inclusief.Tests.Support.FigureTables;

namespace Inclusief.Tests.Features.Evaluations;

public sealed class EvaluationTests : IDisposable
{
    private readonly Factory _app = new();

    private sealed class Factory : AppFactory
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 2, 1, 10, 0, 0, TimeSpan.Zero));

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }

    public void Dispose() => _app.Dispose();

    private static DateTime Utc(int year, int month, int day) => new(year, month, day, 12, 0, 0, DateTimeKind.Utc);

    private static readonly Dictionary<string, string> Period = new() { ["Input.Title"] = "Weegmoment na twee jaar", ["Input.From"] = "2025-01-01", ["Input.To"] = "2026-12-31" };

    /// <summary>Six bank complaints in 2025 and two about insurance; one about insurance in 2026.</summary>
    private async Task<Organisation> SeedAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var care = Organisation.Register("Zorg aan Zee", OrganisationType.CareAndWelfare, null, null, Utc(2024, 5, 1));
        care.MakePartner(new DateOnly(2024, 6, 1));
        db.Add(care);
        db.AddRange(Enumerable.Range(1, 6).Select(n => Support.Complaints.Received(ComplaintCategory.BankAccount, new DateOnly(2025, 2, n))));
        db.AddRange(Support.Complaints.Received(ComplaintCategory.Insurance, new DateOnly(2025, 5, 1)), Support.Complaints.Received(ComplaintCategory.Insurance, new DateOnly(2025, 5, 2)),
            Support.Complaints.Received(ComplaintCategory.Insurance, new DateOnly(2026, 3, 1)));
        await db.SaveChangesAsync();
        return care;
    }

    private async Task<AppUser> PartnerContactAsync(Organisation organisation)
    {
        var contact = await _app.CreateAsync(email: Participants.UniqueEmail("partner"), emailConfirmed: true);
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var participant = Participant.SignUp(Guid.NewGuid(), ParticipationForm.Partner, contact.Id,
            new Participant.Details("Sam", contact.Email!, null, "nl", organisation.Id, null, null, ExpertOffer.None, null), [], Utc(2024, 7, 1));
        participant.Activate(Utc(2024, 7, 2));
        db.Add(participant);
        await db.SaveChangesAsync();
        return contact;
    }

    /// <summary>Opens an evaluation through the coordinators' form as rendered; the address of its page.</summary>
    private static async Task<string> OpenAsync(HttpClient coordinator, Dictionary<string, string>? fields = null)
    {
        var opened = await coordinator.SubmitAsync("/Evaluations/Admin", fields ?? Period);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        return opened.Headers.Location!.OriginalString;
    }

    private static async Task<string> DocumentAsync(HttpClient client, string adminPage) =>
        Links.Href(await client.GetStringAsync(adminPage), "a.button[href^='/Evaluations/Document/']")!;

    private async Task AddComplaintAsync(ComplaintCategory category, DateOnly on)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(Support.Complaints.Received(category, on));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_coordinator_opens_an_evaluation_whose_figures_stay_as_frozen_until_frozen_again()
    {
        await SeedAsync();
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var admin = await OpenAsync(coordinator);
        Assert.Contains("Het weegmoment is geopend; de cijfers van de periode zijn vastgelegd.", await coordinator.GetStringAsync(admin), StringComparison.Ordinal);
        var document = await DocumentAsync(coordinator, admin);

        var page = Parse(await coordinator.GetStringAsync(document));
        Assert.Equal("9 meldingen bij de klachtenbalie; de meeste over Bankrekening geweigerd of opgezegd (6).", Summary(page, "klachten"));
        Assert.Equal(13, page.QuerySelectorAll("section.figure[id^='figure-']").Count(f => !f.Id!.StartsWith("figure-20", StringComparison.Ordinal)));
        Assert.Equal("Hierover is nog niet besloten; de tekst kan nog veranderen.", page.QuerySelector("[data-testid=decision-line]")!.TextContent.Trim());

        await AddComplaintAsync(ComplaintCategory.Insurance, new DateOnly(2026, 11, 1));
        Assert.Equal("9 meldingen bij de klachtenbalie; de meeste over Bankrekening geweigerd of opgezegd (6).", Summary(Parse(await coordinator.GetStringAsync(document)), "klachten"));

        var refrozen = await coordinator.SubmitAsync(admin, new Dictionary<string, string>(), action: $"{admin}?handler=Refreeze");
        Assert.Equal(HttpStatusCode.Redirect, refrozen.StatusCode);
        Assert.Equal("10 meldingen bij de klachtenbalie; de meeste over Bankrekening geweigerd of opgezegd (6).", Summary(Parse(await coordinator.GetStringAsync(document)), "klachten"));
    }

    [Fact]
    public async Task Opening_the_same_period_twice_finds_the_open_evaluation_instead_of_a_second()
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var form = await coordinator.OpenFormAsync("/Evaluations/Admin", Period);
        var first = await form.SubmitAsync(Period);
        var second = await form.SubmitAsync(Period);

        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Contains("Over deze periode is al een weegmoment open; je ziet het hier.", await coordinator.FollowAsync(second), StringComparison.Ordinal);
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<ProgrammeEvaluationPoint>().CountAsync());
    }

    [Theory]
    [InlineData("2026-01-01", "2025-01-01", "De einddatum ligt voor de begindatum.")]
    [InlineData("2025-01-01", "2027-03-01", "Een weegmoment gaat over een periode die voorbij is: kies een einddatum tot en met vandaag.")]
    [InlineData("1999-01-01", "2000-01-01", "Kies een begindatum vanaf het jaar 2000.")]
    [InlineData("", "2026-12-31", "Kies de eerste dag van de periode.")]
    public async Task A_period_that_cannot_be_weighed_is_refused_with_the_reason(string from, string to, string reason)
    {
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var refused = await coordinator.SubmitAsync("/Evaluations/Admin", new Dictionary<string, string>(Period) { ["Input.From"] = from, ["Input.To"] = to });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(reason, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<ProgrammeEvaluationPoint>().CountAsync());
    }

    [Fact]
    public async Task Invited_partners_read_the_public_year_figures_and_give_their_organisations_view_until_the_decision()
    {
        var care = await SeedAsync();
        var contact = await PartnerContactAsync(care);
        var member = await _app.CreateAsync(email: Participants.UniqueEmail("member"), emailConfirmed: true);
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var admin = await OpenAsync(coordinator);
        var document = await DocumentAsync(coordinator, admin);
        var partner = await _app.SignInAsync(contact);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync(document)).StatusCode);

        var invited = await coordinator.SubmitAsync(admin, new Dictionary<string, string>(), action: $"{admin}?handler=Invite");
        Assert.Contains("Uitnodigingen verstuurd: 1.", await coordinator.FollowAsync(invited), StringComparison.Ordinal);
        var mail = Assert.Single(await _app.MailsToAsync(contact.Email!));
        Assert.Equal("Geef je visie op het weegmoment", mail.Subject);
        Assert.Equal(document, mail.LinkTo("/Evaluations/Document/"));

        var page = Parse(await partner.GetStringAsync(document));
        // The period's own figures are the coordinators'; partners read each closed year as the public does.
        Assert.Null(page.QuerySelector("#figure-klachten"));
        Assert.Equal("8 meldingen bij de klachtenbalie; de meeste over Bankrekening geweigerd of opgezegd (6).", Summary(page, "2025-klachten"));
        Assert.Equal("< 5 meldingen bij de klachtenbalie in deze periode.", Summary(page, "2026-klachten"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await _app.SignInAsync(member)).GetAsync(document)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateClient().GetAsync(document)).StatusCode);

        var viewPage = Links.Href(await partner.GetStringAsync(document), "a[href^='/Evaluations/GiveView/']")!;
        var given = await partner.SubmitAsync(viewPage, new Dictionary<string, string> { ["Text"] = "De **klachtenbalie** hielp onze cliënten." });
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        var withView = Parse(await partner.FollowAsync(given));
        Assert.Equal("De visie van je organisatie staat in het weegmoment.", withView.QuerySelector(".notice")!.TextContent);
        var view = withView.QuerySelector("section.partner-view")!;
        Assert.Equal("Zorg aan Zee", view.QuerySelector("h3")!.TextContent);
        Assert.Equal("klachtenbalie", view.QuerySelector("strong")!.TextContent);

        // The form was open while the coordinators decided.
        var staleView = await partner.OpenFormAsync(viewPage);
        await coordinator.SubmitAsync(admin, new Dictionary<string, string> { ["Decision"] = "Continue", ["Reasons"] = "Het werkt." }, action: $"{admin}?handler=Decide");
        var lateView = await staleView.SubmitAsync(new Dictionary<string, string> { ["Text"] = "Nog een aanvulling." });
        Assert.Equal(HttpStatusCode.OK, lateView.StatusCode);
        var lateForm = Parse(await lateView.Content.ReadAsStringAsync());
        Assert.Contains("zolang er over het weegmoment nog niet is besloten", lateForm.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Nog een aanvulling.", lateForm.QuerySelector("textarea[name=Text]")!.TextContent.Trim());
        var late = await partner.GetAsync(viewPage);
        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        Assert.Contains("Een visie geven kan alleen namens een partnerorganisatie, zolang er over het weegmoment nog niet is besloten.", await partner.FollowAsync(late), StringComparison.Ordinal);
        Assert.Null(Links.Href(await partner.GetStringAsync(document), "a[href^='/Evaluations/GiveView/']"));
    }

    [Fact]
    public async Task The_decision_needs_its_reasons_and_for_a_change_of_course_the_changes_after_which_the_document_is_fixed()
    {
        await SeedAsync();
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var admin = await OpenAsync(coordinator);
        var written = await coordinator.SubmitAsync(admin, new Dictionary<string, string> { ["WhatWorked"] = "De klachtenbalie.", ["WhatDidNotWork"] = "Het bereik onder studenten." },
            action: $"{admin}?handler=Write");
        Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);

        var noChanges = await coordinator.SubmitAsync(admin, new Dictionary<string, string> { ["Decision"] = "Adjust", ["Reasons"] = "Te weinig bereik." }, action: $"{admin}?handler=Decide");
        Assert.Equal(HttpStatusCode.OK, noChanges.StatusCode);
        Assert.Contains("Schrijf welke veranderingen zijn afgesproken.", await noChanges.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var noDecision = await coordinator.SubmitAsync(admin, new Dictionary<string, string> { ["Reasons"] = "Te weinig bereik." }, action: $"{admin}?handler=Decide");
        var refusedPage = Parse(await noDecision.Content.ReadAsStringAsync());
        Assert.Contains("Kies een besluit uit de lijst.", refusedPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        // The refused form keeps what was typed; the narrative shows what is saved, not empty boxes to be saved empty.
        Assert.Equal("Te weinig bereik.", refusedPage.QuerySelector("textarea[name=Reasons]")!.TextContent.Trim());
        Assert.Equal("De klachtenbalie.", refusedPage.QuerySelector("textarea[name=WhatWorked]")!.TextContent.Trim());

        var decided = await coordinator.SubmitAsync(admin, new Dictionary<string, string>
            { ["Decision"] = "Adjust", ["Reasons"] = "Te weinig bereik.", ["Changes"] = "Spreekuren op de hogeschool." }, action: $"{admin}?handler=Decide");
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var adminPage = await coordinator.FollowAsync(decided);
        Assert.Contains("Het besluit is vastgelegd. Het document verandert niet meer.", adminPage, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Write", adminPage, StringComparison.Ordinal);

        var forged = await coordinator.ForgeAsync(admin, new Dictionary<string, string> { ["WhatWorked"] = "Alles.", ["Version"] = "99" }, $"{admin}?handler=Write");
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("Over dit weegmoment is al besloten; het document verandert niet meer.", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var document = Parse(await coordinator.GetStringAsync(await DocumentAsync(coordinator, admin)));
        Assert.Equal("Besluit: Bijsturen", document.QuerySelector("#decision")!.TextContent);
        Assert.Contains("Spreekuren op de hogeschool.", document.QuerySelector("#decision")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("De klachtenbalie.", document.QuerySelector("#worked + .prose")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_save_on_a_page_another_coordinator_changed_meanwhile_is_refused_and_the_text_stays_in_the_form()
    {
        await SeedAsync();
        var first = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var second = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var admin = await OpenAsync(first);
        var stale = await second.OpenFormAsync(admin, action: $"{admin}?handler=Write");

        await first.SubmitAsync(admin, new Dictionary<string, string> { ["WhatWorked"] = "Eerste versie." }, action: $"{admin}?handler=Write");
        var refused = await stale.SubmitAsync(new Dictionary<string, string> { ["WhatWorked"] = "Tweede versie." });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Dit weegmoment is intussen gewijzigd.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Tweede versie.", page.QuerySelector("textarea[name=WhatWorked]")!.TextContent.Trim());
        Assert.Equal("Eerste versie.", (await Document(admin)).WhatWorked);
        // The form now carries the version it shows: saving again is a deliberate overwrite.
        var again = await second.FormIn(await refused.Content.ReadAsStringAsync(), admin, action: $"{admin}?handler=Write")
            .SubmitAsync(new Dictionary<string, string> { ["WhatWorked"] = "Tweede versie." });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Tweede versie.", (await Document(admin)).WhatWorked);
    }

    private async Task<ProgrammeEvaluationPoint> Document(string admin)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var id = Guid.Parse(admin.Split('/').Last());
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<ProgrammeEvaluationPoint>().AsNoTracking().SingleAsync(e => e.Id == id);
    }

    [Fact]
    public async Task A_published_evaluation_is_public_with_the_year_figures_and_only_public_events_write_ups()
    {
        await SeedAsync();
        var now = _app.Clock.GetUtcNow().UtcDateTime;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var round = FeedbackRound.Open(new FeedbackRound.Draft("Ronde over de handreiking", "Wat vind je ervan?", FeedbackAudience.Everyone, null, null, Utc(2026, 3, 1)),
                "coordinator", [("Wat mist er?", QuestionKind.OpenText, [])], Utc(2026, 2, 1));
            round.PublishResponse("We voegen een hoofdstuk over banken toe.", Utc(2026, 3, 10));
            db.Add(round);
            await db.SaveChangesAsync();
        }
        var open = await _app.PlanEventAsync(30, Utc(2026, 4, 1));
        var closed = await _app.PlanEventAsync(30, Utc(2026, 4, 1), audience: EventAudience.Members);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Set<Event>().SingleAsync(e => e.Id == open.Id)).PublishWriteUp("Veertig mensen spraken over huisvesting.", null, null, null, Utc(2026, 5, 1));
            (await db.Set<Event>().SingleAsync(e => e.Id == closed.Id)).PublishWriteUp("Alleen voor leden: een gesprek met de bank.", null, null, null, Utc(2026, 5, 1));
            await db.SaveChangesAsync();
        }
        var coordinator = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var admin = await OpenAsync(coordinator);
        var form = Parse(await coordinator.GetStringAsync(admin));
        var sources = form.QuerySelectorAll("input[name=Included]").Select(i => i.GetAttribute("value")!).ToList();
        Assert.Equal(3, sources.Count);
        var write = await coordinator.OpenFormAsync(admin, action: $"{admin}?handler=Write");
        Assert.Equal(HttpStatusCode.Redirect, (await write.SubmitAsync([new("WhatParticipantsSaid", "Ze vroegen om meer bijeenkomsten."), .. sources.Select(s => new KeyValuePair<string, string>("Included", s))])).StatusCode);
        var document = await DocumentAsync(coordinator, admin);
        var full = await coordinator.GetStringAsync(document);
        Assert.Equal(3, Parse(full).QuerySelectorAll("[data-testid=quoted-source]").Length);

        var visitor = _app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(document)).StatusCode);
        var early = await coordinator.ForgeAsync(admin, new Dictionary<string, string> { ["Version"] = Parse(await coordinator.GetStringAsync(admin)).QuerySelector("input[name=Version]")!.GetAttribute("value")! }, $"{admin}?handler=Publish");
        Assert.Contains("Publiceer een weegmoment pas als het besluit is vastgelegd.", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await coordinator.SubmitAsync(admin, new Dictionary<string, string> { ["Decision"] = "Continue", ["Reasons"] = "Het bereik groeit." }, action: $"{admin}?handler=Decide");
        var published = await coordinator.SubmitAsync(admin, new Dictionary<string, string>(), action: $"{admin}?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var impact = await visitor.GetStringAsync("/Impact");
        var link = Links.Href(impact, "[data-testid=evaluations] a")!;
        Assert.Equal(document, link);
        var page = Parse(await visitor.GetStringAsync(link));
        Assert.Equal("Veertig mensen spraken over huisvesting.", Assert.Single(page.QuerySelectorAll("[data-testid=quoted-source] blockquote")).TextContent);
        Assert.DoesNotContain("hoofdstuk over banken", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Alleen voor leden", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#figure-klachten"));
        Assert.Equal(["Kwartaal | " + string.Join(" | ", Enum.GetValues<ComplaintCategory>().Select(ComplaintLabels.Label)),
            "2025-K1 | 6 | " + string.Join(" | ", Enumerable.Repeat("< 5", 6)) + " | < 5",
            "2025-K2 | < 5 | " + string.Join(" | ", Enumerable.Repeat("< 5", 6)) + " | < 5",
            "2025-K3 | < 5 | " + string.Join(" | ", Enumerable.Repeat("< 5", 6)) + " | < 5",
            "2025-K4 | < 5 | " + string.Join(" | ", Enumerable.Repeat("< 5", 6)) + " | < 5",
            "Totaal | 6 | " + string.Join(" | ", Enumerable.Repeat("< 5", 6)) + " | < 5"], Table(page, "2025-klachten"));
        Assert.Contains("Ze vroegen om meer bijeenkomsten.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(link, Links.Href(await visitor.GetStringAsync("/Evaluations"), "ul.cards a"));
    }
}
