namespace Inclusief.Web.Infrastructure.Hosting;

/// <summary>Data a feature needs before the first request (the municipality list, the complaint desk's guidance): registered by its AddXxx, run at start in that order.</summary>
public sealed record StartupSeed(Func<IServiceProvider, Task> SeedAsync);
