namespace Inclusief.Web.Features.Conversation;

/// <summary>Why a reader reports a comment. Naming or outing someone comes first: the queue shows those first.</summary>
public enum CommentReportReason
{
    NamesOrOutsSomeone,
    ThreatOrHarassment,
    HateOrDiscrimination,
    Spam,
    Other,
}

public static class CommentReportReasons
{
    public static string Label(CommentReportReason reason) => reason switch
    {
        CommentReportReason.NamesOrOutsSomeone => "Noemt of ontmaskert iemand",
        CommentReportReason.ThreatOrHarassment => "Bedreigend of intimiderend",
        CommentReportReason.HateOrDiscrimination => "Haatdragend of discriminerend",
        CommentReportReason.Spam => "Reclame of spam",
        _ => "Iets anders",
    };
}
