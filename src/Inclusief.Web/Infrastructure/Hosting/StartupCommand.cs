namespace Inclusief.Web.Infrastructure.Hosting;

/// <summary>A task run from the command line instead of the web server (<c>create-admin</c>, <c>backup</c>, <c>restore</c>, <c>seed-load-data</c>): registered by the feature it belongs to.</summary>
public sealed record StartupCommand(string Name, Func<IServiceProvider, string[], Task<int>> RunAsync);
