using Inclusief.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Infrastructure.Crypto;

public static class CryptoFeature
{
    public static IServiceCollection AddCrypto(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var masterKey = MasterKey.Load(configuration, environment);
        services.AddSingleton(masterKey);
        services.AddDataProtection()
            .SetApplicationName("Inclusief")
            .PersistKeysToDbContext<AppDbContext>()
            .SetDefaultKeyLifetime(TimeSpan.FromDays(configuration.GetValue("Crypto:KeyLifetimeDays", 90)))
            .UseCryptographicAlgorithms(new AuthenticatedEncryptorConfiguration
            {
                EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM,
                ValidationAlgorithm = ValidationAlgorithm.HMACSHA256,
            });
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlEncryptor = new MasterKeyXmlEncryptor(sp.GetRequiredService<MasterKey>())));
        services.AddSingleton<FieldCipher>();
        return services;
    }
}
