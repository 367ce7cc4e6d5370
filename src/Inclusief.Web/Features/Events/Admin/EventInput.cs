using System.ComponentModel.DataAnnotations;
using Inclusief.Web.Infrastructure.Localization;

namespace Inclusief.Web.Features.Events.Admin;

public sealed class EventInput
{
    public EventType Type { get; set; } = EventType.ThemeMeeting;

    [Required]
    [StringLength(Event.TitleMaxLength)]
    [Display(Name = "Titel")]
    public string Title { get; set; } = "";

    [Required]
    [StringLength(Event.TextMaxLength)]
    [Display(Name = "Beschrijving")]
    public string Description { get; set; } = "";

    [Required]
    [Display(Name = "Datum")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Begintijd")]
    public TimeOnly StartTime { get; set; } = new(13, 0);

    [Display(Name = "Einddatum (als het langer dan een dag duurt)")]
    public DateOnly? EndDate { get; set; }

    [Display(Name = "Eindtijd")]
    public TimeOnly EndTime { get; set; } = new(17, 0);

    [StringLength(Event.VenueOrLinkMaxLength)]
    [Display(Name = "Plaats en adres")]
    public string? Venue { get; set; }

    [StringLength(Event.VenueOrLinkMaxLength)]
    [Display(Name = "Link voor online deelname")]
    public string? OnlineLink { get; set; }

    public EventAudience Audience { get; set; } = EventAudience.Public;

    [Required]
    [StringLength(Event.LanguagesMaxLength)]
    [Display(Name = "Talen")]
    public string Languages { get; set; } = "Nederlands";

    [Display(Name = "Taal van titel en beschrijving")]
    public string TextLanguage { get; set; } = "nl";

    [StringLength(Event.AccessibilityMaxLength)]
    [Display(Name = "Toegankelijkheid")]
    public string? AccessibilityInfo { get; set; }

    [Range(1, 100000)]
    [Display(Name = "Aantal plaatsen")]
    public int Capacity { get; set; } = 50;

    [Range(0, 100000)]
    [Display(Name = "Gereserveerde plaatsen")]
    public int ReservedPlaces { get; set; }

    public RoleCategory? ReservedFor { get; set; }

    [Display(Name = "Aanmelding open vanaf (datum)")]
    public DateOnly? OpensDate { get; set; }

    [Display(Name = "Aanmelding open vanaf (tijd)")]
    public TimeOnly OpensTime { get; set; } = new(9, 0);

    [Display(Name = "Aanmelding sluit op (datum)")]
    public DateOnly? ClosesDate { get; set; }

    [Display(Name = "Aanmelding sluit om (tijd)")]
    public TimeOnly ClosesTime { get; set; } = new(12, 0);

    public Event.Draft ToDraft(DateTime now)
    {
        var date = Date!.Value;
        var startsAt = ProgrammeTime.ToUtc(date, StartTime);
        return new Event.Draft(Type, Title, Description, startsAt, ProgrammeTime.ToUtc(EndDate ?? date, EndTime), Venue, OnlineLink, Audience, Languages,
            AccessibilityInfo, Capacity, ReservedPlaces, ReservedFor,
            OpensDate is { } opens ? ProgrammeTime.ToUtc(opens, OpensTime) : now,
            ClosesDate is { } closes ? ProgrammeTime.ToUtc(closes, ClosesTime) : startsAt, TextLanguage);
    }

    public static EventInput From(Event ev)
    {
        var start = ProgrammeTime.ToLocal(ev.StartsAt);
        var end = ProgrammeTime.ToLocal(ev.EndsAt);
        var opens = ProgrammeTime.ToLocal(ev.RegistrationOpensAt);
        var closes = ProgrammeTime.ToLocal(ev.RegistrationClosesAt);
        return new EventInput
        {
            Type = ev.Type,
            Title = ev.Title,
            Description = ev.Description,
            Date = DateOnly.FromDateTime(start),
            StartTime = TimeOnly.FromDateTime(start),
            EndDate = DateOnly.FromDateTime(end) == DateOnly.FromDateTime(start) ? null : DateOnly.FromDateTime(end),
            EndTime = TimeOnly.FromDateTime(end),
            Venue = ev.Venue,
            OnlineLink = ev.OnlineLink,
            Audience = ev.Audience,
            Languages = ev.Languages,
            TextLanguage = ev.TextLanguage,
            AccessibilityInfo = ev.AccessibilityInfo,
            Capacity = ev.Capacity,
            ReservedPlaces = ev.ReservedPlaces,
            ReservedFor = ev.ReservedFor,
            OpensDate = DateOnly.FromDateTime(opens),
            OpensTime = TimeOnly.FromDateTime(opens),
            ClosesDate = DateOnly.FromDateTime(closes),
            ClosesTime = TimeOnly.FromDateTime(closes),
        };
    }
}
