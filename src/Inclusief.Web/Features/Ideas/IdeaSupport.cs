namespace Inclusief.Web.Features.Ideas;

/// <summary>
/// "Ik steun dit": one member's support for someone else's shared idea, once per account and withdrawable. Only the
/// count is shown; who supports is nobody's business but theirs (their own data export lists it).
/// </summary>
public class IdeaSupport
{
    public Guid IdeaId { get; private set; }

    public string UserId { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public static IdeaSupport Give(Idea idea, string userId, DateTime now)
    {
        RuleException.Unless(idea.IsShared, "Alleen een gedeeld idee kun je steunen.");
        RuleException.Unless(idea.SubmitterId != userId, "Je eigen idee kun je niet steunen.");
        RuleException.Unless(IdeaStatuses.IsOpen(idea.Status), "Over dit idee is al besloten; steunen kan niet meer.");
        return new IdeaSupport { IdeaId = idea.Id, UserId = userId, CreatedAt = now };
    }
}
