using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Inclusief.Web.Features.Ideas;

public static class IdeaPermissions
{
    /// <summary>Coordinators (with a two-factor sign-in) triage ideas.</summary>
    public const string Triage = "Ideas.Triage";

    /// <summary>Reading an idea and its files: its submitter, or a coordinator.</summary>
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };

    /// <summary>Reading what a shared idea shows every member (not its questions, answers and files), commenting on it and supporting it.</summary>
    public static readonly OperationAuthorizationRequirement ReadShared = new() { Name = nameof(ReadShared) };
}
