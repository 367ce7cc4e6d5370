using System.Globalization;
using Inclusief.Web.Infrastructure.Jobs;

namespace Inclusief.Web.Features.Newsletter;

public enum EditionStatus
{
    Draft,
    Sending,
    Sent,
}

/// <summary>
/// One edition of the newsletter: an introduction and a selection of events and published results. It is sent
/// once: the step from draft to sending is a conditional update, so a second click (or a second coordinator)
/// cannot send it again.
/// </summary>
public class NewsletterEdition
{
    public const int IntroMaxLength = 4000;

    public const int TitleMaxLength = 200;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string Title { get; private set; } = "";

    public string Intro { get; private set; } = "";

    /// <summary>Selected event ids, separated by '|'.</summary>
    public string EventIds { get; private set; } = "";

    /// <summary>Selected sub-project result ids, separated by '|'.</summary>
    public string ResultIds { get; private set; } = "";

    /// <summary>Selected knowledge-base item ids, separated by '|'.</summary>
    public string KnowledgeIds { get; private set; } = "";

    public EditionStatus Status { get; private set; }

    public string CreatedById { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime? SentAt { get; private set; }

    public int Recipients { get; private set; }

    /// <summary>
    /// The edition as it went out, composed once when sent (JSON, no addressee): each subscriber's copy is made from it
    /// when the outbox sends it, so the outbox holds an address and a link per subscriber instead of the whole edition.
    /// </summary>
    public string? SentMail { get; private set; }

    public IReadOnlyList<Guid> EventList => Parse(EventIds);

    public IReadOnlyList<Guid> ResultList => Parse(ResultIds);

    public IReadOnlyList<int> KnowledgeList => KnowledgeIds.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToList();

    public static NewsletterEdition Draft(string createdById, DateTime now) => new() { CreatedById = createdById, CreatedAt = now, Status = EditionStatus.Draft };

    public void Compose(string? title, string? intro, IEnumerable<Guid> events, IEnumerable<Guid> results, IEnumerable<int> knowledge)
    {
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(intro))
        {
            throw new RuleException("Vul een titel en een inleiding in.");
        }
        if (title.Length > TitleMaxLength)
        {
            throw RuleException.TooLong("Titel", TitleMaxLength);
        }
        if (intro.Length > IntroMaxLength)
        {
            throw RuleException.TooLong("Inleiding", IntroMaxLength);
        }
        if (Status != EditionStatus.Draft)
        {
            throw new RuleException("Deze editie is al verstuurd en kan niet meer veranderen.");
        }
        Title = title.Trim();
        Intro = intro.Trim();
        EventIds = string.Join('|', events.Distinct());
        ResultIds = string.Join('|', results.Distinct());
        KnowledgeIds = string.Join('|', knowledge.Distinct());
    }

    public void MarkSent(int recipients, DateTime now)
    {
        Status = EditionStatus.Sent;
        Recipients = recipients;
        SentAt = now;
    }

    private static List<Guid> Parse(string ids) => ids.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
}

/// <summary>One subscriber's copy of an edition, linked to its mail in the outbox for the delivery figures. Unique per pair.</summary>
public class EditionDelivery
{
    public long Id { get; private set; }

    public Guid EditionId { get; private set; }

    public Guid SubscriberId { get; private set; }

    public long? OutboxMessageId { get; private set; }

    public OutboxMessage? Message { get; private set; }

    /// <summary>The delivery of a copy already inserted (its id is known).</summary>
    public static EditionDelivery For(Guid editionId, Guid subscriberId, OutboxMessage copy) => copy.Id == 0
        ? throw new InvalidOperationException("Queue the copy before its delivery: the delivery points at its id.")
        : new() { EditionId = editionId, SubscriberId = subscriberId, OutboxMessageId = copy.Id };
}
