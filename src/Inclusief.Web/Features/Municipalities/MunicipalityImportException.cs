namespace Inclusief.Web.Features.Municipalities;

/// <summary>What is wrong with an uploaded municipality list, line by line: Dutch texts with their arguments, translated on display.</summary>
public sealed class MunicipalityImportException(IReadOnlyList<MunicipalityImportException.Problem> problems)
    : Exception(string.Join(" ", problems.Select(p => string.Format(System.Globalization.CultureInfo.InvariantCulture, p.Text, p.Arguments))))
{
    public sealed record Problem(string Text, object[] Arguments);

    public IReadOnlyList<Problem> Problems { get; } = problems;
}
