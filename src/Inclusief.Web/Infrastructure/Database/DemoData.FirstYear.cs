using Inclusief.Data;
using Inclusief.Web.Features.Events;
using Inclusief.Web.Features.Knowledge;
using Inclusief.Web.Features.Policies;
using Inclusief.Web.Features.Projects;
using Inclusief.Web.Features.Research;
using Inclusief.Web.Features.Students;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Infrastructure.Database;

/// <summary>What a first year of the programme leaves behind, every bit of it fictional and marked so.</summary>
public static partial class DemoData
{
    private static async Task SeedFirstYearAsync(AppDbContext db, string coordinatorId, DateTime now)
    {
        SeedYearOfEvents(db, coordinatorId, now);
        SeedProjectsInEveryState(db, coordinatorId, now);
        SeedPolicyRegister(db, coordinatorId, now);
        SeedActionResearch(db, coordinatorId, now);
        await db.SaveChangesAsync();
    }

    /// <summary>Ten more gatherings, half of them held (two with a write-up), half still to come, one called off.</summary>
    private static void SeedYearOfEvents(AppDbContext db, string organiserId, DateTime now)
    {
        var plans = new (int Day, EventType Type, string Title, bool WriteUp, bool CalledOff)[]
        {
            (-300, EventType.KnowledgeCafe, "Kenniscafé: bankzaken (demo)", true, false),
            (-240, EventType.DialogueTable, "Dialoogtafel Leiden (demo)", true, false),
            (-180, EventType.WorkFieldMeeting, "Werkveldbijeenkomst najaar (demo)", false, false),
            (-120, EventType.InspirationMeeting, "Inspiratiebijeenkomst: werk als ander werk (demo)", false, false),
            (-60, EventType.JobShadowing, "Snuffelstage voor beleidsmakers (demo)", false, false),
            (10, EventType.KnowledgeCafe, "Kenniscafé: verzekeringen (demo)", false, false),
            (45, EventType.Symposium, "Symposium inclusief samenwerken (demo)", false, false),
            (60, EventType.WorkFieldMeeting, "Werkveldbijeenkomst voorjaar (demo)", false, false),
            (75, EventType.DialogueTable, "Dialoogtafel Den Haag (demo)", false, false),
            (90, EventType.KnowledgeCafe, "Kenniscafé: huisvesting (demo)", false, true),
        };
        foreach (var (day, type, title, writeUp, calledOff) in plans)
        {
            var date = DateOnly.FromDateTime(now).AddDays(day);
            var starts = ProgrammeTime.ToUtc(date, new TimeOnly(15, 0));
            var plannedAt = starts.AddDays(-45);
            var ev = Event.Plan(new Event.Draft(type, title, "Een fictieve bijeenkomst uit het eerste programmajaar. (demo)", starts, starts.AddHours(2),
                "Buurthuis De Mussen, Den Haag (demo)", null, EventAudience.Public, "Nederlands", null, 40, 0, null, plannedAt, starts), organiserId, plannedAt);
            ev.Publish(plannedAt);
            if (writeUp)
            {
                ev.PublishWriteUp("Een open gesprek met veel vragen over bankzaken. (demo)", "De gemeente organiseert een vervolg met twee banken. (demo)",
                    "Wie betaalt een tolk? (demo)", null, starts.AddDays(3));
            }
            if (calledOff)
            {
                ev.Cancel("De zaal is niet beschikbaar; we zoeken een nieuwe datum. (demo)");
            }
            db.Add(ev);
        }
    }

    /// <summary>A sub-project in preparation, one finished with published results and an evaluation, one stopped after an evaluation.</summary>
    private static void SeedProjectsInEveryState(AppDbContext db, string leadId, DateTime now)
    {
        SubProject Project(string title, string question, SubProjectStatus status, int startedDaysAgo, int? endsInDays, string municipality)
        {
            var project = SubProject.FromIdea(Guid.NewGuid(), title, question, municipality, leadId, now.AddDays(-startedDaysAgo));
            project.Change(new SubProject.Settings(title, question, "Een fictief doel. (demo)", municipality, status, Visibility.Public,
                DateOnly.FromDateTime(now.AddDays(-startedDaysAgo)), endsInDays is { } end ? DateOnly.FromDateTime(now.AddDays(end)) : null, null));
            db.Add(project);
            return project;
        }
        Project("Werkplekken in Leiden (demo)", "Waar kunnen zelfstandige sekswerkers in Leiden veilig werken? (demo)", SubProjectStatus.Preparation, 10, 365, "GM0546");
        var course = Project("Cursus voor baliemedewerkers (demo)", "Hoe helpen baliemedewerkers van de gemeente sekswerkers zonder oordeel? (demo)", SubProjectStatus.Finished, 330, -20, "GM0518");
        db.Add(ProgressUpdate.Create(course.Id, leadId, "De cursus is drie keer gegeven, aan 45 baliemedewerkers. (demo)", now.AddDays(-40)));
        var result = ProjectResult.Create(course.Id, "Cursus 'Zonder oordeel aan de balie' (demo)",
            "Een cursus van een dagdeel, samen met ervaringsdeskundigen gegeven. Deelnemers zeggen na afloop vaker door te vragen in plaats van door te verwijzen. (demo)",
            "Evaluatieformulieren van 45 deelnemers. (demo)");
        result.Publish(now.AddDays(-25));
        db.Add(result);
        db.Add(EvaluationPoint.Record(course.Id, DateOnly.FromDateTime(now.AddDays(-20)), "Doel gehaald; de gemeente neemt de cursus over. (demo)", EvaluationDecision.Continue));
        var insurance = Project("Verzekeringen voor sekswerkers (demo)", "Kunnen sekswerkers een arbeidsongeschiktheidsverzekering krijgen? (demo)", SubProjectStatus.Stopped, 200, -60, "GM0363");
        db.Add(ProgressUpdate.Create(insurance.Id, leadId, "Geen verzekeraar wil meedoen; we stoppen en leggen vast wat we leerden. (demo)", now.AddDays(-65)));
        db.Add(EvaluationPoint.Record(insurance.Id, DateOnly.FromDateTime(now.AddDays(-60)), "Geen partner gevonden; het knelpunt gaat naar de landelijke agenda. (demo)", EvaluationDecision.Stop));
    }

    /// <summary>Three municipalities mapped, with sources, so the register, the comparison and the open data have something to show.</summary>
    private static void SeedPolicyRegister(AppDbContext db, string coordinatorId, DateTime now)
    {
        foreach (var (code, cap, homeWork, registration) in new[] { ("GM0518", "local-max", "conditions", "none"), ("GM0546", "existing-only", "licence", "voluntary"), ("GM0363", "regional-max", "tolerated", "required") })
        {
            db.Add(PolicyRecord.Record(code, new DateOnly(now.Year - 1, 1, 1),
                new Dictionary<string, IReadOnlyList<string>> { ["cap"] = [cap], ["home-work"] = [homeWork], ["registration"] = [registration], ["minimum-age"] = ["21"] },
                "Fictieve gegevens om het register te laten zien. (demo)", [new PolicyRecord.Source("Prostitutiebeleid (demo)", "https://example.org/beleid-demo", new DateOnly(now.Year - 1, 1, 1))],
                coordinatorId, now));
        }
    }

    /// <summary>An action research trajectory with its municipality in its focus-group phase, fed by four groups.</summary>
    private static void SeedActionResearch(AppDbContext db, string facilitatorId, DateTime now)
    {
        var trajectory = Trajectory.Start("Veilig werken in Den Haag (demo)", "GM0518", "Hoe kunnen sekswerkers in Den Haag veilig en zelfstandig werken? (demo)",
            "SHOP, gemeente Den Haag, politie (demo)", "Werkplaats Sociaal Domein (demo)", DateOnly.FromDateTime(now.AddDays(-90)), DateOnly.FromDateTime(now.AddDays(180)), facilitatorId, now.AddDays(-90));
        trajectory.MoveTo(ResearchPhase.Inventory);
        db.Add(trajectory);
        foreach (var (group, current, solution) in new[]
        {
            (StakeholderGroup.SexWorkers, "Er zijn te weinig vergunde werkplekken. (demo)", "Een pand samen met een corporatie. (demo)"),
            (StakeholderGroup.Municipality, "We weten niet wie er thuis werkt. (demo)", "Een vrijwillig aanspreekpunt. (demo)"),
            (StakeholderGroup.Police, "Meldingen komen laat binnen. (demo)", "Een vaste wijkagent als contact. (demo)"),
            (StakeholderGroup.HousingCorporation, "Huurders mogen niet aan huis werken. (demo)", "Een proef met een paar woningen. (demo)"),
        })
        {
            var contribution = Contribution.Record(trajectory, new Contribution.Input(group, null, current, null, null, solution, null, null), viaLink: true, now.AddDays(-60));
            contribution.Tag(["werkplekken"]);
            db.Add(contribution);
        }
        trajectory.MoveTo(ResearchPhase.FocusGroups);
        db.Add(ResearchMeeting.Hold(trajectory.Id, isConsultation: false, "Werkplekken (demo)", DateOnly.FromDateTime(now.AddDays(-20)), "Acht deelnemers uit vier groepen (demo)",
            null, "Een pand zoeken met de corporatie. (demo)"));
    }

    /// <summary>
    /// The two students seed 000 names from the start: a third-year Social Work internship (finished, with the teaching
    /// module as its product) and graduation research on stigma and access to mental health care (open), plus a
    /// short research project for the action research trajectory.
    /// </summary>
    private static async Task SeedStudentsAsync(AppDbContext db, Crypto.FieldCipher cipher, string coordinatorId, string studentId, DateTime now)
    {
        var module = await db.Set<KnowledgeItem>().Where(i => i.Status == KnowledgeStatus.Published && i.Kind == KnowledgeKind.TeachingModule).Select(i => (int?)i.Id).FirstOrDefaultAsync();
        var trajectory = await db.Set<Trajectory>().Select(t => (Guid?)t.Id).FirstOrDefaultAsync();
        var internship = Assignment.Offer(new Assignment.Details(AssignmentKind.Internship, "Belangenbehartiging en een korte clip over sekswerk (demo)",
            "Je verkent hoe sekswerkers hun belangen kunnen behartigen en werkt mee aan een installatie: een korte clip over sekswerk. (demo)",
            DateOnly.FromDateTime(now.AddDays(-300)), DateOnly.FromDateTime(now.AddDays(-30)), "J. Knip (demo)", "Social Work, derde jaar", 1), Assignment.Origin.Programme, coordinatorId, now.AddDays(-320));
        var application = internship.Apply(studentId, cipher.Encrypt("Ik zit in mijn derde jaar Social Work en wil graag leren over belangenbehartiging. (demo)", AssignmentApplication.MotivationPurpose), now.AddDays(-315));
        internship.Accept(application.Id, now.AddDays(-310));
        if (module is { } product)
        {
            internship.Complete(product, now.AddDays(-25));
        }
        db.Add(internship);
        db.Add(Assignment.Offer(new Assignment.Details(AssignmentKind.GraduationResearch, "De impact van stigma op de toegang tot ggz-zorg (demo)",
            "Onderzoek hoe het stigma op sekswerk de toegang van sekswerkers tot ggz-zorg beïnvloedt, samen met ervaringsdeskundigen. (demo)",
            DateOnly.FromDateTime(now.AddDays(30)), DateOnly.FromDateTime(now.AddDays(200)), "J. le Clercq (demo)", "Social Work, afstuderen", 1), Assignment.Origin.Programme, coordinatorId, now.AddDays(-14)));
        db.Add(Assignment.Offer(new Assignment.Details(AssignmentKind.ShortResearch, "Werkplekken in kaart (demo)",
            "Breng in tien weken in kaart welke panden in Den Haag geschikt zijn als werkplek, met de focusgroepen van het actieonderzoek. (demo)",
            DateOnly.FromDateTime(now.AddDays(20)), DateOnly.FromDateTime(now.AddDays(90)), "D. Rambaran (demo)", "Minor Inclusiviteit in de Stad", 3),
            new Assignment.Origin(null, null, trajectory), coordinatorId, now.AddDays(-7)));
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// A look back on the first year, being written: the figures frozen, the first sections drafted, the two events'
    /// write-ups quoted; partners not invited yet. The weegmoment proper comes after two years (seed 004).
    /// </summary>
    private static async Task SeedEvaluationAsync(AppDbContext db, Features.Evaluations.EvaluationFreezer freezer, string coordinatorId, DateTime now)
    {
        var today = ProgrammeTime.DayOf(now);
        var (from, to) = (today.AddYears(-1).AddDays(1), today);
        var evaluation = Features.Evaluations.ProgrammeEvaluationPoint.Open("Terugblik op het eerste jaar (demo)", from, to, today, await freezer.FreezeAsync(from, to), coordinatorId, now);
        evaluation.Write(
            "- Kenniscafés en dialoogtafels brachten sekswerkers, gemeenten en banken aan één tafel.\n- De klachtenbalie maakt zichtbaar waar sekswerkers worden buitengesloten. (demo)",
            "Studenten en zorgorganisaties bereiken we nog te weinig; de werkveldgroep komt moeizaam op gang. (demo)",
            "Deelnemers vragen om meer bijeenkomsten buiten Den Haag en om uitleg in meer talen. (demo)",
            [.. evaluation.SourceList().Where(s => s.IsPublic).Select(s => s.Key)]);
        db.Add(evaluation);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The knowledge agenda seed 004 asks for: three programme lines with their questions, the partners committed (their
    /// declarations of intent) and the demo's public work, published twice so the versions and their changes show.
    /// </summary>
    private static async Task SeedAgendaAsync(AppDbContext db, Features.Agenda.AgendaDesk desk, string coordinatorId, DateTime now)
    {
        var choices = await desk.ChoicesAsync();
        var partners = await db.Set<Features.Organisations.Organisation>().AsNoTracking().Where(o => o.Partnership != null)
            .Select(o => new { o.Id, o.Partnership!.Commitment }).ToListAsync();
        Features.Agenda.AgendaLine Line(int position, string title, string description, string questions, string results) =>
            Features.Agenda.AgendaLine.Add(title, description, questions, results, position);
        var lines = new[]
        {
            Line(1, "Financiële inclusie (demo)", "Sekswerkers zijn legale ondernemers, maar krijgen geen rekening, hypotheek of verzekering. (demo)",
                "Waarom weigeren banken en verzekeraars sekswerkers?\nWelke afspraken helpen, lokaal en landelijk?", "Een werkwijze voor gemeenten en banken\nMinder geweigerde rekeningen"),
            Line(2, "Veilig werken (demo)", "Werkplekken, waarschuwingen en zorg die sekswerkers vertrouwen. (demo)",
                "Waar kunnen sekswerkers veilig werken?\nHoe bereiken waarschuwingen wie ze nodig heeft?", "Geschikte werkplekken in kaart"),
            Line(3, "Beleid en handhaving (demo)", "Wat gemeenten, politie en handhaving anders kunnen doen. (demo)",
                "Welk lokaal beleid sluit sekswerkers uit, en welk niet?", "Een handreiking voor gemeenten"),
        };
        foreach (var (line, i) in lines.Select((l, i) => (l, i)))
        {
            foreach (var partner in partners.Skip(i).Take(2))
            {
                line.Commit(partner.Id, string.IsNullOrWhiteSpace(partner.Commitment) ? "Uren van een medewerker en een vergaderruimte. (demo)" : partner.Commitment);
            }
            foreach (var choice in choices.GroupBy(c => c.Kind).SelectMany(g => g.Skip(i).Take(1)))
            {
                line.Link(choice.Kind, choice.TargetId, choice.Kind switch
                {
                    Features.Agenda.AgendaWorkKind.SubProject => Features.Agenda.FourO.Development,
                    Features.Agenda.AgendaWorkKind.Trajectory => Features.Agenda.FourO.Research,
                    Features.Agenda.AgendaWorkKind.KnowledgeItem => Features.Agenda.FourO.Education,
                    _ => Features.Agenda.FourO.Support,
                });
            }
        }
        db.AddRange(lines[0], lines[1]);
        await db.SaveChangesAsync();
        var first = await desk.SnapshotAsync();
        db.Add(Features.Agenda.AgendaVersion.Publish(1, first, null, "", coordinatorId, now.AddDays(-200)));
        db.Add(lines[2]);
        await db.SaveChangesAsync();
        db.Add(Features.Agenda.AgendaVersion.Publish(2, await desk.SnapshotAsync(), first, "De werkveldgroep vroeg om een lijn over beleid en handhaving. (demo)", coordinatorId, now.AddDays(-30)));
        await db.SaveChangesAsync();
    }
}
