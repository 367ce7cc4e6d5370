namespace Inclusief.Web.Infrastructure.Receipts;

public static class ReceiptsFeature
{
    public static IServiceCollection AddReceipts(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReceiptOptions>(configuration.GetSection("Receipts"));
        services.AddSingleton<ReceiptCodes>();
        return services;
    }
}
