namespace Inclusief.Web.Features.Participation;

/// <summary>A coordinator's private note on a participant, encrypted at rest, never shown to the participant.</summary>
public class CoordinatorNote
{
    public const string CipherPurpose = "participation.coordinator-note";

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid ParticipantId { get; private set; }

    public string AuthorId { get; private set; } = "";

    public string EncryptedText { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public static CoordinatorNote Create(Guid participantId, string authorId, string encryptedText, DateTime now) => new()
    {
        ParticipantId = participantId,
        AuthorId = authorId,
        EncryptedText = encryptedText,
        CreatedAt = now,
    };
}
