namespace Inclusief.Web.Features.Municipalities;

public static class MunicipalitiesFeature
{
    public static IServiceCollection AddMunicipalities(this IServiceCollection services) =>
        services.AddMemoryCache().AddSingleton<MunicipalityList>().AddSingleton(new Infrastructure.Hosting.StartupSeed(MunicipalityList.SeedAsync));
}
