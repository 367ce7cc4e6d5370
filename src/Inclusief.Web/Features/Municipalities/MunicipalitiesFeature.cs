namespace Inclusief.Web.Features.Municipalities;

public static class MunicipalitiesFeature
{
    public static IServiceCollection AddMunicipalities(this IServiceCollection services) =>
        services.AddMemoryCache().AddSingleton<MunicipalityList>();
}
