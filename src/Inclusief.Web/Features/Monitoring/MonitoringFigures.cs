using Inclusief.Data;
using Inclusief.Web.Features.Complaints;
using Inclusief.Web.Features.Events;
using Inclusief.Web.Features.Feedback;
using Inclusief.Web.Features.Knowledge;
using Inclusief.Web.Features.Newsletter;
using Inclusief.Web.Features.Organisations;
using Inclusief.Web.Features.Participation;
using Inclusief.Web.Features.Programmes;
using Inclusief.Web.Features.Projects;
using Inclusief.Web.Features.Safety;
using Inclusief.Web.Features.Students;
using Inclusief.Web.Infrastructure.Figures;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Monitoring;

/// <summary>
/// What the programme did in a period, counted in the database (grouped queries, never a list of people) from what
/// each feature already keeps. Counts over time fall in programme-time months; states that have no history
/// (a sub-project's status, an action's) are as they are today, and their figure says so.
/// </summary>
public sealed class MonitoringFigures(AppDbContext db, TimeProvider clock)
{
    public const string SignUps = "aanmeldingen";
    public const string Organisations = "organisaties";
    public const string Partners = "partners";
    public const string SubProjects = "deelprojecten";
    public const string Actions = "acties";
    public const string Events = "bijeenkomsten";
    public const string FeedbackRounds = "feedback";
    public const string Complaints = "klachten";
    public const string ComplaintTimes = "klachten-doorlooptijd";
    public const string Safety = "veiligheid";
    public const string Newsletter = "nieuwsbrief";
    public const string Knowledge = "kennis";
    public const string Results = "resultaten";
    public const string Assignments = "opdrachten";
    public const string ComplaintOutcomes = "klachten-uitkomst";
    public const string Warnings = "waarschuwingen";

    /// <summary>
    /// The monitoring's figures. Without <paramref name="fullDetail"/> (a partner's contact), the safety network
    /// shows only its warnings, as on the impact page (its reports, checks and matches are the moderators' and
    /// coordinators'), and a feedback round for a group is named by its audience, not its title.
    /// </summary>
    public async Task<IReadOnlyList<Figure>> ComputeAsync(FigurePeriod period, Guid? programmeId, bool fullDetail)
    {
        var today = ProgrammeTime.DayOf(clock.GetUtcNow().UtcDateTime);
        return
        [
            await SignUpsAsync(period, programmeId),
            await OrganisationsAsync(period),
            await PartnersAsync(period),
            await SubProjectsAsync(period),
            await ActionsAsync(period, today),
            await EventsAsync(period),
            await FeedbackAsync(period, fullDetail),
            await ComplaintsAsync(period),
            await ComplaintTimesAsync(period),
            fullDetail ? await SafetyAsync(period) : await WarningsAsync(period),
            await NewsletterAsync(period),
            await KnowledgeAsync(period),
            await AssignmentsAsync(period),
        ];
    }

    /// <summary>The calendar years since the first programme started that have ended, newest first.</summary>
    public async Task<IReadOnlyList<int>> ClosedYearsAsync()
    {
        var today = ProgrammeTime.DayOf(clock.GetUtcNow().UtcDateTime);
        var first = (await db.Set<Programme>().MinAsync(p => (DateOnly?)p.StartsOn))?.Year ?? today.Year;
        return [.. Enumerable.Range(first, Math.Max(0, today.Year - first)).Reverse()];
    }

    /// <summary>
    /// A year asked for among the closed years: the one asked, or the latest when none (or one not closed) was asked.
    /// <see cref="ClosedYearChoice.Year"/> is null before the first year has ended.
    /// </summary>
    public sealed record ClosedYearChoice(IReadOnlyList<int> Years, int? Year, bool AskedForOpenYear);

    /// <summary>The year the public impact page and a partner's monitoring show: years are disjoint, so no two pages subtract.</summary>
    public async Task<ClosedYearChoice> ChooseClosedYearAsync(int? asked)
    {
        var years = await ClosedYearsAsync();
        var open = asked is { } year && !years.Contains(year);
        return new ClosedYearChoice(years, asked is { } chosen && !open ? chosen : years.Count > 0 ? years[0] : null, open);
    }

    /// <summary>
    /// What everyone may see on the impact page: the programme's reach and results, complaints by category and
    /// outcome, warnings delivered. Never the safety network's reports or checks, nor anything per person or per
    /// round; the page hides numbers under five.
    /// </summary>
    public async Task<IReadOnlyList<Figure>> PublicAsync(FigurePeriod period) =>
    [
        await SignUpsAsync(period, null),
        await OrganisationsAsync(period),
        await ResultsAsync(period),
        await EventsAsync(period),
        await ComplaintsAsync(period),
        await ComplaintOutcomesAsync(period),
        await WarningsAsync(period),
    ];

    /// <summary>A row of a figure that lists different things, one count each.</summary>
    private static FigureRow Row(string label, int count) => new(FigureLabel.Dutch(label), [count]);

    private async Task<Figure> SignUpsAsync(FigurePeriod period, Guid? programmeId)
    {
        var participants = db.Set<Participant>().Where(p => p.CreatedAt >= period.StartUtc && p.CreatedAt < period.EndUtc);
        if (programmeId is { } programme)
        {
            participants = participants.Where(p => p.Themes.Any(t => t.ProgrammeId == programme));
        }
        var counts = await participants.CountPerBucket(p => p.Form, p => p.CreatedAt, period.BucketStartsUtc()).ToListAsync();
        var forms = ParticipationForms.All;
        var rows = period.BucketStarts().Select((start, bucket) => new FigureRow(period.BucketLabel(start),
            [.. forms.Select(form => (double?)counts.Where(c => c.Key == form && c.Bucket == bucket).Sum(c => c.Count))])).ToList();
        var most = counts.GroupBy(c => c.Key).Select(g => (Form: g.Key, Count: g.Sum(c => c.Count))).OrderByDescending(f => f.Count).FirstOrDefault();
        var total = counts.Sum(c => c.Count);
        var small = new FigureSentence("{0} aanmeldingen in deze periode.", total);
        return new Figure(SignUps, "Aanmeldingen per vorm van deelname",
            total == 0 ? new FigureSentence("Geen aanmeldingen in deze periode.") { WhenSmall = small }
                : new FigureSentence("{0} aanmeldingen in deze periode; de meeste voor {1} ({2}).", total, FigureLabel.Dutch(ParticipationForms.Label(most.Form)), most.Count) { WhenSmall = small },
            "Periode", [.. forms.Select(ParticipationForms.Label)], rows, Stacked: true,
            Note: programmeId is null ? null : "Alleen aanmeldingen voor een thema van dit programma.");
    }

    private async Task<Figure> OrganisationsAsync(FigurePeriod period)
    {
        var counts = await db.Set<Organisation>().Where(o => o.IsApproved && o.CreatedAt < period.EndUtc)
            .GroupBy(o => o.Type).Select(g => new { Type = g.Key, Count = g.Count() }).ToListAsync();
        var rows = counts.OrderBy(c => c.Type).Select(c => new FigureRow(FigureLabel.Dutch(OrganisationTypes.Label(c.Type)), [c.Count])).ToList();
        var total = counts.Sum(c => c.Count);
        // The number of kinds is no count of people: it is shown as it is.
        return new Figure(Organisations, "Organisaties per soort",
            new FigureSentence("{0} goedgekeurde organisaties, ingeschreven voor het eind van de periode, van {1} soorten.", total, FigureLabel.AsIs(counts.Count.ToString(System.Globalization.CultureInfo.CurrentCulture))),
            "Soort organisatie", ["Organisaties"], rows);
    }

    private async Task<Figure> PartnersAsync(FigurePeriod period)
    {
        var partners = await db.Set<Organisation>()
            .Where(o => o.Partnership != null && o.Partnership.StartsOn <= period.To && (o.Partnership.EndsOn == null || o.Partnership.EndsOn >= period.From))
            .Select(o => new { o.Type, o.Partnership!.DeclarationSignedOn }).ToListAsync();
        var rows = partners.GroupBy(p => p.Type).OrderBy(g => g.Key).Select(g => new FigureRow(FigureLabel.Dutch(OrganisationTypes.Label(g.Key)),
            [g.Count(), g.Count(p => p.DeclarationSignedOn <= period.To)])).ToList();
        var signed = partners.Count(p => p.DeclarationSignedOn <= period.To);
        var signedInPeriod = partners.Count(p => p.DeclarationSignedOn is { } day && period.Contains(day));
        return new Figure(Partners, "Partners en hun intentieverklaringen",
            new FigureSentence("{0} partners in deze periode, {1} met een getekende intentieverklaring; {2} verklaringen getekend in deze periode.", partners.Count, signed, signedInPeriod),
            "Soort organisatie", ["Partners", "Met intentieverklaring"], rows);
    }

    private static readonly string[] ProgressBands = ["Voortgang onbekend", "0–24 %", "25–49 %", "50–74 %", "75–100 %"];

    private async Task<Figure> SubProjectsAsync(FigurePeriod period)
    {
        var counts = await db.Set<SubProject>().Where(p => p.CreatedAt < period.EndUtc && (p.EndsOn == null || p.EndsOn >= period.From))
            .GroupBy(p => new
            {
                p.Status,
                Band = p.ProgressPercent == null ? 0 : p.ProgressPercent < 25 ? 1 : p.ProgressPercent < 50 ? 2 : p.ProgressPercent < 75 ? 3 : 4,
            })
            .Select(g => new { g.Key.Status, g.Key.Band, Count = g.Count() }).ToListAsync();
        var statuses = Enum.GetValues<SubProjectStatus>();
        var rows = statuses.Select(status => new FigureRow(FigureLabel.Dutch(SubProjectStatuses.Label(status)),
            [.. ProgressBands.Select((_, band) => (double?)counts.Where(c => c.Status == status && c.Band == band).Sum(c => c.Count))])).ToList();
        int Of(SubProjectStatus status) => counts.Where(c => c.Status == status).Sum(c => c.Count);
        return new Figure(SubProjects, "Deelprojecten naar status en voortgang",
            new FigureSentence("{0} deelprojecten, begonnen voor het eind van de periode en toen niet al beëindigd: {1} lopend, {2} afgerond.", counts.Sum(c => c.Count), Of(SubProjectStatus.Running), Of(SubProjectStatus.Finished)),
            "Status", ProgressBands, rows, Stacked: true, Note: "Status en voortgang zoals ze nu zijn.");
    }

    private static readonly string[] ActionStates = ["Klaar", "Te laat", "Nog te doen, op tijd", "Nog te doen, zonder datum"];

    private async Task<Figure> ActionsAsync(FigurePeriod period, DateOnly today)
    {
        var counts = await db.Set<ActionItem>()
            .Where(a => a.CreatedAt < period.EndUtc && db.Set<SubProject>().Any(p => p.Id == a.SubProjectId && (p.EndsOn == null || p.EndsOn >= period.From)))
            .GroupBy(a => a.Status == ActionStatus.Done ? 0 : a.DueOn == null ? 3 : a.DueOn < today ? 1 : 2)
            .Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync();
        int Of(int state) => counts.Where(c => c.State == state).Sum(c => c.Count);
        var rows = ActionStates.Select((state, i) => new FigureRow(FigureLabel.Dutch(state), [Of(i)])).ToList();
        return new Figure(Actions, "Acties in de deelprojecten",
            new FigureSentence("{0} acties in deelprojecten van deze periode: {1} klaar, {2} te laat.", counts.Sum(c => c.Count), Of(0), Of(1)),
            "Stand", ["Acties"], rows, Note: "Stand van vandaag.");
    }

    private async Task<Figure> EventsAsync(FigurePeriod period)
    {
        // Held: begun by now, so a period that runs into the future does not count what is only planned.
        var until = new[] { period.EndUtc, clock.GetUtcNow().UtcDateTime }.Min();
        var held = db.Set<Event>().Where(e => e.PublishedAt != null && !e.IsCancelled && e.StartsAt >= period.StartUtc && e.StartsAt < until);
        var eventCount = await held.CountAsync();
        // A join from the period's events, not a test per registration: the database then reads only those events'
        // registrations (by the EventId index) instead of all of them (190 ms at 200,000 on SQLite).
        var counts = await held.Join(db.Set<EventRegistration>().Where(r => r.Status == RegistrationStatus.Registered), e => e.Id, r => r.EventId, (_, r) => r)
            .GroupBy(r => r.Role)
            .Select(g => new { Role = g.Key, Registered = g.Count(), Attended = g.Count(r => r.CheckedInAt != null) }).ToListAsync();
        var rows = counts.OrderBy(c => c.Role == null).ThenBy(c => c.Role)
            .Select(c => new FigureRow(FigureLabel.Dutch(c.Role is { } role ? RoleCategories.Label(role) : "Niet opgegeven"), [c.Registered, c.Attended])).ToList();
        return new Figure(Events, "Bijeenkomsten: aanmeldingen en aanwezigen per rol",
            new FigureSentence("{0} bijeenkomsten in deze periode, met {1} aanmeldingen; {2} mensen waren aanwezig.", eventCount, counts.Sum(c => c.Registered), counts.Sum(c => c.Attended)),
            "Rol", ["Aangemeld", "Aanwezig"], rows, Note: "Aanwezig: bij binnenkomst afgevinkt.");
    }

    private async Task<Figure> FeedbackAsync(FigurePeriod period, bool fullDetail)
    {
        var rounds = await db.Set<FeedbackRound>().Where(r => r.Deadline >= period.StartUtc && r.Deadline < period.EndUtc)
            .OrderBy(r => r.Deadline).Select(r => new { r.Id, r.Title, r.Audience, r.SubProjectId }).ToListAsync();
        var ids = rounds.Select(r => r.Id).ToList();
        var responses = await db.Set<FeedbackResponse>().Where(r => ids.Contains(r.RoundId))
            .GroupBy(r => r.RoundId).Select(g => new { Round = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Round, g => g.Count);
        var soundingBoard = await db.Set<Participant>().CountAsync(p => p.UserId != null && p.Form == ParticipationForm.SoundingBoard && p.Status == ParticipationStatus.Active);
        var projects = rounds.Where(r => r.SubProjectId != null).Select(r => r.SubProjectId!.Value).Distinct().ToList();
        var workGroups = await db.Set<WorkGroupMember>().Where(m => projects.Contains(m.SubProjectId))
            .GroupBy(m => m.SubProjectId).Select(g => new { Project = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Project, g => g.Count);
        // Who a round invited is counted as the group is now; a round for everyone signed in invites no one in particular.
        int? Invited(FeedbackAudience audience, Guid? project) => audience switch
        {
            FeedbackAudience.SoundingBoard => soundingBoard,
            FeedbackAudience.WorkGroup => project is { } id ? workGroups.GetValueOrDefault(id) : 0,
            _ => null,
        };
        // A round for a group is read by that group only: others see whom it asked, not what it was about.
        FigureLabel Name(string title, FeedbackAudience audience) =>
            fullDetail || audience == FeedbackAudience.Everyone ? FigureLabel.AsIs(title) : FigureLabel.Dutch(audience == FeedbackAudience.SoundingBoard ? "Een ronde voor de klankbordgroep" : "Een ronde voor een werkgroep");
        var rows = rounds.Select(r => new FigureRow(Name(r.Title, r.Audience), [Invited(r.Audience, r.SubProjectId), responses.GetValueOrDefault(r.Id)])).ToList();
        var invitedRounds = rounds.Where(r => Invited(r.Audience, r.SubProjectId) is not null).ToList();
        var rate = new FigureRate(invitedRounds.Sum(r => responses.GetValueOrDefault(r.Id)), invitedRounds.Sum(r => Invited(r.Audience, r.SubProjectId)!.Value));
        return new Figure(FeedbackRounds, "Feedbackrondes en respons",
            new FigureSentence("{0} feedbackrondes sloten in deze periode, met {1} reacties; van wie persoonlijk was uitgenodigd, reageerde {2}.", rounds.Count, responses.Values.Sum(), rate),
            "Feedbackronde", ["Uitgenodigd", "Reacties"], rows,
            Note: "Uitgenodigd: de klankbordgroep of de werkgroep zoals die nu is; een ronde voor iedereen nodigt niemand in het bijzonder uit (–).");
    }

    private async Task<Figure> ComplaintsAsync(FigurePeriod period)
    {
        var starts = period.QuarterStarts();
        var counts = await db.Set<Complaint>().Where(c => c.ReceivedOn >= period.From && c.ReceivedOn <= period.To)
            .CountPerBucket(c => c.Category, c => c.ReceivedOn, starts).ToListAsync();
        var categories = Enum.GetValues<ComplaintCategory>();
        var rows = starts.Select((start, bucket) => new FigureRow(FigureLabel.Quarter(start),
            [.. categories.Select(category => (double?)counts.Where(c => c.Key == category && c.Bucket == bucket).Sum(c => c.Count))])).ToList();
        var most = counts.GroupBy(c => c.Key).Select(g => (Category: g.Key, Count: g.Sum(c => c.Count))).OrderByDescending(c => c.Count).FirstOrDefault();
        var total = counts.Sum(c => c.Count);
        var small = new FigureSentence("{0} meldingen bij de klachtenbalie in deze periode.", total);
        return new Figure(Complaints, "Meldingen bij de klachtenbalie per categorie en kwartaal",
            total == 0 ? new FigureSentence("Geen meldingen bij de klachtenbalie in deze periode.") { WhenSmall = small }
                : new FigureSentence("{0} meldingen bij de klachtenbalie; de meeste over {1} ({2}).", total, FigureLabel.Dutch(ComplaintLabels.Label(most.Category)), most.Count) { WhenSmall = small },
            "Kwartaal", [.. categories.Select(ComplaintLabels.Label)], rows, Stacked: true);
    }

    private async Task<Figure> ComplaintTimesAsync(FigurePeriod period)
    {
        var starts = period.QuarterStarts();
        var cases = await db.Set<Complaint>().Where(c => c.ReceivedOn >= period.From && c.ReceivedOn <= period.To)
            .Select(c => new { c.ReceivedOn, c.FirstResponseAt, c.ClosedAt }).ToListAsync();
        var rows = new List<FigureRow>();
        for (var q = 0; q < starts.Count; q++)
        {
            var end = q + 1 < starts.Count ? starts[q + 1] : period.To.AddDays(1);
            var quarter = cases.Where(c => c.ReceivedOn >= starts[q] && c.ReceivedOn < end).ToList();
            var firstResponse = quarter.Where(c => c.FirstResponseAt is not null).Select(c => ComplaintSignals.DaysSince(c.ReceivedOn, c.FirstResponseAt!.Value)).ToList();
            var closure = quarter.Where(c => c.ClosedAt is not null).Select(c => ComplaintSignals.DaysSince(c.ReceivedOn, c.ClosedAt!.Value)).ToList();
            rows.Add(new FigureRow(FigureLabel.Quarter(starts[q]), [ComplaintSignals.Median(firstResponse), ComplaintSignals.Median(closure)], [firstResponse.Count, closure.Count]));
        }
        return new Figure(ComplaintTimes, "Doorlooptijd van meldingen bij de klachtenbalie",
            new FigureSentence("Van de meldingen in deze periode kregen er {0} een eerste reactie en werden er {1} afgesloten.",
                cases.Count(c => c.FirstResponseAt is not null), cases.Count(c => c.ClosedAt is not null)),
            "Kwartaal van de melding", ["Dagen tot de eerste reactie (mediaan)", "Dagen tot afsluiten (mediaan)"], rows, FigureUnit.Days);
    }

    private async Task<Figure> SafetyAsync(FigurePeriod period)
    {
        var reports = await db.Set<SafetyReport>().CountAsync(r => r.ReceivedOn >= period.From && r.ReceivedOn <= period.To);
        var warnings = await db.Set<SafetyWarning>().CountAsync(w => w.PublishedAt >= period.StartUtc && w.PublishedAt < period.EndUtc);
        var delivered = await db.Set<WarningDelivery>().CountAsync(d => d.DeliveredAt >= period.StartUtc && d.DeliveredAt < period.EndUtc);
        var tallies = db.Set<ClientCheckTally>().Where(t => t.Day >= period.From && t.Day <= period.To);
        var checks = await tallies.SumAsync(t => (int?)t.Checks) ?? 0;
        var matches = await tallies.SumAsync(t => (int?)t.Matches) ?? 0;
        return new Figure(Safety, "Veiligheidsnetwerk",
            new FigureSentence("{0} meldingen, {1} waarschuwingen, {2} keer bij een lid bezorgd en {3} klantchecks in deze periode.", reports, warnings, delivered, checks),
            "Wat", ["Aantal"],
            [Row("Meldingen ontvangen", reports), Row("Waarschuwingen gepubliceerd", warnings), Row("Waarschuwingen bezorgd bij leden", delivered),
                Row("Klantchecks", checks), Row("Klantchecks met een treffer", matches)],
            Note: "Alleen aantallen: geen melding, waarschuwing of lid is hieruit te herleiden.", Summable: false);
    }

    private async Task<Figure> ResultsAsync(FigurePeriod period)
    {
        var started = await db.Set<SubProject>().CountAsync(p => p.StartsOn >= period.From && p.StartsOn <= period.To);
        var finished = await db.Set<SubProject>().CountAsync(p => p.Status == SubProjectStatus.Finished && p.EndsOn >= period.From && p.EndsOn <= period.To);
        var results = await db.PublishedResults().CountAsync(r => r.PublishedAt >= period.StartUtc && r.PublishedAt < period.EndUtc);
        return new Figure(Results, "Deelprojecten en resultaten",
            new FigureSentence("{0} deelprojecten begonnen en {1} afgerond in deze periode; {2} resultaten gepubliceerd.", started, finished, results),
            "Wat", ["Aantal"], [Row("Deelprojecten begonnen", started), Row("Deelprojecten afgerond", finished), Row("Resultaten gepubliceerd", results)], Summable: false);
    }

    private async Task<Figure> ComplaintOutcomesAsync(FigurePeriod period)
    {
        var counts = await db.Set<Complaint>().Where(c => c.Outcome != null && c.ClosedAt >= period.StartUtc && c.ClosedAt < period.EndUtc)
            .GroupBy(c => c.Outcome!.Value).Select(g => new { Outcome = g.Key, Count = g.Count() }).ToListAsync();
        var rows = Enum.GetValues<ComplaintOutcome>().Select(outcome => new FigureRow(FigureLabel.Dutch(ComplaintStatuses.Label(outcome)),
            [counts.Where(c => c.Outcome == outcome).Sum(c => c.Count)])).ToList();
        return new Figure(ComplaintOutcomes, "Uitkomst van afgesloten meldingen bij de klachtenbalie",
            new FigureSentence("{0} meldingen afgesloten in deze periode.", counts.Sum(c => c.Count)), "Uitkomst", ["Meldingen"], rows);
    }

    private async Task<Figure> WarningsAsync(FigurePeriod period)
    {
        var warnings = await db.Set<SafetyWarning>().CountAsync(w => w.PublishedAt >= period.StartUtc && w.PublishedAt < period.EndUtc);
        var delivered = await db.Set<WarningDelivery>().CountAsync(d => d.DeliveredAt >= period.StartUtc && d.DeliveredAt < period.EndUtc);
        return new Figure(Warnings, "Waarschuwingen van het veiligheidsnetwerk",
            new FigureSentence("{0} waarschuwingen gepubliceerd, {1} keer bij een lid bezorgd.", warnings, delivered),
            "Wat", ["Aantal"], [Row("Waarschuwingen gepubliceerd", warnings), Row("Waarschuwingen bezorgd bij leden", delivered)], Summable: false);
    }

    private async Task<Figure> AssignmentsAsync(FigurePeriod period)
    {
        var assignments = db.Set<Assignment>().Where(a => a.CreatedAt < period.EndUtc && (a.ClosedAt == null || a.ClosedAt >= period.StartUtc));
        var counts = await assignments.GroupBy(a => new { a.Kind, a.Status }).Select(g => new { g.Key.Kind, g.Key.Status, Count = g.Count() }).ToListAsync();
        var students = await db.Set<AssignmentApplication>().CountAsync(p => p.Status == ApplicationStatus.Accepted && assignments.Any(a => a.Id == p.AssignmentId));
        var statuses = Enum.GetValues<AssignmentStatus>();
        var rows = AssignmentLabels.Kinds.Select(kind => new FigureRow(FigureLabel.Dutch(AssignmentLabels.Label(kind)),
            [.. statuses.Select(status => (double?)counts.Where(c => c.Kind == kind && c.Status == status).Sum(c => c.Count))])).ToList();
        return new Figure(Assignments, "Opdrachten voor studenten naar soort en status",
            new FigureSentence("{0} opdrachten voor studenten in deze periode, met {1} aangenomen studenten; {2} afgerond.",
                counts.Sum(c => c.Count), students, counts.Where(c => c.Status == AssignmentStatus.Completed).Sum(c => c.Count)),
            "Soort opdracht", [.. statuses.Select(AssignmentLabels.Label)], rows, Stacked: true, Note: "Status zoals die nu is.");
    }

    private async Task<Figure> NewsletterAsync(FigurePeriod period)
    {
        var editions = await db.Set<NewsletterEdition>().Where(e => e.Status == EditionStatus.Sent && e.SentAt >= period.StartUtc && e.SentAt < period.EndUtc)
            .OrderBy(e => e.SentAt).Select(e => new { e.Title, e.SentAt, e.Recipients }).ToListAsync();
        var subscribers = await db.Set<NewsletterSubscriber>().CountAsync(s => s.Status == SubscriptionStatus.Confirmed);
        var rows = editions.Select(e => new FigureRow(FigureLabel.AsIs($"{e.Title} ({ProgrammeTime.DayOf(e.SentAt!.Value):yyyy-MM-dd})"), [e.Recipients])).ToList();
        return new Figure(Newsletter, "Bereik van de nieuwsbrief",
            new FigureSentence("{0} edities verstuurd, aan in totaal {1} adressen; de nieuwsbrief heeft nu {2} abonnees.", editions.Count, editions.Sum(e => e.Recipients), subscribers),
            "Editie", ["Ontvangers"], rows);
    }

    private async Task<Figure> KnowledgeAsync(FigurePeriod period)
    {
        var starts = period.BucketStartsUtc();
        var published = await db.Set<KnowledgeItem>()
            .Where(i => i.Status == KnowledgeStatus.Published && i.PublishedAt >= period.StartUtc && i.PublishedAt < period.EndUtc)
            .CountPerBucket(i => i.PublishedAt!.Value, starts).ToListAsync();
        var lessons = await db.Set<LessonProgress>().Where(l => l.CompletedAt >= period.StartUtc && l.CompletedAt < period.EndUtc)
            .CountPerBucket(l => l.CompletedAt, starts).ToListAsync();
        var rows = period.BucketStarts().Select((start, bucket) => new FigureRow(period.BucketLabel(start),
            [published.Where(c => c.Bucket == bucket).Sum(c => c.Count), lessons.Where(c => c.Bucket == bucket).Sum(c => c.Count)])).ToList();
        return new Figure(Knowledge, "Kennisbank: gepubliceerd en geleerd",
            new FigureSentence("{0} kennisitems gepubliceerd en {1} lessen afgerond in deze periode.", published.Sum(c => c.Count), lessons.Sum(c => c.Count)),
            "Periode", ["Gepubliceerd", "Lessen afgerond"], rows, Note: "Gepubliceerd: items die nu nog openbaar of voor leden te lezen zijn.");
    }
}
