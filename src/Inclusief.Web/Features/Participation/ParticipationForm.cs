namespace Inclusief.Web.Features.Participation;

/// <summary>
/// The ways to take part that go through an application and intake. (The newsletter, the first way, needs
/// no application: see Features/Newsletter.)
/// </summary>
public enum ParticipationForm
{
    ExpertGroup,
    WorkFieldGroup,
    ProjectIdea,
    SoundingBoard,
    Partner,
}

public static class ParticipationForms
{
    public static readonly IReadOnlyList<ParticipationForm> All = Enum.GetValues<ParticipationForm>();

    /// <summary>The form's name in addresses: /Participation/SignUp/expert-group.</summary>
    public static string Slug(ParticipationForm form) => form switch
    {
        ParticipationForm.ExpertGroup => "expert-group",
        ParticipationForm.WorkFieldGroup => "work-field-group",
        ParticipationForm.ProjectIdea => "project-idea",
        ParticipationForm.SoundingBoard => "sounding-board",
        _ => "partner",
    };

    public static ParticipationForm? FromSlug(string? slug) => All.Cast<ParticipationForm?>().FirstOrDefault(f => Slug(f!.Value) == slug);

    public static string Label(ParticipationForm form) => form switch
    {
        ParticipationForm.ExpertGroup => "Expertgroep",
        ParticipationForm.WorkFieldGroup => "Werkveldgroep",
        ParticipationForm.ProjectIdea => "Projectidee",
        ParticipationForm.SoundingBoard => "Klankbordgroep",
        _ => "Samenwerkingspartner",
    };

    public static string Explanation(ParticipationForm form) => form switch
    {
        ParticipationForm.ExpertGroup => "Je deelt kennis of ervaring: met een presentatie op een bijeenkomst of symposium, een essay, of advies.",
        ParticipationForm.WorkFieldGroup => "Je werkt mee in een of meer deelprojecten, op persoonlijke titel of namens je organisatie.",
        ParticipationForm.ProjectIdea => "Je brengt een idee, een kwestie of een lopend project in. Samen kijken we of het een deelproject kan worden.",
        ParticipationForm.SoundingBoard => "Je geeft feedback op oplossingsrichtingen en sociale tools, zodat ze echt werken voor wie ze bedoeld zijn.",
        _ => "Je organisatie verbindt zich voor het hele programma, met mensen, tijd of faciliteiten, in een samenwerkingscontract.",
    };

    /// <summary>A group with members (the expert group, work-field group, sounding board and partners).</summary>
    public static bool IsGroup(ParticipationForm form) => form != ParticipationForm.ProjectIdea;
}
