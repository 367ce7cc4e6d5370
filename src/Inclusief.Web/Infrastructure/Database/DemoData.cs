using Inclusief.Data;
using Inclusief.Web.Features.Events;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Features.Admin;
using Inclusief.Web.Features.Ideas;
using Inclusief.Web.Features.Knowledge;
using Inclusief.Web.Features.Projects;
using Inclusief.Web.Features.Organisations;
using Inclusief.Web.Features.Participation;
using Inclusief.Web.Infrastructure.Consents;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Infrastructure.Database;

/// <summary>Clearly fictional data for a first start in Development, so a newcomer sees a working site.</summary>
public static partial class DemoData
{
    public const string AdminEmail = "admin@inclusief.example";

    public static async Task SeedDemoDataAsync(this IServiceProvider services, IHostEnvironment environment, IConfiguration configuration)
    {
        if (!environment.IsDevelopment() || !configuration.GetValue("DemoData:Enabled", true))
        {
            return;
        }
        await services.LoadDemoDataAsync();
    }

    /// <summary>Loads the fictional demo data into an empty database (also used by the site-wide crawl test).</summary>
    public static async Task LoadDemoDataAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Users.AnyAsync())
        {
            return;
        }
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var (userName, displayName) in new[] { ("demo-roos", "Roos (demo)"), ("demo-sam", "Sam (demo)"), ("demo-noor", "Noor (demo)") })
        {
            await users.CreateAsync(new AppUser { UserName = userName, DisplayName = displayName, CreatedAt = clock.GetUtcNow().UtcDateTime }, "demo-wachtwoord");
        }
        var admin = await scope.ServiceProvider.GetRequiredService<UserAdministration>().CreateAdminAsync(AdminEmail, UserAdministration.CommandLineActor);
        await SeedTakingPartAsync(db, scope.ServiceProvider.GetRequiredService<Consents.Consents>(), clock.GetUtcNow().UtcDateTime);
        await SeedIdeaToResultAsync(db, admin.User.Id, (await users.FindByNameAsync("demo-roos"))!.Id, clock.GetUtcNow().UtcDateTime);
        await SeedEventsAsync(db, admin.User.Id, clock.GetUtcNow().UtcDateTime);
        await SeedKnowledgeAsync(db, scope.ServiceProvider.GetRequiredService<KnowledgeSearch>(), (await users.FindByNameAsync("demo-sam"))!.Id, clock.GetUtcNow().UtcDateTime);
        await SeedFirstYearAsync(db, admin.User.Id, clock.GetUtcNow().UtcDateTime);
        await SeedStudentsAsync(db, scope.ServiceProvider.GetRequiredService<Crypto.FieldCipher>(), admin.User.Id, (await users.FindByNameAsync("demo-noor"))!.Id, clock.GetUtcNow().UtcDateTime);
        await SeedEvaluationAsync(db, scope.ServiceProvider.GetRequiredService<Features.Evaluations.EvaluationFreezer>(), admin.User.Id, clock.GetUtcNow().UtcDateTime);
        await SeedAgendaAsync(db, scope.ServiceProvider.GetRequiredService<Features.Agenda.AgendaDesk>(), admin.User.Id, clock.GetUtcNow().UtcDateTime);
        await SeedConversationAsync(db, (await users.FindByNameAsync("demo-roos"))!.Id, (await users.FindByNameAsync("demo-sam"))!.Id,
            (await users.FindByNameAsync("demo-noor"))!.Id, clock.GetUtcNow().UtcDateTime);
        Console.WriteLine($"""

            Demo data loaded (all fictional).
              Admin:        {AdminEmail}  password: {admin.Password}
              Participants: demo-roos / demo-sam / demo-noor (a student)  password: demo-wachtwoord
            Sign in at /Accounts/SignIn. Admin pages ask you to set up two-factor authentication first
            (any authenticator app, e.g. the one on your phone).

            """);
    }

    /// <summary>A guide, an essay under a pseudonym and a short teaching module (seed 004), published and searchable.</summary>
    private static async Task SeedKnowledgeAsync(AppDbContext db, KnowledgeSearch search, string authorId, DateTime now)
    {
        KnowledgeItem Item(KnowledgeKind kind, string title, string summary, string body, string author, string[] themes) =>
            KnowledgeItem.Start(new KnowledgeItem.Draft(kind, title, summary, body, "nl", author, KnowledgeVisibility.Public, null, null, themes, [], [], [], [], []), authorId, now);
        var guide = Item(KnowledgeKind.Guide, "Handreiking: sekswerkers en de bank (demo)",
            "Wat gemeenten kunnen doen als banken rekeningen van sekswerkers weigeren of opzeggen.",
            "## Het probleem\n\nSekswerkers zijn legale ondernemers, maar krijgen vaak **geen zakelijke rekening**.\n\n## Wat werkt\n\n- Een vast aanspreekpunt bij de gemeente\n- Afspraken met een lokale bank\n- Uitleg aan banken over de vergunning",
            "Werkplaats Sociaal Domein", ["bankzaken", "beleid"]);
        var essay = Item(KnowledgeKind.Essay, "Vijf keer nee (demo)", "Een sekswerker over haar zoektocht naar een hypotheek.",
            "Ik betaal belasting, ik heb een inschrijving bij de Kamer van Koophandel, en toch zei de vijfde bank ook nee.", "Lotus", ["bankzaken", "huisvesting"]);
        var others = new[]
        {
            Item(KnowledgeKind.Article, "Waarom een vergunning geen rekening oplevert (demo)", "Een artikel over de kloof tussen vergunning en bank.", "Een vergunning zegt dat je legaal werkt; banken kijken vooral naar risico.", "Redactie", ["bankzaken"]),
            Item(KnowledgeKind.Report, "Verslag themabijeenkomst vorig jaar (demo)", "Wat ambtenaren, hulpverleners en sekswerkers bespraken.", "Drie rondes, veertig deelnemers, zes afspraken.", "Werkplaats Sociaal Domein", ["beleid"]),
            Item(KnowledgeKind.Method, "Dialoogtafel: zo werkt het (demo)", "Een methode voor een gesprek tussen sekswerkers en de gemeente.", "Een neutrale voorzitter, vaste spelregels en een verslag dat iedereen leest.", "Expertgroep", ["dialoog"]),
            Item(KnowledgeKind.News, "Nieuw: klachtenbalie geopend (demo)", "Sekswerkers kunnen uitsluiting nu melden, ook anoniem.", "Melden kan via de website; je krijgt een bonnummer.", "Redactie", ["klachten"]),
            KnowledgeItem.Start(new KnowledgeItem.Draft(KnowledgeKind.Media, "Podcast: werk als ander werk (demo)", "Een gesprek met twee sekswerkers en een wethouder.", "", "nl", "Redactie",
                KnowledgeVisibility.Public, "https://example.org/podcast-demo", null, ["beleid"], [], [], [], [], []), authorId, now),
        };
        var module = Item(KnowledgeKind.TeachingModule, "Invloed op beleid: een korte cursus (demo)",
            "Drie lessen over hoe je als sekswerker bestaande procedures gebruikt om beleid te beïnvloeden.", "Deze cursus is gemaakt met de expertgroep.", "Expertgroep", ["beleid"]);
        module.AddLesson("Hoe een gemeente besluit", "De raad stelt kaders, het college voert uit.");
        module.AddLesson("Inspreken in de raad", "Je kunt je vooraf aanmelden om in te spreken bij een commissie.");
        module.AddLesson("Een klacht of bezwaar indienen", "Ben je het niet eens met een besluit? Dan kun je bezwaar maken.");
        foreach (var item in new[] { guide, essay, module }.Concat(others))
        {
            item.Publish(now);
            db.Add(item);
        }
        await db.SaveChangesAsync();
        await search.RebuildAsync();
    }

    /// <summary>The yearly theme meeting (seed 003) with two rounds of breakout sessions, and a dialogue table (seed 004).</summary>
    private static async Task SeedEventsAsync(AppDbContext db, string organiserId, DateTime now)
    {
        var day = DateOnly.FromDateTime(now).AddDays(30);
        var theme = Event.Plan(new Event.Draft(EventType.ThemeMeeting, "Themabijeenkomst prostitutiebeleid (demo)",
            "Ambtenaren, hulpverleners, handhavers en sekswerkers over lokaal prostitutiebeleid: eerst plenair, daarna twee rondes deelsessies.",
            ProgrammeTime.ToUtc(day, new TimeOnly(13, 0)), ProgrammeTime.ToUtc(day, new TimeOnly(17, 30)), "Stadhuis, Spui 70, Den Haag (demo)", null,
            EventAudience.Public, "Nederlands, Engels", "Rolstoeltoegankelijk; ringleiding in de grote zaal.", 150, 20, RoleCategory.SexWorker,
            now, ProgrammeTime.ToUtc(day.AddDays(-2), new TimeOnly(12, 0))), organiserId, now);
        theme.AddProgrammeItem(ProgrammeTime.ToUtc(day, new TimeOnly(13, 0)), "Welkom en opening", null);
        var first = theme.AddRound("Eerste ronde", ProgrammeTime.ToUtc(day, new TimeOnly(14, 0)), ProgrammeTime.ToUtc(day, new TimeOnly(15, 0)));
        first.AddSession("Bankzaken en hypotheken", "Waarom sekswerkers geen rekening krijgen, en wat banken kunnen doen.", "Zaal 1", 40);
        first.AddSession("Werkplekken en vergunningen", null, "Zaal 2", 40);
        var second = theme.AddRound("Tweede ronde", ProgrammeTime.ToUtc(day, new TimeOnly(15, 15)), ProgrammeTime.ToUtc(day, new TimeOnly(16, 15)));
        second.AddSession("Zorg en veiligheid", null, "Zaal 1", 40);
        second.AddSession("Uitstappen en doorstromen", null, "Zaal 2", 40);
        theme.Publish(now);
        db.Add(theme);
        var table = day.AddDays(14);
        var dialogue = Event.Plan(new Event.Draft(EventType.DialogueTable, "Dialoogtafel: sekswerkers en de gemeente (demo)",
            "Een gesprek met elementen van Deep Democracy, met een neutrale voorzitter van het programma.",
            ProgrammeTime.ToUtc(table, new TimeOnly(19, 0)), ProgrammeTime.ToUtc(table, new TimeOnly(21, 0)), "Buurthuis De Mussen, Den Haag (demo)", null,
            EventAudience.Public, "Nederlands", null, 20, 8, RoleCategory.SexWorker, now, ProgrammeTime.ToUtc(table, new TimeOnly(12, 0))), organiserId, now);
        dialogue.Publish(now);
        db.Add(dialogue);
        await db.SaveChangesAsync();
    }

    private static async Task SeedTakingPartAsync(AppDbContext db, Consents.Consents consents, DateTime now)
    {
        var partner = Organisation.Register("Stichting Voorbeeld (demo)", OrganisationType.SexWorkerAdvocacy, "GM0518", null, now);
        partner.MakePartner(new DateOnly(2025, 1, 1)).Commitment = "Een ervaringsdeskundige, acht uur per maand (demo)";
        partner.SetPublicListing(true);
        db.Set<Organisation>().Add(partner);
        consents.Record(Organisation.SubjectType, partner.Id.ToString(), ConsentPurpose.ListOrganisationPublicly, true);
        db.Set<Organisation>().Add(Organisation.Register("Gemeente Voorbeeldstad (demo)", OrganisationType.Municipality, null, null, now));

        var themes = await db.Set<Theme>().OrderBy(t => t.Order).ToListAsync();
        Participant Demo(ParticipationForm form, string name, string? expertise = null, ExpertOffer offers = ExpertOffer.None) =>
            Participant.SignUp(Guid.NewGuid(), form, null,
                new Participant.Details(name, $"{name.Split(' ')[0].ToLowerInvariant()}@example.org", null, "nl", null, "Ik wil graag meedoen (demo).", expertise, offers, null),
                form is ParticipationForm.WorkFieldGroup or ParticipationForm.SoundingBoard ? themes.Take(2) : [], now);
        var newExpert = Demo(ParticipationForm.ExpertGroup, "Roos (demo)", "Ervaring met opgezegde bankrekeningen", ExpertOffer.Presentation | ExpertOffer.Essay);
        var activeMember = Demo(ParticipationForm.SoundingBoard, "Sam (demo)");
        activeMember.Activate(now);
        var planned = Demo(ParticipationForm.WorkFieldGroup, "Lotte (demo)");
        planned.PlanIntake(now.AddDays(7).Date.AddHours(13), 45, "Buurthuis (demo), Den Haag", null, now);
        foreach (var participant in new[] { newExpert, activeMember, planned })
        {
            db.Set<Participant>().Add(participant);
            consents.Record(Participant.SubjectType, participant.Id.ToString(), ConsentPurpose.ContactAboutApplication, true);
        }
        await db.SaveChangesAsync();
    }

    private static async Task SeedIdeaToResultAsync(AppDbContext db, string leadId, string submitterId, DateTime now)
    {
        var idea = Idea.Submit(Guid.NewGuid(), submitterId, new Idea.Content(IdeaKind.Bottleneck, "Zakelijke rekening opgezegd (demo)",
            "Banken zeggen zakelijke rekeningen van sekswerkers op zonder uitleg. Zonder rekening kun je geen belasting betalen of een werkplek huren. (demo)",
            "Zelfstandig werkende sekswerkers", "Uitzoeken wat banken nodig hebben om wel een rekening te geven.", "GM0518", null), now.AddDays(-40));
        var project = SubProject.FromIdea(idea.Id, "Bankrekening voor sekswerkers (demo)", idea.Description, "GM0518", leadId, now.AddDays(-30));
        project.Change(new SubProject.Settings(project.Title, project.Question, "Drie banken gebruiken een handreiking voor sekswerkers als klant. (demo)",
            "GM0518", SubProjectStatus.Running, Visibility.Public, DateOnly.FromDateTime(now.AddDays(-30)), DateOnly.FromDateTime(now.AddDays(300)), null));
        idea.StartReview(now.AddDays(-35));
        idea.Accept(project.Id, "Dit knelpunt raakt veel sekswerkers en past bij het thema bankzaken. (demo)", now.AddDays(-30));
        db.AddRange(idea, project);
        var reached = Milestone.Create(project.Id, "Gesprekken met drie banken (demo)", DateOnly.FromDateTime(now.AddDays(-5)));
        reached.Reach(DateOnly.FromDateTime(now.AddDays(-4)));
        db.AddRange(reached, Milestone.Create(project.Id, "Handreiking gepubliceerd (demo)", DateOnly.FromDateTime(now.AddDays(60))));
        db.Add(ActionItem.Create(project.Id, "Conceptversie handreiking schrijven (demo)", leadId, DateOnly.FromDateTime(now.AddDays(21)), "Handreiking", now));
        db.Add(ProgressUpdate.Create(project.Id, leadId, "Eerste gesprek met een bank gevoerd; ze willen meedenken. (demo)", now.AddDays(-4)));
        var result = ProjectResult.Create(project.Id, "Bankgesprekken: wat banken nodig hebben (demo)",
            "Banken noemen drie zorgen: herkomst van geld, reputatie en onbekendheid met de branche. Voor alle drie is een antwoord mogelijk. (demo)",
            "Verslagen van gesprekken met drie banken. (demo)");
        result.Publish(now.AddDays(-2));
        db.Add(result);
        await db.SaveChangesAsync();
    }
}
