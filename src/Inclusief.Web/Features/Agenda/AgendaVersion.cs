using System.Text.Json;

namespace Inclusief.Web.Features.Agenda;

/// <summary>
/// The knowledge agenda as published on a day: every version stays readable, because the agenda is dynamic and the
/// ministry asks how it changed. Its content is a snapshot, names and titles included, so a later rename or a
/// removed line does not rewrite what was published.
/// </summary>
public class AgendaVersion
{
    public const int ChangeNoteMaxLength = 2000;

    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>1 for the first published version, then counting up.</summary>
    public int Number { get; private set; }

    public DateTime PublishedAt { get; private set; }

    /// <summary>The coordinator who published it; emptied when their account is erased.</summary>
    public string? PublishedById { get; private set; }

    /// <summary>What changed and why, in the coordinators' words.</summary>
    public string ChangeNote { get; private set; } = "";

    public string Content { get; private set; } = "";

    public AgendaSnapshot Snapshot() => JsonSerializer.Deserialize<AgendaSnapshot>(Content) ?? new AgendaSnapshot([]);

    public static AgendaVersion Publish(int number, AgendaSnapshot snapshot, AgendaSnapshot? previous, string changeNote, string publishedById, DateTime now)
    {
        RuleException.Unless(snapshot.Lines.Count > 0, "Schrijf eerst minstens één programmalijn.");
        RuleException.Unless(previous is null || !snapshot.SameAs(previous), "Er is niets veranderd sinds versie {0}: er is geen nieuwe versie nodig.", number - 1);
        RuleException.Unless(number == 1 || !string.IsNullOrWhiteSpace(changeNote), "Schrijf wat er veranderde sinds de vorige versie, en waarom.");
        RuleException.Unless(changeNote.Length <= ChangeNoteMaxLength, "De toelichting is hoogstens {0} tekens.", ChangeNoteMaxLength);
        return new AgendaVersion { Number = number, Content = JsonSerializer.Serialize(snapshot), ChangeNote = changeNote.Trim(), PublishedById = publishedById, PublishedAt = now };
    }

    public void ForgetPublisher() => PublishedById = null;
}

public sealed record AgendaSnapshot(IReadOnlyList<AgendaSnapshot.Line> Lines)
{
    public sealed record Line(string Title, string Description, IReadOnlyList<string> Questions, IReadOnlyList<string> ResultsWanted,
        IReadOnlyList<Commitment> Commitments, IReadOnlyList<Work> Work);

    public sealed record Commitment(string Organisation, string Contribution);

    /// <summary>A piece of work as it was named when published; <see cref="TargetId"/> finds it today.</summary>
    public sealed record Work(AgendaWorkKind Kind, string TargetId, string Title, FourO O);

    public AgendaSnapshot WithWorkIn(IReadOnlyDictionary<(AgendaWorkKind Kind, string TargetId), string> shown) =>
        new([.. Lines.Select(l => l with { Work = [.. l.Work.Where(w => shown.ContainsKey((w.Kind, w.TargetId)))] })]);

    /// <summary>The same lines, questions, results, partners and work as <paramref name="other"/>: publishing it again would change nothing.</summary>
    public bool SameAs(AgendaSnapshot other) => System.Text.Json.JsonSerializer.Serialize(this) == System.Text.Json.JsonSerializer.Serialize(other);

    /// <summary>
    /// What changed from <paramref name="earlier"/> to this version, line by line: lines added and removed, and per
    /// line kept the questions, results, partners and work added and removed. Empty when nothing changed.
    /// </summary>
    public IReadOnlyList<Change> ChangesSince(AgendaSnapshot earlier)
    {
        var changes = new List<Change>();
        // Lines are told apart by title; two with one title compare as the first.
        var before = earlier.Lines.GroupBy(l => l.Title, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines)
        {
            if (!before.TryGetValue(line.Title, out var old))
            {
                changes.Add(new Change(line.Title, ChangeKind.LineAdded, line.Title));
                continue;
            }
            void Compare(IEnumerable<string> now, IEnumerable<string> then, ChangeKind added, ChangeKind removed)
            {
                changes.AddRange(now.Except(then).Select(x => new Change(line.Title, added, x)));
                changes.AddRange(then.Except(now).Select(x => new Change(line.Title, removed, x)));
            }
            Compare(line.Questions, old.Questions, ChangeKind.QuestionAdded, ChangeKind.QuestionRemoved);
            Compare(line.ResultsWanted, old.ResultsWanted, ChangeKind.ResultAdded, ChangeKind.ResultRemoved);
            Compare(line.Commitments.Select(c => c.Organisation), old.Commitments.Select(c => c.Organisation), ChangeKind.PartnerAdded, ChangeKind.PartnerRemoved);
            Compare(line.Work.Select(w => w.Title), old.Work.Select(w => w.Title), ChangeKind.WorkAdded, ChangeKind.WorkRemoved);
        }
        var titles = Lines.Select(l => l.Title).ToHashSet(StringComparer.OrdinalIgnoreCase);
        changes.AddRange(earlier.Lines.Where(l => !titles.Contains(l.Title)).Select(l => new Change(l.Title, ChangeKind.LineRemoved, l.Title)));
        return changes;
    }

    public sealed record Change(string Line, ChangeKind Kind, string What);

    public enum ChangeKind
    {
        LineAdded,
        LineRemoved,
        QuestionAdded,
        QuestionRemoved,
        ResultAdded,
        ResultRemoved,
        PartnerAdded,
        PartnerRemoved,
        WorkAdded,
        WorkRemoved,
    }

    public static string Label(ChangeKind kind) => kind switch
    {
        ChangeKind.LineAdded => "Nieuwe programmalijn",
        ChangeKind.LineRemoved => "Programmalijn vervallen",
        ChangeKind.QuestionAdded => "Nieuwe vraag",
        ChangeKind.QuestionRemoved => "Vraag vervallen",
        ChangeKind.ResultAdded => "Nieuw beoogd resultaat",
        ChangeKind.ResultRemoved => "Beoogd resultaat vervallen",
        ChangeKind.PartnerAdded => "Nieuwe partner",
        ChangeKind.PartnerRemoved => "Partner niet meer betrokken",
        ChangeKind.WorkAdded => "Nieuw werk",
        _ => "Werk niet meer bij deze lijn",
    };
}
