namespace Inclusief.Web.Infrastructure.Uploads;

public static class UploadsFeature
{
    public static IServiceCollection AddUploads(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<UploadOptions>(configuration.GetSection("Uploads"));
        services.AddSingleton<UploadStore>();
        services.AddScoped<UploadQuota>();
        return services;
    }
}
