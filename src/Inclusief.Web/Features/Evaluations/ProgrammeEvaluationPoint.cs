using System.Text.Json;
using Inclusief.Web.Features.Projects;

namespace Inclusief.Web.Features.Evaluations;

/// <summary>
/// The weegmoment: after a period (two years, in the programme plan) the coordinators and partners weigh what the
/// programme did and decide whether the route continues, changes course or stops. The figures it is weighed on are
/// frozen into it when it opens, so the document reads the same years later. (A sub-project weighs its own course
/// in its <see cref="Projects.EvaluationPoint"/>s.)
/// </summary>
public class ProgrammeEvaluationPoint
{
    public const int TitleMaxLength = 200;
    public const int SectionMaxLength = 8000;

    /// <summary>How audit entries name an evaluation point.</summary>
    public const string SubjectType = "evaluation-point";

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string Title { get; private set; } = "";

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public string OpenedById { get; private set; } = "";

    public DateTime OpenedAt { get; private set; }

    /// <summary>When the figures were last frozen: on opening, or when a coordinator froze them again before the decision.</summary>
    public DateTime FrozenAt { get; private set; }

    /// <summary>
    /// Every figure over the period, every number in it: for coordinators. Partners and the public read the impact
    /// page's figures of each closed year in the period as they are today instead: a frozen copy next to the live
    /// page would let the two be subtracted, showing a hidden count that changed since.
    /// </summary>
    public string Figures { get; private set; } = "";

    /// <summary>Published feedback responses and event write-ups from the period (<see cref="EvaluationSource"/>), as they read when frozen.</summary>
    public string Sources { get; private set; } = "[]";

    public string WhatWorked { get; private set; } = "";

    public string WhatDidNotWork { get; private set; } = "";

    public string WhatParticipantsSaid { get; private set; } = "";

    public DateTime? PartnersInvitedAt { get; private set; }

    public EvaluationDecision? Decision { get; private set; }

    public string? DecisionReasons { get; private set; }

    public string? AgreedChanges { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public string? DecidedById { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    /// <summary>Every change counts up; a form carries it, so a change on a page another change made stale is refused.</summary>
    public int Version { get; private set; }

    public List<PartnerView> PartnerViews { get; private set; } = [];

    public bool IsDecided => Decision is not null;

    public static RuleException ChangedMeanwhile() => new("Dit weegmoment is intussen gewijzigd. Je tekst staat hieronder nog; bekijk de nieuwe stand en sla opnieuw op.");

    /// <summary>What is frozen into the evaluation: every figure, and what participants were told.</summary>
    public sealed record Frozen(string Figures, IReadOnlyList<EvaluationSource> Sources);

    public static ProgrammeEvaluationPoint Open(string title, DateOnly from, DateOnly to, DateOnly today, Frozen frozen, string openedById, DateTime now)
    {
        MayOpen(title, from, to, today);
        var evaluation = new ProgrammeEvaluationPoint { Title = title.Trim(), From = from, To = to, OpenedById = openedById, OpenedAt = now };
        evaluation.Freeze(frozen, now);
        return evaluation;
    }

    /// <summary>The rules for opening one, asked before its figures are frozen: freezing a period that cannot be one is work for nothing.</summary>
    public static void MayOpen(string title, DateOnly from, DateOnly to, DateOnly today)
    {
        RuleException.Unless(!string.IsNullOrWhiteSpace(title), "Geef het weegmoment een titel.");
        RuleException.Unless(from <= to, "De einddatum ligt voor de begindatum.");
        RuleException.Unless(to <= today, "Een weegmoment gaat over een periode die voorbij is: kies een einddatum tot en met vandaag.");
        RuleException.Unless(from.Year >= 2000, "Kies een begindatum vanaf het jaar 2000.");
        RuleException.Unless(to <= from.AddYears(Infrastructure.Figures.FigurePeriod.LongestInYears), "Kies een periode van hoogstens {0} jaar.", Infrastructure.Figures.FigurePeriod.LongestInYears);
    }

    /// <summary>Freezes the figures again, until the decision: a source already chosen stays chosen.</summary>
    public void Refreeze(Frozen frozen, DateTime now)
    {
        MustBeOpen();
        Freeze(frozen, now);
    }

    private void Freeze(Frozen frozen, DateTime now)
    {
        var chosen = SourceList().Where(s => s.Included).Select(s => s.Key).ToHashSet();
        Figures = frozen.Figures;
        Sources = JsonSerializer.Serialize(frozen.Sources.Select(s => s with { Included = chosen.Contains(s.Key) }).ToList());
        FrozenAt = now;
        Version++;
    }

    public IReadOnlyList<EvaluationSource> SourceList() => JsonSerializer.Deserialize<List<EvaluationSource>>(Sources) ?? [];

    /// <summary>The narrative sections, and which of the participants' sources the document quotes.</summary>
    public void Write(string whatWorked, string whatDidNotWork, string whatParticipantsSaid, IReadOnlyCollection<string> includedSources)
    {
        MustBeOpen();
        RuleException.Unless(new[] { whatWorked, whatDidNotWork, whatParticipantsSaid }.All(s => s.Length <= SectionMaxLength), "Een onderdeel is hoogstens {0} tekens.", SectionMaxLength);
        (WhatWorked, WhatDidNotWork, WhatParticipantsSaid) = (whatWorked.Trim(), whatDidNotWork.Trim(), whatParticipantsSaid.Trim());
        Sources = JsonSerializer.Serialize(SourceList().Select(s => s with { Included = includedSources.Contains(s.Key) }).ToList());
        Version++;
    }

    /// <summary>Partners' contacts may read it and add their view from now on; true the first time (the caller mails them).</summary>
    public bool InvitePartners(DateTime now)
    {
        MustBeOpen();
        if (PartnersInvitedAt is not null)
        {
            return false;
        }
        PartnersInvitedAt = now;
        Version++;
        return true;
    }

    /// <summary>An organisation's view, written by one of its contacts; another contact of it rewrites it.</summary>
    public PartnerView GiveView(Guid organisationId, string organisationName, string text, string writtenById, DateTime now)
    {
        RuleException.Unless(PartnersInvitedAt is not null, "Partners zijn nog niet uitgenodigd voor dit weegmoment.");
        RuleException.Unless(!IsDecided, "Over dit weegmoment is al besloten; je visie kan niet meer worden toegevoegd of gewijzigd.");
        RuleException.Unless(!string.IsNullOrWhiteSpace(text), "Schrijf je visie.");
        RuleException.Unless(text.Length <= SectionMaxLength, "Een onderdeel is hoogstens {0} tekens.", SectionMaxLength);
        var view = PartnerViews.FirstOrDefault(v => v.OrganisationId == organisationId);
        if (view is null)
        {
            view = PartnerView.For(Id, organisationId);
            PartnerViews.Add(view);
        }
        view.Rewrite(organisationName, text.Trim(), writtenById, now);
        // The evaluation's row changes too, so a view saved while a coordinator decides is refused, not slipped in.
        Version++;
        return view;
    }

    public void Decide(EvaluationDecision decision, string reasons, string? changes, string decidedById, DateTime now)
    {
        MustBeOpen();
        RuleException.Unless(Enum.IsDefined(decision), "Kies een besluit uit de lijst.");
        RuleException.Unless(!string.IsNullOrWhiteSpace(reasons), "Schrijf waarom dit het besluit is.");
        RuleException.Unless(decision != EvaluationDecision.Adjust || !string.IsNullOrWhiteSpace(changes), "Schrijf welke veranderingen zijn afgesproken.");
        RuleException.Unless(reasons.Length <= SectionMaxLength && (changes?.Length ?? 0) <= SectionMaxLength, "Een onderdeel is hoogstens {0} tekens.", SectionMaxLength);
        (Decision, DecisionReasons, AgreedChanges, DecidedById, DecidedAt) =
            (decision, reasons.Trim(), string.IsNullOrWhiteSpace(changes) ? null : changes.Trim(), decidedById, now);
        Version++;
    }

    /// <summary>For everyone, once decided: the document with the public figures per year and the public sources only.</summary>
    public void Publish(DateTime now)
    {
        RuleException.Unless(IsDecided, "Publiceer een weegmoment pas als het besluit is vastgelegd.");
        RuleException.Unless(PublishedAt is null, "Dit weegmoment is al gepubliceerd.");
        PublishedAt = now;
        Version++;
    }

    /// <summary>An account that opened or decided it is gone: the document stays, without who it was.</summary>
    public void ForgetAccount(string userId)
    {
        if (OpenedById == userId)
        {
            OpenedById = "";
        }
        if (DecidedById == userId)
        {
            DecidedById = null;
        }
    }

    private void MustBeOpen() => RuleException.Unless(!IsDecided, "Over dit weegmoment is al besloten; het document verandert niet meer.");
}

/// <summary>
/// What participants were told in the period: a feedback round's published response or an event's write-up, as it
/// read when frozen (what the coordinators weighed). <see cref="IsPublic"/> is true only for a public event's
/// write-up; partners and the public read no other, and read it as the event's page shows it today.
/// </summary>
public sealed record EvaluationSource(string Kind, string Id, string Title, DateTime On, string Text, bool IsPublic, bool Included = false)
{
    public const string FeedbackKind = "feedback";
    public const string EventKind = "event";

    public string Key => $"{Kind}:{Id}";
}

/// <summary>A partner organisation's view on an evaluation point, written by one of its contacts.</summary>
public class PartnerView
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid ProgrammeEvaluationPointId { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary>The organisation's name when the view was written: the document keeps reading the same.</summary>
    public string OrganisationName { get; private set; } = "";

    public string Text { get; private set; } = "";

    /// <summary>The contact who last wrote it; emptied when their account is erased (the view is the organisation's).</summary>
    public string? WrittenById { get; private set; }

    public DateTime WrittenAt { get; private set; }

    internal static PartnerView For(Guid evaluationPointId, Guid organisationId) => new() { ProgrammeEvaluationPointId = evaluationPointId, OrganisationId = organisationId };

    internal void Rewrite(string organisationName, string text, string writtenById, DateTime now) =>
        (OrganisationName, Text, WrittenById, WrittenAt) = (organisationName, text, writtenById, now);

    public void ForgetWriter() => WrittenById = null;
}
