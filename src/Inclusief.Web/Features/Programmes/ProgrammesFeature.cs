namespace Inclusief.Web.Features.Programmes;

public static class ProgrammesFeature
{
    public static IServiceCollection AddProgrammes(this IServiceCollection services) =>
        services.AddMemoryCache().AddSingleton<ProgrammeCatalogue>();
}
