namespace Inclusief.Web.Features.Events;

/// <summary>The kinds of gathering the programme organises (seed 003 and 004).</summary>
public enum EventType
{
    ThemeMeeting,
    Symposium,
    DialogueTable,
    KnowledgeCafe,
    WorkFieldMeeting,
    InspirationMeeting,
    JobShadowing,
    FocusGroup,
}

public static class EventTypes
{
    public static string Label(EventType type) => type switch
    {
        EventType.ThemeMeeting => "Themabijeenkomst",
        EventType.Symposium => "Symposium",
        EventType.DialogueTable => "Dialoogtafel",
        EventType.KnowledgeCafe => "Kenniscafé",
        EventType.WorkFieldMeeting => "Werkveldbijeenkomst",
        EventType.InspirationMeeting => "Inspiratiebijeenkomst",
        EventType.JobShadowing => "Snuffelstage voor beleidsmakers",
        _ => "Focusgroep",
    };

    /// <summary>Schema.org has no dialogue table; these are the nearest event types it knows.</summary>
    public static string SchemaOrgType(EventType type) => type switch
    {
        EventType.Symposium or EventType.ThemeMeeting => "BusinessEvent",
        EventType.KnowledgeCafe or EventType.InspirationMeeting => "EducationEvent",
        _ => "SocialEvent",
    };
}
