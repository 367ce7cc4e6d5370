using Inclusief.Web.Infrastructure.Security;

namespace Inclusief.Web.Features.Research;

/// <summary>
/// Participatory action research with one municipality or region: a question, partners, phases, an inventory
/// from every stakeholder group (also anonymously through a link), themes, focus groups, actions and a
/// quarterly consultation with everyone, sex workers at the table.
/// </summary>
public class Trajectory
{
    public const int TextMaxLength = 4000;
    public const int TitleMaxLength = 200;
    public const int FacilitatorsMaxLength = 500;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string Title { get; private set; } = "";

    public string? MunicipalityCode { get; private set; }

    public string Question { get; private set; } = "";

    public string Partners { get; private set; } = "";

    public string Facilitators { get; private set; } = "";

    public DateOnly StartsOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    public ResearchPhase Phase { get; private set; }

    /// <summary>The secret in the inventory link that lets people contribute without an account.</summary>
    public string InventoryCode { get; private set; } = "";

    public string CreatedById { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public static Trajectory Start(string title, string? municipalityCode, string question, string partners, string facilitators, DateOnly startsOn, DateOnly? endsOn, string createdById, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(question))
        {
            throw new RuleException("Vul een titel en de onderzoeksvraag in.");
        }
        if (endsOn is { } end && end < startsOn)
        {
            throw new RuleException("Het einde moet na het begin liggen.");
        }
        return new Trajectory
        {
            Title = title.Trim(),
            MunicipalityCode = string.IsNullOrWhiteSpace(municipalityCode) ? null : municipalityCode,
            Question = question.Trim(),
            Partners = partners.Trim(),
            Facilitators = facilitators.Trim(),
            StartsOn = startsOn,
            EndsOn = endsOn,
            Phase = ResearchPhase.Preparation,
            InventoryCode = RandomCode.Of(32, RandomCode.LowerHex),
            CreatedById = createdById,
            CreatedAt = now,
        };
    }

    /// <summary>Phases go forward one at a time (a step back is allowed to correct a mistake).</summary>
    public void MoveTo(ResearchPhase phase)
    {
        if (Math.Abs((int)phase - (int)Phase) != 1)
        {
            throw new RuleException("Ga één fase tegelijk verder (of één terug).");
        }
        Phase = phase;
    }

    public bool AcceptsInventory => Phase == ResearchPhase.Inventory;
}
