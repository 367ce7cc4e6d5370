namespace Inclusief.Web.Infrastructure.Consents;

/// <summary>
/// One consent given or withdrawn, for one purpose, with the version of the wording the person saw.
/// Changes add a row; the newest row per purpose is the current state.
/// </summary>
public class ConsentRecord
{
    public long Id { get; private set; }

    public string SubjectType { get; private set; } = "";

    public string SubjectId { get; private set; } = "";

    public string Purpose { get; private set; } = "";

    public string WordingVersion { get; private set; } = "";

    public bool Given { get; private set; }

    public DateTime At { get; private set; }

    public static ConsentRecord Create(string subjectType, string subjectId, ConsentPurpose purpose, bool given, DateTime at) => new()
    {
        SubjectType = subjectType,
        SubjectId = subjectId,
        Purpose = purpose.Code,
        WordingVersion = purpose.WordingVersion,
        Given = given,
        At = at,
    };
}
